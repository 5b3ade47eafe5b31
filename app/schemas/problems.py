"""RFC 9457 problem details: the body of every error the JSON API returns."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

PROBLEM_MEDIA_TYPE = "application/problem+json"


class FieldErrorRead(BaseModel):
    """One reason a request was rejected by validation, located at the offending parameter."""

    model_config = ConfigDict(use_attribute_docstrings=True)

    location: list[str | int]
    """Where the bad value is: `["query", "limit"]`, `["path", "version_id"]`, `["body", "file"]`.
    """
    field: str
    """The parameter's name, the last element of `location` ("limit")."""
    message: str
    """What is wrong with the value, in words ("Input should be less than or equal to 200")."""
    type: str
    """A stable machine-readable reason from the validator ("less_than_equal", "missing")."""


class ProblemRead(BaseModel):
    """An error, as `application/problem+json` (RFC 9457).

    Clients branch on `status` and `type`; `title` is stable per type, `detail` is written for the
    person reading the log and says what to do about it.
    """

    model_config = ConfigDict(use_attribute_docstrings=True)

    type: str
    """URI reference naming the kind of problem, e.g. `/api/v1/problems/not-found`; dereferencing
    it describes the problem type. `about:blank` for unexpected server errors."""
    title: str
    """Short summary of the problem type; the same for every occurrence of that type."""
    status: int = Field(ge=400, le=599)
    """The HTTP status code of this response."""
    detail: str
    """What went wrong in this occurrence and how to fix it."""
    instance: str
    """The path of the request that failed."""
    errors: list[FieldErrorRead] | None = None
    """For request validation failures (422 `invalid-request`): one entry per bad parameter."""


class ProblemTypeRead(BaseModel):
    """A kind of problem the API can return: what `type` URIs resolve to."""

    model_config = ConfigDict(use_attribute_docstrings=True)

    type: str
    """The problem type URI, as it appears in problem bodies."""
    code: str
    """The last segment of `type`: a stable slug clients may branch on."""
    title: str
    """The title every problem of this type carries."""
    status: int
    """The HTTP status returned with this problem type."""
    description: str
    """When the API returns it."""


__all__ = ["PROBLEM_MEDIA_TYPE", "FieldErrorRead", "ProblemRead", "ProblemTypeRead"]
