"""A comparison of two versions, reduced to what a notification says about it."""

from __future__ import annotations

from app.diff import Comparison
from app.families import installed_families
from app.families.words import fact_label, fact_value_in_words
from app.sources.model import ChangeSummary, FactChange, SectionChangeSummary, SupersededCitation


def summarize_comparison(
    comparison: Comparison, superseded: tuple[SupersededCitation, ...] = ()
) -> ChangeSummary:
    """The facts that changed (before → after), the sections that are not unchanged, and the
    new version's `superseded` citations (read by the caller against the family's data).

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
        superseded_citations=superseded,
    )


def describe_change(summary: ChangeSummary) -> str:
    """The entry's text: facts before → after, then sections with the words changed."""
    families = installed_families().all()
    lines = [
        f"{fact_label(fact.key, families)}: {fact_value_in_words(fact.before, families)}"
        f" → {fact_value_in_words(fact.after, families)}"
        for fact in summary.facts
    ]
    lines += [
        f"{section.heading or section.kind} ({section.status}): "
        f"{section.words_inserted} words added, {section.words_deleted} removed"
        for section in summary.sections
    ]
    lines += [
        f"cites superseded {item.cited}"
        + (f" (in force instead: {' and '.join(item.superseded_by)})" if item.superseded_by else "")
        for item in summary.superseded_citations
    ]
    return "\n".join(lines) or "The wording changed; no fact and no section heading did."
