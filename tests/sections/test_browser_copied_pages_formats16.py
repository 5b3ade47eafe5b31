"""Pages copied from a browser as text, round formats16 (decision 0322).

A browser's copy keeps a blank line round a paragraph but none between a heading and the list
or the sub-heading under it, and it drops a list's bullets. So:

- a heading-shaped line after a blank line, straight over items that open in lower case and
  each end with a stop ("children are safe;"), heads them rather than running on into the first;
- two short plain lines stacked with no blank line between them, a blank line above and below,
  then prose, are a section's heading and its first sub-heading, when the chapter heads its
  later parts with such lines too.

Each case is written for this test in our own words, as Chromium copies such a page.
"""

from app.ingest import read_source
from app.sections.model import Outline
from tests.sections.helpers import assert_tiles, outline_of


def _outline(text: str) -> Outline:
    return outline_of(read_source(text.encode(), "chapter.txt").text)


def _headings(text: str) -> list[str | None]:
    return [section.heading for section in _outline(text).sections]


# --- a heading straight over items without bullets -------------------------------------------

_ITEMS_UNDER_A_HEADING = (
    "Adoption Support Policy\n\n"
    "Dunmarsh District Council\n\n"
    "What this policy covers\n\n"
    "This policy explains how the council helps families who have adopted a child, from the "
    "first weeks to adulthood.\n\n"
    "What a settled childhood looks like for us\n"
    "adopted children feel settled and loved;\n"
    "adopted children keep links with people who matter to them;\n"
    "adopted children get help at school when they need it.\n"
    "How we assess need\n\n"
    "Any adoptive family may ask for an assessment of support needs, and we reply within four "
    "weeks.\n"
)


def test_a_heading_over_lower_case_items_heads_them() -> None:
    outline = _outline(_ITEMS_UNDER_A_HEADING)
    assert_tiles(outline)
    headings = [section.heading for section in outline.sections]
    assert "What a settled childhood looks like for us" in headings
    section = next(
        s for s in outline.sections if s.heading == "What a settled childhood looks like for us"
    )
    assert "adopted children feel settled and loved;" in section.text
    assert "How we assess need" in headings


def test_a_line_broken_by_hand_before_one_lower_case_line_runs_on() -> None:
    text = (
        "Respite Care Guidance\n\n"
        "Who may ask for a short break\n\n"
        "Any parent caring for a disabled child\n"
        "may ask the short breaks team for an assessment.\n"
        "We answer every request within ten working days.\n\n"
        "How breaks are arranged\n\n"
        "A worker visits the family at home and agrees a plan with them and the child.\n"
    )
    headings = _headings(text)
    assert "Any parent caring for a disabled child" not in headings
    assert "How breaks are arranged" in headings


def test_a_heading_over_capitalised_sentences_is_unchanged() -> None:
    text = (
        "Kinship Care Policy\n\n"
        "Why kinship matters\n\n"
        "Children do best with people they already know and trust, when that is safe.\n\n"
        "Our promises to kinship carers\n"
        "we will visit within a week of a child moving in;\n"
        "We will pay an allowance from the first day.\n\n"
        "Money and practical help\n\n"
        "Carers can ask for help with beds, clothes and school uniform at any time.\n"
    )
    # one lower-case item is not a run of items: the line is left as it was read before
    outline = _outline(text)
    assert_tiles(outline)
    assert "Money and practical help" in [section.heading for section in outline.sections]


# --- a heading straight over its first sub-heading ---------------------------------------------

_STACKED = (
    "Family Help Handbook\n"
    "Why this handbook exists\n\n"
    "It tells workers in Orrinford's family help teams what we believe and how we work.\n\n"
    "The promises we keep\n"
    "Staying at home\n\n"
    "We help children stay with their own families wherever that can be made safe.\n\n"
    "Living somewhere else\n\n"
    "If a child has to leave home, we look first to grandparents, aunts and family friends.\n\n"
    "Keeping records private\n\n"
    "We share what families tell us only when the law allows it or a child is at risk.\n"
)


def test_a_heading_stacked_over_its_first_sub_heading_heads_a_section() -> None:
    outline = _outline(_STACKED)
    assert_tiles(outline)
    section = next(s for s in outline.sections if s.heading == "The promises we keep")
    assert "Staying at home" in section.text
    assert "We help children stay with their own families" in section.text
    assert "Keeping records private" in [s.heading for s in outline.sections]


def test_two_stacked_lines_in_a_chapter_without_plain_headings_stay_text() -> None:
    text = (
        "Short Breaks Statement\n\n"
        "Orrinford Council offers short breaks to families of disabled children so that parents "
        "can rest and children can try new things with friends.\n\n"
        "The short breaks team\n"
        "Riverside family centre\n\n"
        "Families can call in on any weekday morning without an appointment and a worker will "
        "talk through what might help.\n"
    )
    headings = _headings(text)
    assert "The short breaks team" not in headings
    assert "Riverside family centre" not in headings


def test_stacked_lines_holding_figures_or_a_colon_are_no_headings() -> None:
    text = _STACKED.replace(
        "The promises we keep\nStaying at home\n", "Phone: the duty desk\nOpen until 5pm\n"
    )
    headings = _headings(text)
    assert "Phone: the duty desk" not in headings
    assert "Open until 5pm" not in headings


def test_a_heading_stacked_over_a_one_word_sub_heading_keeps_it_inside() -> None:
    text = (
        "Youth Support Guidance\n\n"
        "Who this guidance is for\n\n"
        "Everyone in Orrinford's youth support teams and the partners who work beside them.\n\n"
        "What we hope every young person has\n"
        "Friends\n\n"
        "Young people have people their own age they trust and can spend time with.\n\n"
        "Purpose\n\n"
        "Young people have something to get up for: school, training, work or a cause.\n\n"
        "Belonging\n\n"
        "Young people feel part of their street, their school and their town.\n\n"
        "Keeping notes safe\n\n"
        "Workers record what matters and share it only when the law allows.\n\n"
        "Where to get help\n\n"
        "Call the youth support line on any weekday and a worker will call you back.\n"
    )
    outline = _outline(text)
    assert_tiles(outline)
    section = next(
        s for s in outline.sections if s.heading == "What we hope every young person has"
    )
    assert "Young people have people their own age" in section.text
