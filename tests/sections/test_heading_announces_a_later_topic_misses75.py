"""Decision 0502: a heading that names a second topic after its own ("Corporate parenting and
leaving care") announces it, so a later paragraph on that topic stands apart as an un-headed
stretch even where the chapter has had a section of the same kind under a heading of its own.
A heading that names one topic only keeps such a paragraph. Every text here is written for
these tests; a stand-in model reads a passage by one marker word for each kind."""

from __future__ import annotations

from collections.abc import Sequence

from app.families import get_family
from app.sections import Outline
from app.sections.assemble import _kinds_named_after_its_own, _Open
from app.sections.classify import compile_cues
from tests.sections.helpers import outline_with_model

MARKERS = {
    "key_principles": "adviser",
    "corporate_parenting": "councillor",
    "information_sharing": "records",
}
KINDS = ("other", "introduction", *MARKERS)
SURE = 0.96


class MarkerReading:
    """Sure of a passage naming one kind's marker word; a passage naming none leans to "other"."""

    kinds = KINDS

    def probabilities(self, texts: Sequence[str]) -> list[dict[str, float]]:
        return [self._reading(text.lower()) for text in texts]

    @staticmethod
    def _reading(text: str) -> dict[str, float]:
        found = [kind for kind, marker in MARKERS.items() if marker in text]
        lead = found[0] if found else "other"
        rest = (1.0 - SURE) / (len(KINDS) - 1)
        return {kind: SURE if kind == lead else rest for kind in KINDS}


LATER_TOPIC = (
    "Growing up and moving on does not end our care. Every young person who has lived with us "
    "keeps a personal adviser into their twenties, who helps with a first flat, a college "
    "place, a job interview or a bank account, and who answers the phone when things go wrong."
)


def _text(parenting_heading: str) -> str:
    return (
        "# Children's Services Policies, Values and Principles\n\n"
        "## Planning for permanence\n\n"
        "A child who cannot live at home has a plan saying where they will grow up, and an "
        "adviser from the permanence team checks that the plan is kept to.\n\n"
        f"## {parenting_heading}\n\n"
        "Each councillor treats the children the council looks after as a parent would, and "
        "asks of every decision whether it would be good enough for their own child.\n\n"
        "The councillor who leads for children meets a group of them every term and reports "
        "what they said to the full council, which answers in writing.\n\n"
        f"{LATER_TOPIC}\n\n"
        "## Sharing information\n\n"
        "We keep records safe and share them only where a child's safety needs it.\n"
    )


def _read(text: str) -> Outline:
    return outline_with_model(text, MarkerReading(), "markdown")


def test_a_topic_the_heading_names_second_stands_apart_though_its_kind_was_had() -> None:
    outline = _read(_text("Corporate parenting and leaving care"))
    kinds = [section.kind for section in outline.sections]
    assert kinds == [
        "title",
        "key_principles",
        "corporate_parenting",
        "key_principles",
        "information_sharing",
    ]
    apart = outline.sections[3]
    assert apart.heading is None
    assert apart.text.startswith("Growing up and moving on")


def test_a_heading_naming_one_topic_keeps_the_later_paragraph() -> None:
    outline = _read(_text("Corporate parenting"))
    kinds = [section.kind for section in outline.sections]
    assert kinds == ["title", "key_principles", "corporate_parenting", "information_sharing"]
    assert LATER_TOPIC in outline.sections[2].text


def test_the_kinds_a_heading_names_after_its_own() -> None:
    family = get_family()
    cues = compile_cues(family.kinds, family.other_heading_cues)

    def named(heading: str, kind: str) -> set[str]:
        return _kinds_named_after_its_own(cues, _Open(0, kind, True, heading=heading))

    assert named("10. Corporate parenting and leaving care", "corporate_parenting") == {
        "key_principles"
    }
    assert named("Corporate parenting", "corporate_parenting") == set()
    # The first part must name the section's own kind: a heading whose first part names
    # nothing is 0186's case, read by its opening.
    assert named("Our approach and leaving care", "key_principles") == set()
    assert named("Leaving care and corporate parenting", "corporate_parenting") == set()
