"""Structured comparison of two analysed versions: sections → blocks → words. No database here.

`compare()` is pure: the same two versions and options always give the same comparison, and it
touches no process-wide state (callers that own the process may pause the garbage collector
around it: `app.collector`).
"""

from __future__ import annotations

from app.diff.native import is_compiled, refuse_stale_build

refuse_stale_build()  # before the compiled modules load: an out-of-date build is an error

from app.diff.align import Alignment, Side, align, prepare_side  # noqa: E402
from app.diff.budget import DEFAULT_WORD_DIFF_BUDGET, WorkMeter, coarse_notice  # noqa: E402
from app.diff.model import (  # noqa: E402
    BLOCK_STATUSES,
    SECTION_STATUSES,
    BlockChange,
    BlockStatus,
    ComparableVersion,
    CompareOptions,
    Comparison,
    ComparisonTotals,
    FactDivergence,
    OpKind,
    OptionDeclaration,
    SectionChange,
    SectionRef,
    SectionStatus,
    SideSummary,
    SpanRef,
    WordOp,
    option_declarations,
    options_fingerprint,
)
from app.diff.options import Masker, count_words  # noqa: E402
from app.diff.summary import summarize  # noqa: E402


def compare(
    left: ComparableVersion,
    right: ComparableVersion,
    options: CompareOptions | None = None,
    *,
    word_budget: int = DEFAULT_WORD_DIFF_BUDGET,
) -> Comparison:
    """Compare `left` (older, or ours) with `right` (newer, or theirs) under `options`.

    The word-level diffs of matched blocks may spend `word_budget` units of work (counted, not
    timed, so the result depends only on the inputs: `app.diff.budget`); past it, the remaining
    changed matches are whole replacements and `Comparison.coarse_sections` names their sections.

    Either side may be empty (a version of ""): every section of the other side is
    then added or removed. Local names masked under `ignore_local_names` are the union of both
    sides' `local_names` and `options.local_names`, applied to both sides, so a name quoted by the
    other version is masked too.
    """
    options = options or CompareOptions()
    names = (*left.local_names, *right.local_names, *options.local_names)
    masker = Masker(options, names)
    left_side = prepare_side(left.outline, masker)
    right_side = prepare_side(right.outline, masker)
    alignment = align(left_side, right_side)
    meter = WorkMeter(word_budget)
    return _summary(left, right, left_side, right_side, alignment, options, meter)


def _summary(
    left: ComparableVersion,
    right: ComparableVersion,
    left_side: Side,
    right_side: Side,
    alignment: Alignment,
    options: CompareOptions,
    meter: WorkMeter,
) -> Comparison:
    return summarize(
        left_side,
        right_side,
        alignment,
        options,
        SideSummary(
            left.outline.title, len(left.text), left_side.sections, tuple(left.local_names)
        ),
        SideSummary(
            right.outline.title, len(right.text), right_side.sections, tuple(right.local_names)
        ),
        left.facts,
        right.facts,
        meter,
    )


__all__ = [
    "BLOCK_STATUSES",
    "DEFAULT_WORD_DIFF_BUDGET",
    "SECTION_STATUSES",
    "BlockChange",
    "BlockStatus",
    "ComparableVersion",
    "CompareOptions",
    "Comparison",
    "ComparisonTotals",
    "FactDivergence",
    "OpKind",
    "OptionDeclaration",
    "SectionChange",
    "SectionRef",
    "SectionStatus",
    "SideSummary",
    "SpanRef",
    "WordOp",
    "coarse_notice",
    "compare",
    "count_words",
    "is_compiled",
    "option_declarations",
    "options_fingerprint",
]
