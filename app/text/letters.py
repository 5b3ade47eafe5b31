"""What marks a letter's opening and close: its greeting ("Dear colleague,") and its sign-off
("Yours sincerely,", "Kind regards"), each on a line of its own. Shared by the section planner (a
cover letter before the chapter's title, a letter's opening lines) and the facts extractors (a
letter's date above its greeting or under its signature), so that both read the same words
(decisions 0214, 0346)."""

from __future__ import annotations

import re

_FOR_ALL_YOU_DO = (
    r"\s+for\s+(?:all|everything)\s+(?:that\s+)?you(?:\s+all)?"
    r"\s+(?:do|have\s+done|are\s+doing|continue\s+to\s+do)"
)
VALEDICTION_RE = re.compile(
    r"[ \t*_>]*(?:yours\s+(?:sincerely|faithfully|truly)"
    r"|(?:with\s+)?(?:kind(?:est)?|best|warm(?:est)?)\s+(?:regards|wishes)"
    rf"|(?:with\s+(?:(?:many|our|my)\s+)?thanks|many\s+thanks)(?:\s+again)?(?:{_FOR_ALL_YOU_DO})?"
    rf"|thank\s+you(?:\s+again)?{_FOR_ALL_YOU_DO})"
    r"[ \t,.!*_]*",
    re.IGNORECASE,
)
"""A letter's sign-off, the whole of a line or block (use `fullmatch`): "Yours sincerely,",
"Yours faithfully", "Kind regards", "Kindest regards", "With best wishes", "With thanks", "Many
thanks", or the thanks a director closes on for all the readers do ("With thanks for all that you
do,", "Thank you for everything you do.", decision 0373; "With our thanks for everything you
do,", a leadership team signing together, blind327; "Thanks" or "Thank you" alone, as an
e-mail or a talk ends, and thanks to someone named are not), perhaps set in markdown emphasis or a
quote ("**Kind regards,**"). One definition, because the section planner, the PDF reader and the
facts extractors once kept patterns that had drifted apart (one knew "With thanks", the other
"Kindest regards" and emphasis), so a letter could close for one and not the other. A sentence
that merely begins with these words ("Best wishes for the new year to all") is not a sign-off;
chapter cues in `kinds.toml` keep their own spelling as data."""

SALUTATION_RE = re.compile(
    r"[ \t*_>]*(?:Dear|Hi|Hello)\s+\S[^\n]{0,60}?[,:]?[ \t*_]*", re.IGNORECASE
)
"""A letter's or an e-mail's greeting, the whole of a line or block (use `fullmatch`): "Dear
colleague,", "Dear Colleagues", "Dear all", "Hi Ruth,", "Hello all,", perhaps in markdown
emphasis."""
