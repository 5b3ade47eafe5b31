"""Known-misses round thirty-six (decision 0257): corporate parenting said in a paragraph's
opening to be everyone's business or a shared duty, and "What guides our work" as the
principles' heading hint.

Each heading and sentence is written for this test in our own words.
"""

import pytest

from app.families import get_family
from app.sections import split_sections
from tests.sections.helpers import assert_tiles


@pytest.mark.parametrize(
    "opening",
    [
        # the statement second, after a sentence no cue knows
        "Every child we look after should have what any other child has. Corporate parenting "
        "is everyone's business in Marlow Down, from the leader of the council to the staff at "
        "the library.",
        "Corporate parenting is everybody's business here.",
        "When a child comes into our care the borough takes on a parent's part. Corporate "
        "parenting is a shared duty of every councillor and officer.",
        "Corporate parenting is the responsibility of the whole council, not of one team.",
        "Corporate parenting is a joint responsibility of the council and its partners.",
    ],
)
def test_corporate_parenting_said_to_be_everyone_s_is_corporate_parenting(
    cues, opening: str
) -> None:
    assert cues.content_kind(opening, near_end=False) == "corporate_parenting"


@pytest.mark.parametrize(
    "opening",
    [
        # safeguarding as everyone's business is shared responsibility, as before
        "Safeguarding is everyone's business, and every agency has a part in it.",
        # corporate parenting named with no claim that it is everyone's
        "Our children deserve the same chances as any others. Corporate parenting is taught "
        "to new councillors in their first month.",
    ],
)
def test_other_sentences_naming_corporate_parenting_are_not_cued_so(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) != "corporate_parenting"


@pytest.mark.parametrize(
    "heading",
    ["What guides our work", "What guides our decisions", "What Guides Our Practice"],
)
def test_what_guides_our_work_hints_key_principles(cues, heading: str) -> None:
    assert cues.heading_kind(heading) == "key_principles"
    assert cues.only_hinted("key_principles", heading)


@pytest.mark.parametrize("heading", ["What guides us", "What guides our partners"])
def test_what_guides_us_alone_or_another_s_work_is_not_hinted(cues, heading: str) -> None:
    assert cues.heading_kind(heading) != "key_principles"


CHAPTER = (
    "# Leaving Care in Hollin Vale\n\n"
    "## Scope of this chapter\n\n"
    "This chapter is for everyone at Hollin Vale who helps young people leave care.\n\n"
    "## {heading}\n\n"
    "Young people leaving our care lead their own planning. Nothing is decided about them "
    "without them, and their plans change when their wishes do.\n\n"
    "## Our values\n\n"
    "We are honest with young people, and we keep our word to them.\n"
)


class OtherModel:
    """A kind model that reads every passage as no kind at all (`other`), as the family's model
    read the principles under "What guides our work"."""

    kinds = ("scope", "values", "key_principles", "other")

    def probabilities(self, texts):
        return [{"other": 0.7, "values": 0.1, "key_principles": 0.1, "scope": 0.1} for _ in texts]


def _kinds(heading: str) -> list[tuple[str, str]]:
    text = CHAPTER.format(heading=heading)
    outline = split_sections(text, get_family().kinds, "markdown", OtherModel())  # type: ignore[arg-type]
    assert_tiles(outline)
    return [(s.kind, s.heading or "") for s in outline.sections[2:]]


def test_a_principles_section_under_what_guides_our_work_keeps_the_hint():
    assert _kinds("What guides our work")[0] == ("key_principles", "What guides our work")


def test_a_heading_no_cue_knows_over_the_same_text_is_the_model_s():
    assert _kinds("Where we start from")[0] == ("other", "Where we start from")


@pytest.mark.parametrize(
    "opening",
    [
        "We care about fairness, kindness and keeping our word. Every team asks how a decision "
        "will land with the children before it is taken.",
        "We stand for honesty, patience, and respect in everything we do.",
    ],
)
def test_qualities_the_service_cares_about_or_stands_for_are_values(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) == "values"


@pytest.mark.parametrize(
    "opening",
    [
        # one thing cared about is no list of qualities
        "We care about what happens to young people after they leave us.",
        # people and places cared for are not qualities, but a list of them is not one either
        "We stand for election every four years.",
    ],
)
def test_one_thing_cared_about_is_no_list_of_values(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) != "values"
