"""The deterministic work budget of one comparison's word-level diffs (issue 18, decision 0038).

A comparison of two very large, much-edited texts spends most of its time in the word-level
diffs of matched blocks (diff-match-patch's middle-snake search, whose cost grows with the
length times the number of edits). A wall-clock limit would make the same two versions compare
differently from one run to the next, which would break the cache and the ETags; so the budget
counts work instead: one unit per token handed to diff-match-patch and one per diagonal its
search probes. Once a comparison has spent its budget, every matched block still to be diffed
is shown as one whole deletion and one whole insertion (still rebuilding both texts exactly),
and the comparison says which sections that touched.
"""

from __future__ import annotations

DEFAULT_WORD_DIFF_BUDGET = 1_000_000
"""Units of word-diff work one comparison may spend: about 300 times what the costliest seed,
corpus or case pair spends (3,200 units), enough for some 700 KB of text with a third of its
words edited throughout, and one to two seconds of pure-Python diffing (less compiled), where
two 2 MB uploads edited throughout would need 2.9 million units and five seconds."""


def coarse_notice(section_count: int) -> str | None:
    """What to tell the reader of a comparison that was made partly at the coarser level (None
    when none of its sections was): the compare page and every redline say it the same way."""
    if not section_count:
        return None
    sections = "1 section is" if section_count == 1 else f"{section_count} sections are"
    return (
        f"This comparison was too large to compare word by word; {sections} shown as whole "
        "replacements (the older text removed and the newer text added in full), so a change "
        "inside them is not pointed out word by word."
    )


class BudgetSpent(Exception):
    """Raised inside a word-level diff when the comparison's budget runs out."""


class WorkMeter:
    """How much of one comparison's budget its word-level diffs have spent.

    Made afresh by each `compare()` call and handed down to the diffs; never shared between
    comparisons (it is the one mutable thing of a comparison, and it lives only as long).
    """

    __slots__ = ("limit", "spent")

    def __init__(self, limit: int) -> None:
        if limit < 0:
            raise ValueError(
                f"a word-diff budget of {limit} is negative. To fix: give 0 or more units."
            )
        self.limit = limit
        self.spent = 0

    @property
    def exhausted(self) -> bool:
        """True once the diffs have asked for more than the budget."""
        return self.spent > self.limit

    def charge(self, units: int) -> None:
        """Count `units` of work; raise `BudgetSpent` when the budget is overdrawn."""
        self.spent += units
        if self.spent > self.limit:
            raise BudgetSpent


__all__ = ["DEFAULT_WORD_DIFF_BUDGET", "BudgetSpent", "WorkMeter", "coarse_notice"]
