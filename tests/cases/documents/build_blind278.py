# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the binary documents of the 278th blind set: a facts probe in new wordings.

    27804  Elsworthy: python-docx, Title, Heading 1 and List Bullet styles; "councillors ask
           why" over five items, four Acts and Working Together; "our approach to assessment is
           Signs of Safety; our approach to repairing harm is Restorative Practice"; a permanence
           plan "at their four-month review"; care leavers supported "until they are 21" in the
           introduction and a personal adviser "until they are 25" later (the conflict); a
           closing "Amendments to this chapter" list of "Month YYYY:" bullets, newest first.
    27805  Haddeley: the same kind of Word file printed to PDF by LibreOffice; "Revised
           throughout, 4th February 2026, after the Ofsted inspection of November 2025." as an
           italic line under the Introduction heading; "If a parent asks us what gives us the
           right to act, we point them to:" over six items; "Firm Ground (en dash) our Operating Model";
           "inside the first 4 months"; "to 21 for all care leavers, to 25 for any who want
           one"; children in our care.

Written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind278.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import docx_to_pdf, new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind278.py"
NAMES = {
    "27804": "27804-docx-councillors-ask-why-lead-in-five-items-measure-against-each-of-the-seven-our-approach-to-x-is-two-known-models-four-month-review-21-in-intro-then-25-conflict-closing-month-year-bullets-newest-first-board-2018-distractor.docx",
    "27805": "27805-pdf-lo-revised-throughout-ordinal-day-under-introduction-heading-inspection-distractor-parent-asks-lead-in-six-items-x-dash-our-operating-model-first-4-months-21-and-25-for-any-who-want-one-age-16-distractor-in-our-care.pdf",
}
TITLE = "Children's Services Policies, Values and Principles"

# A block: ("title" | "h" | "p" | "i" | "b", text).
Block = tuple[Any, ...]

# fmt: off
ELSWORTHY: list[Block] = [
    ("title", TITLE),
    ("h", "Introduction"),
    ("p", "Elsworthy County Council looks after some three hundred children and young people, and this chapter sets out the values and principles behind that work. It also covers young people leaving our care, whom we support until they are 21."),
    ("p", "When councillors ask why we do things the way we do, the answer is usually in one of these:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Working Together to Safeguard Children 2023"),
    ("h", "Corporate Parenting"),
    ("p", "Our Corporate Parenting Board first met in September 2018. It measures the council against each of the seven corporate parenting principles every quarter, and children and young people we look after sit on it as full members."),
    ("h", "How We Practise"),
    ("p", "Our approach to assessment is Signs of Safety; our approach to repairing harm, in families and between children and the adults around them, is Restorative Practice. Both are taught to every new member of staff."),
    ("h", "Permanence"),
    ("p", "We aim for every child to have a permanence plan agreed at their four-month review, so that no child drifts in care without knowing where they will grow up."),
    ("h", "Leaving Care"),
    ("p", "Every care leaver can have a personal adviser until they are 25. The adviser helps with housing, money, work and study, and with keeping in touch with family."),
    ("h", "Amendments to this chapter"),
    ("b", "October 2025: leaving care section updated to reflect the new local offer."),
    ("b", "March 2025: permanence section rewritten."),
    ("b", "June 2022: first published."),
]

HADDELEY: list[Block] = [
    ("title", TITLE),
    ("h", "Introduction"),
    ("i", "Revised throughout, 4th February 2026, after the Ofsted inspection of November 2025."),
    ("p", "Haddeley Borough Council is corporate parent to the children in our care and to the young people who have left it. This chapter says what we stand for and how that shows in practice."),
    ("p", "If a parent asks us what gives us the right to act, we point them to:"),
    ("b", "the Children Act 1989;"),
    ("b", "the Children (Leaving Care) Act 2000;"),
    ("b", "the Children Act 2004;"),
    ("b", "the Children and Families Act 2014;"),
    ("b", "the Children and Social Work Act 2017;"),
    ("b", "the Family Procedure Rules 2010."),
    ("h", "Corporate Parenting"),
    ("p", "The corporate parenting principles (there are seven) apply to the whole council. Children in our care meet the Lead Member twice a year to tell her how the council is doing against them."),
    ("h", "Firm Ground \u2013 our Operating Model"),
    ("p", "Firm Ground gives every family one worker who stays with them, a plan written with them rather than about them, and a meeting every six weeks to check that the plan still fits."),
    ("h", "Permanence"),
    ("p", "A permanence plan is expected inside the first 4 months a child spends in care, and it is reviewed at every child in care review after that."),
    ("h", "Leaving Care"),
    ("p", "Care leavers aged 16 or 17 have a pathway plan written with them before they leave care. Personal advisers: to 21 for all care leavers, to 25 for any who want one."),
]
# fmt: on

STYLES = {"title": "Title", "h": "Heading 1", "b": "List Bullet"}


def _word(blocks: list[Block]) -> bytes:
    document = new_docx()
    for kind, text in blocks:
        if kind == "i":
            document.add_paragraph().add_run(text).italic = True
        else:
            document.add_paragraph(text, style=STYLES.get(kind))
    return saved_docx(document)


def _note(blocks: list[Block], about: str) -> str:
    """What a reader sees in the built file, as markdown (the sidecar beside it)."""
    lines = [f"%% built by {SCRIPT}: {about}", ""]
    previous = ""
    for kind, text in blocks:
        if kind == "b":
            lines.append(f"- {text}")
        else:
            if previous == "b":
                lines.append("")
            prefix = {"title": "# ", "h": "## "}.get(kind, "")
            lines += [prefix + (f"_{text}_" if kind == "i" else text), ""]
        previous = kind
    return "\n".join(lines).rstrip("\n") + "\n"


def main() -> None:
    (HERE / NAMES["27804"]).write_bytes(_word(ELSWORTHY))
    (HERE / (NAMES["27804"] + ".md")).write_text(
        _note(
            ELSWORTHY,
            "python-docx, Title, Heading 1 and List Bullet styles, a closing list of dated amendments",
        ),
        encoding="utf-8",
    )
    docx_to_pdf(_word(HADDELEY), HERE / NAMES["27805"])
    (HERE / (NAMES["27805"] + ".md")).write_text(
        _note(
            HADDELEY,
            "python-docx, Title, Heading 1 and List Bullet styles, printed to PDF by LibreOffice; an italic amendment line under the Introduction heading",
        ),
        encoding="utf-8",
    )
    print("wrote", *NAMES.values())


if __name__ == "__main__":
    main()
