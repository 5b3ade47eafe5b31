# ruff: noqa: E501  (the chapter's paragraphs are kept a line each)
"""A chapter with no headings coming back to a topic it has had, opened by a paragraph a cue
names (decision 0384): the paragraph opens a section of that kind again, as a careful reader
annotates a returning topic (0364); a short remark of one sentence carries on the paragraph
above it; a wrapped byline stays with the title; a note at a page's foot is no line of the
sentence the page break cut. Texts are our own."""

from __future__ import annotations

from app.sections.blocks_text import continues_line
from tests.sections.helpers import assert_tiles, outline_of

_CHAPTER = """Policies, Values and Principles: Ashwell Priory Council

Ashwell Priory Council is the corporate parent of every child in its care, and each councillor and officer is expected to weigh what they decide as a good parent would.

Our duties come from the Children Act 1989, the Children Act 2004 and the Children and Social Work Act 2017, and the guidance made under them.

Young people leaving our care keep a personal adviser until they are 21, and until 25 if they ask for one, and the adviser helps with money, housing and college.

A child who cannot live at home is offered a home with relatives or friends first, and strangers only when no one in the family can care for them safely.

Councillor Nell Travers, chair of the Corporate Parenting Panel, meets young people in care every term and brings what they tell her back to the Panel's next meeting.

Information about children is shared only where the law allows it and a child's safety or welfare needs it, and each decision to share is written on the file.
"""


def _starts(outline: object) -> list[tuple[str, str]]:
    return [(s.kind, s.text[:30]) for s in outline.sections]  # type: ignore[attr-defined]


def test_a_councillor_of_the_panel_after_other_topics_opens_corporate_parenting_again() -> None:
    outline = outline_of(_CHAPTER)
    assert_tiles(outline)
    kinds = [section.kind for section in outline.sections]
    assert kinds.count("corporate_parenting") == 2, _starts(outline)
    back = next(s for s in outline.sections if s.text.startswith("Councillor Nell Travers"))
    assert back.kind == "corporate_parenting"


def test_a_short_remark_naming_the_kind_carries_on_the_paragraph_above() -> None:
    text = _CHAPTER.replace(
        "Councillor Nell Travers, chair of the Corporate Parenting Panel, meets young people in "
        "care every term and brings what they tell her back to the Panel's next meeting.",
        "Councillor Nell Travers, chair of the Corporate Parenting Panel, agrees.",
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert not any(s.text.startswith("Councillor Nell Travers") for s in outline.sections)


def test_under_a_heading_the_returning_paragraph_stays_in_its_section() -> None:
    text = _CHAPTER.replace(
        "A child who cannot live at home",
        "How we work\n\nA child who cannot live at home",
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert not any(s.text.startswith("Councillor Nell Travers") for s in outline.sections)


def test_a_byline_the_wrap_cut_in_two_stays_with_the_title() -> None:
    body = (
        "**Scope of this chapter**\n\nThis chapter sets out the values that every procedure in\n"
        "the manual of the Ashwell Priory children's service is expected to\nreflect, and why.\n"
    )
    text = (
        "**Children's Services Policies, Values and Principles**\n\n"
        "Ashwell Priory District Council -- Children and Families Service\nProcedures\n\n" + body
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert outline.sections[0].kind == "title"
    assert "Procedures" in outline.sections[0].text


def test_a_numbered_note_under_a_cut_sentence_is_a_line_of_its_own() -> None:
    before = "are ambitious for them. We are honest with the families about our"
    assert not continues_line(before, "2 The June 2025 review added this paragraph.", 70)
    assert continues_line(before, "worries, and we say what must change.", 70)
    assert continues_line(before, "2025 review, which we published for everyone.", 70)
