"""Bold run-in leads as a markdown page's headings (decision 0426, after 0422 for HTML): a page
with no heading below its title, no whole bold heading line and three or more paragraphs opening
"**Lead.** sentence" heads each section with its lead; two leads, leads beside real headings,
beside bold lines or beside typed heading lines, a bold field and a lead in a list stay text.

Every text is written for these tests in our own words about invented councils; not copied from
any case document. Sections still tile the text.
"""

from __future__ import annotations

from app.sections.blocks_markdown import scan_markdown_blocks
from app.text import LineIndex
from tests.sections.helpers import outline_of
from tests.sections.outline_helpers import headings_of

_LEADS = (
    "**Who can ask for help.** Any family in Brindle Heath with a child under eighteen can ask"
    " the early help team for support.\n\n"
    "**Working with nurseries:** Every nursery has a named worker who visits twice a term and"
    " takes requests for help.\n\n"
    "**Short breaks** Disabled children can stay for a weekend with a short-break carer or in"
    " the council's own home.\n"
)
_PAGE = "# Early Help in Brindle Heath\n\n" + _LEADS


def test_run_in_leads_head_their_sections_where_the_page_has_no_other_headings() -> None:
    assert headings_of(_PAGE, "markdown") == [
        "Early Help in Brindle Heath",
        "Who can ask for help.",
        "Working with nurseries:",
        "Short breaks",
    ]


def test_a_lead_heads_its_section_one_level_below_the_title_and_keeps_its_sentence() -> None:
    text = _PAGE
    blocks = scan_markdown_blocks(text, LineIndex(text))
    shown = [
        (block.type, block.markup_level, text[block.content_start : block.content_end])
        for block in blocks
    ]
    assert shown[1] == ("heading", 2, "Who can ask for help.")
    assert shown[2][0] == "paragraph"
    assert shown[2][2].startswith("Any family in Brindle Heath")
    assert blocks[1].end == blocks[2].start  # the paragraph's own text, split where the lead ends


def test_a_page_without_a_title_heads_its_sections_with_the_leads_too() -> None:
    assert headings_of(_LEADS, "markdown")[-3:] == [
        "Who can ask for help.",
        "Working with nurseries:",
        "Short breaks",
    ]


def test_a_stop_or_colon_outside_the_bold_belongs_to_the_lead() -> None:
    text = _PAGE.replace("**Who can ask for help.**", "**Who can ask for help**:")
    assert headings_of(text, "markdown")[1] == "Who can ask for help"


def test_underscores_mark_a_lead_as_asterisks_do() -> None:
    text = _PAGE.replace("**Short breaks**", "__Short breaks__")
    assert headings_of(text, "markdown")[-1] == "Short breaks"


def test_two_leads_are_not_yet_a_heading_style() -> None:
    two = _PAGE.split("**Short breaks**")[0] + "Ring the family line for advice on anything else.\n"
    headings = headings_of(two, "markdown")
    assert "Who can ask for help." not in headings
    assert "Working with nurseries:" not in headings


def test_leads_under_real_headings_stay_in_their_sections() -> None:
    text = (
        "# Early Help in Brindle Heath\n\n## How we help\n\n"
        + _LEADS
        + "\n**Please note:** requests made in the school holidays may take a little longer.\n"
    )
    headings = headings_of(text, "markdown")
    assert "Who can ask for help." not in headings
    assert "Please note:" not in headings
    outline = outline_of(text, "markdown")
    assert "Please note: requests made" in outline.sections[-1].text.replace("**", "")


def test_leads_beside_whole_bold_heading_lines_stay_in_their_paragraphs() -> None:
    text = "# Early Help in Brindle Heath\n\n**Our services**\n\n" + _LEADS
    assert "Who can ask for help." not in headings_of(text, "markdown")


def test_leads_beside_headings_typed_as_plain_lines_stay_in_their_paragraphs() -> None:
    # a text read as markdown for its bold asides, its headings typed as lines of their own
    text = (
        "Early Help in Brindle Heath\n\n"
        + _LEADS.replace("**Short breaks**", "Short breaks\n\nDisabled children need")
        + "\n**Please note:** requests made in the school holidays may take a little longer.\n"
    )
    headings = headings_of(text, "markdown")
    assert "Who can ask for help." not in headings
    assert "Please note:" not in headings


def test_a_bold_field_before_a_few_words_is_no_lead() -> None:
    text = _PAGE + "\n**Reviewed:** 4 May 2025\n"
    headings = headings_of(text, "markdown")
    assert "Reviewed:" not in headings
    assert "Short breaks" in headings


def test_leads_in_list_items_are_not_counted() -> None:
    items = "".join("- " + paragraph + "\n" for paragraph in _LEADS.split("\n\n")[:2])
    text = "# Early Help in Brindle Heath\n\n" + items + "\n" + _LEADS.split("\n\n")[2]
    assert "Short breaks" not in headings_of(text, "markdown")


_SENTENCE_LEADS = (
    "# Early Help in Brindle Heath\n\n"
    "**We help any family that asks.** Any family in Brindle Heath with a child under eighteen"
    " can ask the early help team for support.\n\n"
    "**Nurseries are our partners.** Every nursery has a named worker who visits twice a term"
    " and takes requests for help.\n\n"
    "**Short breaks can be arranged.** Disabled children can stay for a weekend with a"
    " short-break carer or in the council's own home.\n"
)


def test_bold_sentences_opening_paragraphs_are_no_headings() -> None:
    # a bold first sentence stresses its paragraph (decision 0363), a bold title heads it
    headings = headings_of(_SENTENCE_LEADS, "markdown")
    assert "We help any family that asks." not in headings
    assert "Nurseries are our partners." not in headings


def test_one_sentence_among_title_leads_heads_its_section_as_they_do() -> None:
    text = _PAGE.replace("**Short breaks**", "**Nobody does this alone.**")
    assert headings_of(text, "markdown")[-1] == "Nobody does this alone."
