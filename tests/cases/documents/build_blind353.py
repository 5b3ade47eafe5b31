# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the PDF document of the 353rd blind set, a probe of the document's own facts.

    35304  Ravensoak: python-docx (Heading 1, List Bullet) printed to PDF by LibreOffice; the
           chapter's title printed only in the running page header (the body opens at a
           numbered first section), the council and a PAGE field in the footer; an amendment
           dated by an ISO day inside a sentence ("at its meeting of 2025-12-09"); a closing
           "Document control" section of lines: "Version 6.1", "Date approved: 09/12/2025"
           (day first), an owner and a review date; four Acts bulleted; "the seven corporate
           parenting principles" as a count with no list; Signs of Safety; permanence "within
           four calendar months"; a personal adviser to the twenty-fifth birthday for all;
           children looked after.

The text file (35301), the markdown (35302) and the HTML page (35303) are written by hand
beside this script. All written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind353.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import (  # noqa: E402
    LIST_AND_HEADING_STYLES,
    add_styled_blocks,
    blocks_note,
    docx_to_pdf,
    new_docx,
    saved_docx,
    word_field,
)

SCRIPT = "build_blind353.py"
NAME = "35304-pdf-title-only-in-running-header-iso-day-in-a-sentence-meeting-of-2025-12-09-closing-control-lines-version-6-1-date-approved-day-first-four-bulleted-acts-seven-principles-count-four-calendar-months-25-cla.pdf"
HEADER = "Children's Services Policies, Values and Principles"
FOOTER = "Ravensoak Borough Council \u2013 page "

# fmt: off
RAVENSOAK: list[tuple[Any, ...]] = [
    ("h", "1. About this chapter"),
    ("p", "Ravensoak Borough Council's children's services use this chapter as the starting point for every other procedure in the manual. It is written for social workers, team managers, independent reviewing officers, residential staff and foster carers, and for the councillors who sit on the Corporate Parenting Committee."),
    ("p", "The Corporate Parenting Committee rewrote the sections on permanence and on care leavers at its meeting of 2025-12-09, and the rest of the chapter was checked for accuracy at the same time."),
    ("h", "2. Legislation"),
    ("p", "The duties described in this chapter are set by:"),
    ("b", "the Children Act 1989;"),
    ("b", "the Children (Leaving Care) Act 2000;"),
    ("b", "the Children Act 2004;"),
    ("b", "the Children and Social Work Act 2017."),
    ("h", "3. Working in partnership"),
    ("p", "Most of the children we work with are known to other services long before they are known to us. We ask schools, health services, the police and voluntary organisations to share what they know early, to come to the meetings we hold about a child, and to tell us when they think our plan is not working."),
    ("h", "4. What we believe"),
    ("p", "Children do best when they grow up in their own families and communities. Families deserve to be spoken to plainly and treated with respect. Workers should be curious, should check what they have been told, and should never lose sight of what daily life is like for the child."),
    ("h", "5. Corporate parenting"),
    ("p", "Every member and officer of Ravensoak Borough Council shares the responsibility of being a corporate parent to children looked after by the council and to its care leavers. The Corporate Parenting Committee uses the seven corporate parenting principles as the test for each report it receives, and asks officers to say which of the principles a proposal serves."),
    ("h", "6. Our practice model"),
    ("p", "Ravensoak has practised Signs of Safety since 2019. Assessments and child protection conferences are organised around three questions: what are we worried about, what is working well, and what needs to happen next. Children's own words and drawings are kept in the record."),
    ("h", "7. Principles for children looked after"),
    ("p", "A child should come into care only when they cannot be kept safe at home with help. When a child does become looked after, the plan for their future is made with their family wherever possible."),
    ("p", "Permanence planning starts on the day a child becomes looked after, and the permanence plan is to be in place within four calendar months."),
    ("p", "Every care leaver is entitled to support from a personal adviser up to their twenty-fifth birthday, whether or not they are in work or education. Advisers visit at least every eight weeks and more often when a young person is in difficulty."),
    ("p", "Children looked after are helped to stay in touch with brothers, sisters and other people who matter to them, unless that would harm them."),
    ("h", "8. Sharing information"),
    ("p", "Staff share information about children looked after and their families only where the law permits it and where sharing is needed to protect a child or to provide a service. Every decision to share, or not to share, is recorded with the reasons for it."),
    ("h", "9. Document control"),
    ("p", "Version 6.1"),
    ("p", "Date approved: 09/12/2025"),
    ("p", "Owner: Head of Service, Children Looked After and Care Leavers"),
    ("p", "Review date: December 2027"),
]
# fmt: on

STYLES = LIST_AND_HEADING_STYLES


def _with_running_header_and_footer(document: Any) -> Any:
    """The title alone in the page header and the council with a page number in the footer,
    as a council's Word template sets them on every page."""
    section = document.sections[0]
    section.header.paragraphs[0].text = HEADER
    footer = section.footer.paragraphs[0]
    footer.add_run(FOOTER)
    word_field(footer, "PAGE", "1")
    return document


def main() -> None:
    target = HERE / NAME
    document = _with_running_header_and_footer(new_docx())
    add_styled_blocks(document, RAVENSOAK, STYLES)
    docx_to_pdf(saved_docx(document), target)
    note = blocks_note(
        RAVENSOAK,
        SCRIPT,
        "python-docx, Heading 1 and List Bullet styles, the title only in the running page header, the council and a PAGE field in the footer, printed to PDF by LibreOffice",
    )
    Path(f"{target}.md").write_text(note, encoding="utf-8")
    print("wrote", target.name)


if __name__ == "__main__":
    main()
