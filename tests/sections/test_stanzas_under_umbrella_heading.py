"""Tight stanzas under a plain umbrella heading (decision 0235).

In plain text whose headings are all plain lines, a heading standing alone between blank lines
with no words of its own, straight over stanzas each headed by a line set on its paragraph, is
an umbrella: the author set it apart and its parts tight, two ranks. The parts are its
sub-headings, whatever the kind model makes of one part on its own, until a heading set
otherwise; a part a cue names as another kind still opens its own section.
"""

from app.families import get_family
from app.sections.assemble import _Open, _stanza_under_umbrella
from app.sections.blocks_text import scan_text_blocks
from app.sections.classify import compile_cues
from app.sections.labelled_row import split_labelled_rows
from app.sections.rules import find_headings
from app.text import LineIndex
from tests.sections.outline_helpers import kinds_and_headings

HEAD = (
    "Harrowfield Borough Council\n\n"
    "Policy, Values and Principles\n\n"
    "About this chapter\n\n"
    "This chapter tells staff and partners in Harrowfield how we plan for the children we look "
    "after. It applies to every team in children's services.\n\n"
    "A home for good\n\n"
    "We want every child to know where they will grow up. A plan for permanence is agreed by "
    "the second review.\n\n"
)

STANZAS = (
    "Growing up and moving on\n\n"
    "A worker who sticks with you\n"
    "Each young person leaving our care is given a personal adviser, who keeps in touch and "
    "helps until you are 21, or 25 if you ask.\n\n"
    "Somewhere to live\n"
    "We help you find and furnish your first flat and pay a grant towards it.\n\n"
    "Staying on with your carers\n"
    "If you live with foster carers when you turn 18, you may stay on with them until you are 21 "
    "when everyone agrees.\n\n"
    "Any questions?\n\n"
    "Ring the Leaving Care Team on 01632 960 771.\n"
)


def test_stanzas_under_a_lone_heading_are_its_parts() -> None:
    sections = kinds_and_headings(HEAD + STANZAS, "plain")
    headings = [heading for _kind, heading in sections]
    assert "Growing up and moving on" in headings
    for part in (
        "A worker who sticks with you",
        "Somewhere to live",
        "Staying on with your carers",
    ):
        assert part not in headings
    assert headings[-1] == "Any questions?"


def _umbrella_parts(text: str) -> list[str]:
    """The headings `_stanza_under_umbrella` joins to the section the heading above opened."""
    family = get_family()
    cues = compile_cues(family.kinds)
    raw = scan_text_blocks(text, LineIndex(text).line_starts())
    raw = split_labelled_rows(text, raw, cues)
    state = find_headings(text, raw, cues)
    umbrella = next(i for i, block in enumerate(raw) if text[block.start :].startswith("Growing"))
    current = _Open(umbrella, "key_principles", True, "Growing up and moving on", None)
    return [
        text[raw[i].content_start : raw[i].content_end]
        for i in range(umbrella + 1, len(raw))
        if state.is_heading[i] and _stanza_under_umbrella(text, raw, state, current, i)
    ]


def test_the_rule_joins_the_stanzas_and_stops_at_a_heading_set_apart() -> None:
    assert _umbrella_parts(HEAD + STANZAS) == [
        "A worker who sticks with you",
        "Somewhere to live",
        "Staying on with your carers",
    ]


def test_a_lone_heading_with_words_of_its_own_is_no_umbrella() -> None:
    text = HEAD + STANZAS.replace(
        "Growing up and moving on\n\n",
        "Growing up and moving on\n\nWe stay beside young people as they leave our care.\n\n",
    )
    assert _umbrella_parts(text) == []


def test_a_heading_on_its_paragraph_is_no_umbrella() -> None:
    text = HEAD + STANZAS.replace(
        "Growing up and moving on\n\n", "Growing up and moving on\nWe stay beside you.\n\n"
    )
    assert _umbrella_parts(text) == []


def test_marked_up_headings_are_left_to_their_markup() -> None:
    text = (
        "# Policy, Values and Principles\n\n## Growing up and moving on\n\n"
        + STANZAS.split("\n\n", 1)[1]
    )
    family = get_family()
    cues = compile_cues(family.kinds)
    from app.sections.blocks_markdown import scan_markdown_blocks

    raw = split_labelled_rows(text, scan_markdown_blocks(text, LineIndex(text)), cues)
    state = find_headings(text, raw, cues)
    umbrella = next(i for i, block in enumerate(raw) if "Growing" in text[block.start : block.end])
    current = _Open(umbrella, "key_principles", True, "Growing up and moving on", None)
    assert not any(
        _stanza_under_umbrella(text, raw, state, current, i)
        for i in range(umbrella + 1, len(raw))
        if state.is_heading[i]
    )


def test_a_part_named_as_another_kind_still_opens() -> None:
    text = HEAD + STANZAS.replace(
        "Somewhere to live\n",
        "Sharing information\nWe share what we know about you only with people who need it.\n\n"
        "Somewhere to live\n",
    )
    headings = [heading for _kind, heading in kinds_and_headings(text, "plain")]
    assert "Sharing information" in headings
