"""A policy on a page in plain text (blind round 177, decision 0282): capitals headings over
short "Label: value" lines. A labelled line under a heading is a row of its box, not a heading,
even where its label names a kind ("Practice model: …") and a text reader has joined the rows
below it into one paragraph; a capitals line over rows of labelled lines ("CONTACT" over
"Email: …", "Phone: …") heads them.

Each document is written for this test in our own words.
"""

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source


def _headings(text: str) -> list[str | None]:
    analyzed = analyze(read_source(text.encode(), "page.txt"), get_family())
    return [section.heading for section in analyzed.outline.sections]


_PAGE = (
    "Fostering Allowances: Policy on a Page\n"
    "Brookmere Council - Children's Services\n\n"
    "WHAT WE PAY\n"
    "Weekly allowance: set each April by Cabinet, paid for every child in placement\n"
    "Birthday payment: one week's allowance, paid in the month of the birthday\n\n"
    "HOW WE WORK\n"
    "Practice model: Signs of Safety\n"
    "Training: every new carer within 3 months of approval\n"
    "Supervision: every month, with a visit every six weeks\n\n"
    "WHO TO ASK\n"
    "Email: fostering@brookmere.example\n"
    "Phone: 01632 960 112\n"
)


def test_a_labelled_line_naming_a_kind_stays_a_row_under_its_heading():
    headings = _headings(_PAGE)
    assert "HOW WE WORK" in headings
    assert "Practice model: Signs of Safety" not in headings


def test_a_capitals_line_over_labelled_rows_heads_them():
    assert _headings(_PAGE)[-1] == "WHO TO ASK"


def test_each_capitals_heading_opens_one_section_and_no_row_opens_another():
    assert _headings(_PAGE) == [
        "Fostering Allowances: Policy on a Page",
        "WHAT WE PAY",
        "HOW WE WORK",
        "WHO TO ASK",
    ]
