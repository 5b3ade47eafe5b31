"""A pointer heading between sections heads its list of links, not the body text after the list
(decision 0196): "Related guidance" over three links, then un-headed paragraphs on values and
the practice model, with headings still to come. The paragraphs after the list are an un-headed
run the model divides, as it divides any; a note of whom to ask, a labelled pointer, a short line
after the list, a paragraph under a pointer heading with no list, and the paragraphs after a
contacts heading's list stay where they were.

Written for this test in our own words; not copied from any case document.
"""

from __future__ import annotations

from app.sections.assemble import _after_pointer_list, _Open
from app.sections.raw import RawBlock
from tests.sections.helpers import assert_tiles, outline_of
from tests.sections.outline_helpers import kinds_and_openings

_TITLE = "# Policies, Values and Principles\n\n"
_VALUES = (
    "We are polite and patient with every family we meet. We explain our worries plainly, we "
    "take the time to hear each parent's side, and we do not give up on a child.\n\n"
)
_MODEL = (
    "Every team in the district practises Signs of Safety. Workers and families agree danger "
    "statements and safety goals together, and a network of relatives helps to keep the plan.\n\n"
)
_CHAPTER = (
    _TITLE + "## Keeping our promise\n\n"
    "The whole council is corporate parent to our Children in Care. Members and officers follow "
    "the seven corporate parenting principles in every decision they make about them.\n\n"
    "## Related guidance\n\n"
    "- Support for care leavers\n"
    "- Planning for permanence\n"
    "- Sharing information\n\n" + _VALUES + _MODEL + "## Where children grow up\n\n"
    "Help is offered early. Where a child cannot live with their parents we ask relatives and "
    "family friends first, and a permanence plan is made within four months.\n"
)


def test_body_after_a_pointer_list_is_read_by_its_own_kinds() -> None:
    kinds = kinds_and_openings(_CHAPTER, "markdown", 24)
    assert kinds[2][0] == "other" and kinds[2][1].startswith("## Related guidance")
    assert ("values", "We are polite and patien") in kinds
    assert ("practice_model", "Every team in the distri") in kinds
    assert kinds[-1][0] == "key_principles"


def test_the_pointer_section_keeps_its_list() -> None:
    kinds = kinds_and_openings(_CHAPTER, "markdown", 24)
    assert [kind for kind, start in kinds if start.startswith("- ")] == []


def _blocks(kinds: list[str], text: str) -> list[RawBlock]:
    blocks: list[RawBlock] = []
    position = 0
    for kind in kinds:
        end = position + len(text)
        blocks.append(RawBlock(kind, position, end, position, end))
        position = end
    return blocks


def _heading(words: str) -> _Open:
    return _Open(0, "other", True, words)


_LONG = "We keep our word to every child and family, and we tell them plainly what happens next."


def test_the_rule_asks_for_a_pointer_heading_over_a_list_alone() -> None:
    raw = _blocks(["heading", "list_item", "list_item", "paragraph"], _LONG)
    assert _after_pointer_list(_LONG * 4, raw, _heading("Related guidance"), 3)
    assert _after_pointer_list(_LONG * 4, raw, _heading("See also"), 3)
    # a contacts heading, a heading of no kind that points nowhere, and one of a named kind
    assert not _after_pointer_list(_LONG * 4, raw, _heading("Contacts"), 3)
    assert not _after_pointer_list(_LONG * 4, raw, _heading("Glossary"), 3)
    named = _Open(0, "values", True, "Related guidance")
    assert not _after_pointer_list(_LONG * 4, raw, named, 3)
    # a paragraph between the heading and the list: the heading heads prose, not only links
    raw = _blocks(["heading", "paragraph", "list_item", "paragraph"], _LONG)
    assert not _after_pointer_list(_LONG * 4, raw, _heading("Related guidance"), 3)
    # a lead-in ending on a colon introduces the list, and the rule still holds
    lead_in = "You may also find these chapters useful:"
    text = lead_in + _LONG * 2
    raw = [
        RawBlock("heading", 0, 0, 0, 0),
        RawBlock("paragraph", 0, len(lead_in), 0, len(lead_in)),
        RawBlock("list_item", len(lead_in), len(text), len(lead_in), len(text)),
        RawBlock("paragraph", len(lead_in), len(text), len(lead_in), len(text)),
    ]
    assert _after_pointer_list(text, raw, _heading("Related guidance"), 3)
    # the paragraph must follow a list's last item, not the lead-in alone
    assert not _after_pointer_list(text, raw[:2] + raw[3:], _heading("Related guidance"), 2)
    # right under the heading, with no list
    raw = _blocks(["heading", "paragraph"], _LONG)
    assert not _after_pointer_list(_LONG * 2, raw, _heading("Related guidance"), 1)


def test_a_short_line_a_contact_note_or_a_labelled_pointer_stays() -> None:
    for line in (
        "These chapters are kept up to date by the policy team.",
        "If you have a question about this chapter, please contact the policy officer at the "
        "Town Hall on any working day.",
        "Further reading: the council's own guides to permanence planning and to care leavers' "
        "rights, both on the intranet.",
    ):
        raw = _blocks(["heading", "list_item", "paragraph"], line)
        assert not _after_pointer_list(line * 3, raw, _heading("Related guidance"), 2), line


def test_paragraphs_after_a_contacts_list_stay_in_it() -> None:
    text = _CHAPTER.replace("## Related guidance", "## Contacts")
    kinds = kinds_and_openings(text, "markdown", 24)
    assert ("values", "We are polite and patien") not in kinds


def test_a_paragraph_after_the_list_that_a_cue_names_opens_as_that_kind() -> None:
    text = (
        _TITLE + "## Our values\n\n" + _VALUES + "### Related guidance\n\n"
        "- Support for care leavers\n"
        "- Planning for permanence\n\n"
        "As corporate parents, the council's members and officers follow the seven corporate "
        "parenting principles in every decision about our Children in Care.\n\n" + _MODEL
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    read = [(section.kind, section.decided_by) for section in outline.sections]
    assert ("corporate_parenting", "cue") in read
    assert read[-1][0] == "practice_model"


def test_a_lead_in_over_the_links_still_leaves_the_body_after_them() -> None:
    text = _CHAPTER.replace(
        "## Related guidance\n\n", "## Related guidance\n\nThese chapters may also help:\n\n"
    )
    kinds = kinds_and_openings(text, "markdown", 24)
    assert ("values", "We are polite and patien") in kinds
    assert ("practice_model", "Every team in the distri") in kinds
