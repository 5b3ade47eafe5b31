"""Decision 0376: an intranet page copied as text may close with the site's contacts box, a
short heading over entries naming services the organisation runs for its own staff ("Payroll
team: 01632 960100", "ICT helpdesk: ext 5050"). After the chapter's last prose, a heading over
two or more such entries and nothing else goes with them; a box holding a contact of the
chapter's own, a single staff desk, or staff desks above the chapter's prose stay."""

from __future__ import annotations

from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import strip_edge_chrome

_CHAPTER = (
    "Fostering Allowances Policy\nAmended in April 2026 to raise the weekly allowance.\n"
    "Purpose\nThis policy sets out what Brinmoor pays its foster carers and when it pays it.\n"
)


def _strip(page: str) -> str:
    return strip_edge_chrome(page, load_chrome_cues())


def test_a_box_of_staff_desks_after_the_last_prose_goes() -> None:
    page = (
        f"{_CHAPTER}Who to call\nPayroll team: 01632 960100\nICT helpdesk: ext 5050\n"
        "Pensions office: ext 5120\n"
    )
    text = _strip(page)
    assert "Who to call" not in text
    assert "Payroll" not in text
    assert text.rstrip().endswith("when it pays it.")


def test_staff_desks_above_a_footer_row_go_with_it() -> None:
    page = (
        f"{_CHAPTER}Useful numbers\nHR advice line: ext 3300\nFacilities desk: ext 4400\n"
        "(c) Brinmoor Council 2026 | Staff help | Site map\n"
    )
    text = _strip(page)
    assert "Useful numbers" not in text
    assert "HR advice" not in text


def test_a_box_with_a_contact_of_the_chapters_own_stays() -> None:
    page = (
        f"{_CHAPTER}Key contacts\nFostering team: 01632 960200\nPayroll team: 01632 960100\n"
        "ICT helpdesk: ext 5050\n"
    )
    text = _strip(page)
    assert "Key contacts" in text
    assert "Fostering team: 01632 960200" in text


def test_a_single_staff_desk_stays() -> None:
    page = f"{_CHAPTER}Contacts\nPayroll team: 01632 960100\n"
    assert "Payroll team" in _strip(page)
