# ruff: noqa: E501  (the report's paragraphs are kept a line each)
"""Build the Word file of the 177th blind set (17701): a committee report to Cabinet on a
revised looked after children and care leavers policy, as a council officer who never saw the
common template writes one. Title style, three Normal lines under it (whose report, which
meeting, wards), numbered Heading 1 report headings ("1. Purpose of report", "2.
Recommendations", "3. Background", "4. Implications", "5. Contact officer and background
papers"), Heading 2 headings inside the background holding the policy, paragraphs numbered
in their text ("3.1 …"), the Acts as List Bullet paragraphs.

The other documents of the set (17702 .md, 17703 .html, 17704 .txt) are written by hand.
All written for this set, in our own words (an invented council).

usage: .venv/bin/python tests/cases/documents/build_blind177.py   (python-docx)
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import blocks_note, new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind177.py"
Blocks = list[tuple[str, str]]

# fmt: off
FELLGATE_TITLE = "Cabinet Report: Revised Looked After Children and Care Leavers Policy"
FELLGATE: Blocks = [
    ("p", "Report of the Director of Children's Services"),
    ("p", "Cabinet, 12 November 2025"),
    ("p", "Wards affected: all"),
    ("h", "1. Purpose of report"),
    ("p", "1.1 This report presents the council's revised policy for looked after children and care leavers and asks Cabinet to approve it. The policy sets out what Fellgate, as corporate parent, promises to the 412 children it looks after and to the young people who have left its care."),
    ("p", "1.2 Officers revised the policy in September 2025, after a year of conversations with the Children in Care Council, foster carers and partner agencies. The revised policy replaces the one Cabinet approved in 2021."),
    ("h", "2. Recommendations"),
    ("p", "2.1 Cabinet is recommended to:"),
    ("p", "(a) approve the revised Looked After Children and Care Leavers Policy at Appendix 1;"),
    ("p", "(b) agree the three priorities for 2026 to 2028 set out in paragraph 3.9; and"),
    ("p", "(c) delegate to the Director of Children's Services, in consultation with the Lead Member for Children, authority to make minor changes to the policy between reviews."),
    ("h", "3. Background"),
    ("p", "3.1 Every council has legal duties towards the children it looks after and the young people leaving its care. The policy draws those duties together from the following legislation:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("p", "3.2 The policy also follows the statutory guidance issued under these Acts."),
    ("s", "Corporate parenting"),
    ("p", "3.3 The 2017 Act requires the council, whenever it carries out any of its functions for looked after children and care leavers, to have regard to seven corporate parenting principles. The revised policy restates them in plain language and asks every directorate to show in its annual report how it has applied them."),
    ("p", "3.4 The Corporate Parenting Board, chaired by the Lead Member for Children, will continue to meet six times a year and to hear from the Children in Care Council at every meeting."),
    ("s", "What changes in the revised policy"),
    ("p", "3.5 A child who cannot return home should not wait long for certainty about where they will grow up. The revised policy shortens the time allowed for agreeing a permanence plan: the plan must now be agreed no later than five months after the child became looked after, where the previous policy allowed nine."),
    ("p", "3.6 Care leavers will have a personal adviser until they are 21. The adviser will stay with them until they are 25 if they are in education, training or an apprenticeship, or if they ask for the support to continue."),
    ("p", "3.7 Children's wishes and feelings will be recorded at every review, in the child's own words where they want that."),
    ("s", "Practice model"),
    ("p", "3.8 Since April 2024 social workers in Fellgate have been trained in Family Valued, a restorative approach that puts family group conferences at the heart of planning. The revised policy makes Family Valued the council's practice model for all work with looked after children."),
    ("s", "Priorities for 2026 to 2028"),
    ("p", "3.9 Three priorities follow from the policy: to recruit 25 more foster carers who live in Fellgate, so that fewer children are placed outside the borough; to halve the time children wait for an adoption or special guardianship order; and to open a second supported lodgings scheme for care leavers."),
    ("h", "4. Implications"),
    ("p", "4.1 Financial: extending personal adviser support is expected to cost £180,000 a year, which will be met from the existing children's social care budget. The foster carer recruitment campaign is funded from the placements reserve."),
    ("p", "4.2 Legal: the policy is consistent with the council's statutory duties. Cabinet must have regard to the corporate parenting principles when it takes this decision."),
    ("p", "4.3 Equality: an equality impact assessment found no adverse effect on any group with a protected characteristic. Disabled care leavers are expected to benefit in particular from the longer adviser support."),
    ("p", "4.4 Risk: the main risk is that foster carer recruitment falls short. It is on the directorate risk register and is reviewed monthly."),
    ("h", "5. Contact officer and background papers"),
    ("p", "Contact officer: Priya Marsh, Head of Service, Children Looked After"),
    ("p", "Background papers: none"),
]
# fmt: on


# ------------------------------------------------------------------ 17701 committee report, Word
def fellgate(target: Path) -> None:
    document = new_docx()
    document.core_properties.title = FELLGATE_TITLE
    document.core_properties.created = datetime.datetime(2025, 10, 28)
    document.add_paragraph(FELLGATE_TITLE, style="Title")
    for kind, text in FELLGATE:
        style = {"h": "Heading 1", "s": "Heading 2", "b": "List Bullet"}.get(kind)
        document.add_paragraph(text, style=style)
    target.write_bytes(saved_docx(document))


FILES = {
    "17701-docx-cabinet-report-numbered-heading-1-purpose-recommendations-background-implications-heading-2-policy-inside-background-acts-as-bullets-five-months-21-and-25-family-valued-looked-after-children.docx": (
        fellgate,
        [
            ("title", FELLGATE_TITLE),
            *[("h" if kind == "s" else kind, text) for kind, text in FELLGATE],
        ],
        "Word committee report to Cabinet: Title style, three lines under it, numbered Heading 1 report headings, Heading 2 policy headings inside the background, Acts as List Bullet",
    ),
}


def main() -> None:
    only = set(sys.argv[1:])
    for name, (make, blocks, about) in FILES.items():
        if only and name[:5] not in only:
            continue
        make(HERE / name)
        (HERE / f"{name}.md").write_text(blocks_note(blocks, SCRIPT, about), "utf-8")
        print(name)


if __name__ == "__main__":
    main()
