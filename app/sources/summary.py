"""A comparison of two versions, reduced to what a notification says about it."""

from __future__ import annotations

from app.diff import Comparison
from app.sources.model import ChangeSummary, FactChange, SectionChangeSummary


def summarize_comparison(comparison: Comparison) -> ChangeSummary:
    """The facts that changed (before → after) and the sections that are not unchanged.

    Sections come in the new version's order, removed ones where they stood in the old; word
    counts are the comparison's own, so they agree with the comparison page.
    """
    facts = tuple(
        FactChange(key=divergence.key, before=divergence.left, after=divergence.right)
        for divergence in comparison.divergences
    )
    sections = tuple(
        SectionChangeSummary(
            kind=(change.right or change.left).kind,  # type: ignore[union-attr]
            heading=(change.right or change.left).heading,  # type: ignore[union-attr]
            status=change.status,
            words_inserted=change.words_inserted,
            words_deleted=change.words_deleted,
        )
        for change in comparison.sections
        if change.status != "unchanged" and (change.right or change.left) is not None
    )
    return ChangeSummary(
        facts=facts,
        sections=sections,
        words_inserted=comparison.totals.words_inserted,
        words_deleted=comparison.totals.words_deleted,
    )
