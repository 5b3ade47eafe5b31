"""A contents list with no "Contents" label over it (a Word contents field whose label was left
out, a page's jump links with no "On this page") is the scope's box, its entries no headings
(decision 0404): before, its first entry ("About this chapter"), a line a heading cue knows,
headed a section holding the other entries and the chapter's real "About this chapter".

Every text is written for these tests in our own words. Sections still tile the text.
"""

from __future__ import annotations

from docx.enum.style import WD_STYLE_TYPE

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source
from tests.documents import new_word, word_bytes
from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

_TITLE = "Children's Services Policies, Values and Principles"
_BODY = {
    "About this chapter": "This chapter applies to everyone who works in Ambleworth Council's "
    "children's services. It was last amended in March 2025.",
    "Legal framework": "This policy sets out the framework within which Ambleworth provides "
    "services to children, under the Children Act 1989 and the Children Act 2004.",
    "Our values": "We listen to children and we are honest with families about our worries.",
    "Leaving care": "Care leavers keep a personal adviser until they are 21, or 25 if they ask.",
}


def _word_chapter(byline: bool) -> bytes:
    document = new_word()
    document.styles.add_style("TOC 1", WD_STYLE_TYPE.PARAGRAPH).base_style = document.styles[
        "Normal"
    ]
    document.add_paragraph(_TITLE, style="Title")
    if byline:
        document.add_paragraph("Ambleworth Council")
    for page, heading in enumerate(_BODY, start=2):
        document.add_paragraph(f"{heading}\t{page}", style="TOC 1")
    for heading, body in _BODY.items():
        document.add_paragraph(heading, style="Heading 1")
        document.add_paragraph(body)
    return word_bytes(document)


def _sections(data: bytes) -> list[tuple[str, str | None, str]]:
    analyzed = analyze(read_source(data, "chapter.docx"), get_family())
    assert_tiles(analyzed.outline)
    return [
        (section.kind, section.heading, analyzed.outline.text[section.start : section.end])
        for section in analyzed.outline.sections
    ]


def test_a_word_contents_field_with_no_label_is_the_scope_box() -> None:
    sections = _sections(_word_chapter(byline=False))
    assert [(kind, heading) for kind, heading, _ in sections[:4]] == [
        ("title", _TITLE),
        ("scope", None),
        ("scope", "About this chapter"),
        ("introduction", "Legal framework"),
    ]
    assert sections[1][2].startswith("About this chapter")
    assert "Leaving care" in sections[1][2]


def test_a_byline_over_the_box_stays_with_the_title() -> None:
    sections = _sections(_word_chapter(byline=True))
    assert "Ambleworth Council" in sections[0][2]
    assert [(kind, heading) for kind, heading, _ in sections[1:3]] == [
        ("scope", None),
        ("scope", "About this chapter"),
    ]


def test_jump_lines_in_markdown_with_no_label_are_the_scope_box() -> None:
    entries = "".join(f"{heading}\n\n" for heading in _BODY)
    body = "".join(f"## {heading}\n\n{text}\n\n" for heading, text in _BODY.items())
    outline = outline_of(f"# {_TITLE}\n\n{entries}{body}", "markdown")
    assert_tiles(outline)
    kinds = kinds_and_starts(outline)
    assert kinds[1][0] == "scope" and kinds[1][1].startswith("About this chapter\n\nLegal")
    assert kinds[2][0] == "scope" and kinds[2][1].startswith("## About this chapter")


def test_a_heading_over_short_lines_said_again_only_once_keeps_them() -> None:
    # Short lines under a heading the cues know, the first said again by a later heading but
    # no other: no contents list, the heading stays.
    text = (
        f"# {_TITLE}\n\n"
        "About this chapter\n\n"
        "Children Act 1989\n\n"
        "Children Act 2004\n\n"
        "## About this chapter\n\n"
        f"{_BODY['About this chapter']}\n\n"
        "## Our values\n\n"
        f"{_BODY['Our values']}\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert not any(
        box_section.kind == "scope" and box_section.heading is None
        for box_section in outline.sections
    )
