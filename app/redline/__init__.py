"""Sign-off redlines: a comparison as tracked paragraphs, written as a Word document.

Pure: no web, database or template imports (the PDF and HTML renderings, which need Jinja2 and
WeasyPrint, live in `app.redline_render`). Decision 0019.
"""

from __future__ import annotations

from datetime import datetime

from app.diff import ComparableVersion, Comparison, coarse_notice
from app.redline.docx_writer import write_docx
from app.redline.formats import (
    REDLINE_FORMATS,
    RedlineFormat,
    format_from_filename,
    media_type,
    redline_filename,
)
from app.redline.layout import SideLayout, side_layout
from app.redline.model import (
    FactChange,
    Move,
    ParagraphFormat,
    Redline,
    TrackedParagraph,
    TrackedRun,
    VersionDetails,
    fact_label,
    value_in_words,
)
from app.redline.tracking import tracked_paragraphs


def build_redline(
    left: ComparableVersion,
    right: ComparableVersion,
    comparison: Comparison,
    *,
    left_details: VersionDetails,
    right_details: VersionDetails,
    compared_at: datetime,
) -> Redline:
    """The redline of `comparison`, which must be the comparison of `left` with `right`."""
    paragraphs, moves = tracked_paragraphs(left, right, comparison)
    fact_changes = tuple(
        FactChange(
            key=divergence.key,
            label=fact_label(divergence.key),
            left=value_in_words(divergence.left),
            right=value_in_words(divergence.right),
        )
        for divergence in comparison.divergences
    )
    return Redline(
        left=left_details,
        right=right_details,
        options=comparison.options,
        compared_at=compared_at,
        totals=comparison.totals,
        fact_changes=fact_changes,
        paragraphs=paragraphs,
        moves=moves,
        coarse_notice=coarse_notice(len(comparison.coarse_sections)),
    )


__all__ = [
    "REDLINE_FORMATS",
    "FactChange",
    "Move",
    "ParagraphFormat",
    "Redline",
    "RedlineFormat",
    "SideLayout",
    "TrackedParagraph",
    "TrackedRun",
    "VersionDetails",
    "build_redline",
    "fact_label",
    "format_from_filename",
    "media_type",
    "redline_filename",
    "side_layout",
    "value_in_words",
    "write_docx",
]
