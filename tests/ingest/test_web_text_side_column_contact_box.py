"""A page's side column printed beside the chapter (blind378, decision 0556): after the box of
links to the section's other pages the browser prints the column's next box, a heading over a
help line ("Get in touch" / the office, its number and hours). Read after the column it stood
beside, it lands among the chapter's sections; it goes with the box above it. A chapter's own
section naming a number, or a contact heading not under a dropped box, stays."""

from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import strip_chrome_boxes

PROSE = "We write plans with families, in words they use.\n\n"
NEXT = "## How we review plans\n\nEvery plan is looked at again within a month.\n"


def test_a_help_line_box_under_a_dropped_link_box_goes_with_it() -> None:
    text = (
        PROSE
        + "## Pages in this section\n\n- Consent\n- Glossary\n- Interpreters\n\n"
        + "## Get in touch\n\n"
        + "Family help desk, Civic Offices. Call 01632 961 207, weekdays 8am to 6pm.\n\n"
        + NEXT
    )
    kept = strip_chrome_boxes(text, load_chrome_cues())
    assert "Get in touch" not in kept and "01632" not in kept
    assert kept == PROSE + NEXT


def test_a_box_with_prose_under_its_heading_stays_after_a_dropped_link_box() -> None:
    own = (
        "## Getting advice\n\nPractitioners unsure about a plan speak to their manager first, "
        "and may ring the duty line on 01632 961 207 for a second view.\n\n"
        "Advice given is written on the child's file with the reasons for it, so that the next "
        "worker can see why the plan was changed and who agreed the change at the time.\n\n"
        "A manager who disagrees with the advice records that too.\n\n"
        "The principal social worker reviews a sample of these records every quarter.\n\n"
    )
    text = PROSE + "## Pages in this section\n\n- Consent\n- Glossary\n\n" + own + NEXT
    kept = strip_chrome_boxes(text, load_chrome_cues())
    assert own in kept


def test_a_contact_section_of_the_chapter_alone_stays() -> None:
    text = PROSE + "## Contacts\n\nFostering team: 01632 961 330.\n\n" + NEXT
    assert strip_chrome_boxes(text, load_chrome_cues()) == text
