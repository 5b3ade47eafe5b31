"""Domain errors. No HTTP here: each edge (API, web, CLI) maps these in one place.

Messages say what was wrong and what to do, so the CLI can print them as they are.
"""

from __future__ import annotations

from typing import Any, ClassVar


class PolicydiffError(Exception):
    """Base of every expected, operational error (bad input, unknown ids, conflicts)."""

    code: ClassVar[str] = "policydiff-error"
    title: ClassVar[str] = "Policydiff error"

    def __init__(self, detail: str, **extra: Any) -> None:
        super().__init__(detail)
        self.detail = detail
        self.extra = extra


class InvalidSource(PolicydiffError):
    """The uploaded bytes are not a readable text, markdown, HTML, Word or PDF document."""

    code = "invalid-source"
    title = "The source could not be read as a document"


class UnsupportedMediaType(InvalidSource):
    """The bytes are of a kind policydiff does not read (an image, an archive, a legacy .doc…)."""

    code = "unsupported-media-type"
    title = "The source is not a text, markdown, HTML, Word or PDF document"


class CorruptDocument(InvalidSource):
    """The Word or PDF file is damaged or truncated, so its text cannot be read."""

    code = "corrupt-document"
    title = "The document is damaged"


class EncryptedDocument(InvalidSource):
    """The Word or PDF file is password-protected, so its text cannot be read."""

    code = "encrypted-document"
    title = "The document is password-protected"


class NoTextLayer(InvalidSource):
    """The PDF holds pictures of pages (a scan) but no text to read."""

    code = "no-text-layer"
    title = "The document has no text layer"


class DocumentTooComplex(InvalidSource):
    """The file would expand far beyond its size when read (a zip bomb, hundreds of pages)."""

    code = "document-too-complex"
    title = "The document is too large or complex to read safely"


class EmptySource(InvalidSource):
    code = "empty-source"
    title = "The source is empty"


class SourceTooLarge(PolicydiffError):
    code = "source-too-large"
    title = "The source is larger than the upload limit"


class UnknownFamily(PolicydiffError):
    code = "unknown-family"
    title = "No chapter family has that slug"


class InvalidFamily(PolicydiffError):
    """An installed package's `policydiff.families` entry point does not give a usable family
    (it fails to import, is no `Family`, or its name is not the family's slug)."""

    code = "invalid-family"
    title = "An installed chapter family is broken"


class InvalidCue(PolicydiffError):
    """A chapter family's section-kind cue is not a valid regular expression."""

    code = "invalid-cue"
    title = "A section kind's cue is invalid"


class NotFound(PolicydiffError):
    code = "not-found"
    title = "Not found"


class Conflict(PolicydiffError):
    code = "conflict"
    title = "Conflict"


class InvalidParameter(PolicydiffError):
    """A query or form parameter has a value the domain cannot use."""

    code = "invalid-parameter"
    title = "Invalid parameter"


class Unauthorized(PolicydiffError):
    code = "unauthorized"
    title = "A valid bearer token is required"


class InvalidManifest(PolicydiffError):
    code = "invalid-manifest"
    title = "The corpus manifest is invalid"


class SourceUnreadable(InvalidSource):
    """The source file could not be opened (missing, a folder, no permission)."""

    code = "source-unreadable"
    title = "The source file could not be read"


class DatabaseUnavailable(PolicydiffError):
    """The database is down, unreachable, or too busy to answer in time; retrying later helps.

    `extra["retry_after_seconds"]` says how long to wait before retrying.
    """

    code = "database-unavailable"
    title = "The database is unavailable"


class RateLimited(PolicydiffError):
    """This client sent more expensive requests than its allowance; retrying later helps.

    `extra["retry_after_seconds"]` says how long to wait before retrying.
    """

    code = "rate-limited"
    title = "Too many requests"


class Forbidden(PolicydiffError):
    """The token is valid but may not do this (managing tokens needs an admin token)."""

    code = "forbidden"
    title = "The token may not do this"
