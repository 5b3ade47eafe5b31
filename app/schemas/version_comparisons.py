"""A comparison of two stored versions, as `GET /api/v1/comparisons` returns it."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from app.schemas.citations import CitationChangesRead
from app.schemas.comparisons import ComparisonRead
from app.schemas.stored_versions import VersionSummaryRead


class VersionComparisonRead(BaseModel):
    """Two stored versions and the structured difference between them."""

    model_config = ConfigDict(use_attribute_docstrings=True)

    left_version: VersionSummaryRead
    """The left version (`left=`): usually the older one, or "ours"."""
    right_version: VersionSummaryRead
    """The right version (`right=`): usually the newer one, or "theirs"."""
    comparison: ComparisonRead
    """The difference, as `policydiff diff --json` prints it: sections, blocks, word operations
    and fact divergences. Offsets index each version's `text`."""
    citations: CitationChangesRead | None = None
    """Both versions' legislation items, current or superseded, and the superseded ones the right
    version brings in (`reintroduced_superseded`)."""


__all__ = ["VersionComparisonRead"]
