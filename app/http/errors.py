"""The one table from domain errors to HTTP status codes, for the API's problems and the pages.

Domain errors (`app.errors`) carry no HTTP; each class gets its status here, and a subclass
inherits its parent's unless it has its own row. The API answers with a problem document and a
page with its error page or its form shown again, but both take the status from `status_for`.
"""

from __future__ import annotations

from app.errors import (
    Conflict,
    DatabaseUnavailable,
    Forbidden,
    InvalidManifest,
    InvalidParameter,
    InvalidSource,
    NotFound,
    PolicydiffError,
    RateLimited,
    SourceTooLarge,
    Unauthorized,
    UnknownFamily,
    UnsupportedMediaType,
)

STATUS_BY_ERROR: dict[type[PolicydiffError], int] = {
    PolicydiffError: 400,
    NotFound: 404,
    Unauthorized: 401,
    Forbidden: 403,
    RateLimited: 429,
    DatabaseUnavailable: 503,
    Conflict: 409,
    SourceTooLarge: 413,
    UnsupportedMediaType: 415,
    InvalidSource: 422,
    InvalidParameter: 422,
    UnknownFamily: 422,
    InvalidManifest: 422,
}
"""HTTP status of each domain error class; looked up along the class's MRO."""


def status_for(error: PolicydiffError) -> int:
    """The HTTP status of a domain error: its own class's row, else its nearest ancestor's."""
    return status_for_class(type(error))


def status_for_class(error_class: type[PolicydiffError]) -> int:
    for cls in error_class.__mro__:
        if cls in STATUS_BY_ERROR:
            return STATUS_BY_ERROR[cls]
    return 400


__all__ = ["STATUS_BY_ERROR", "status_for", "status_for_class"]
