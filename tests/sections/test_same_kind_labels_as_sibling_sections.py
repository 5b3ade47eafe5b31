"""Run-in colon labels of one kind on a page that heads its sections with such labels (decision
0389).

A page whose sections each open with a short label run into the paragraph ("About this
chapter: …", "The law: …", "What we value: …") has given every section its heading at one rank,
so a label that names the section's own kind ("Care leavers: …" after "Settled homes: …") opens
a second section of that kind, as a second heading of one rank does (decision 0043). It stays
a point inside its section when:

- the labels stand under a real heading ("Our principles" over them): they are its sub-points;
- the label names no kind ("Please note: …"): a note inside the section;
- the page does not open its sections with labels (only the two principles are labelled);
- the part before it only leads in ("… and it sets out the following.").

Every text is written for these tests in our own words. Sections still tile the text.
"""

from __future__ import annotations

from tests.sections.outline_helpers import kinds_and_openings

_OPENING = (
    "Children's Services Policies, Values and Principles\n"
    "\n"
    "About this chapter: This chapter sets out the values and principles that guide the work "
    "of Brackwater's children's services with children, young people and their families.\n"
    "\n"
    "The law: Our duties come from the Children Act 1989, the Children Act 2004 and the "
    "Children and Social Work Act 2017, and we follow the statutory guidance made under them.\n"
    "\n"
    "What we value: We believe children do best when they grow up in their own families. We "
    "are honest with parents, and we keep the promises we make to children.\n"
    "\n"
)
_PRINCIPLES = (
    "Settled homes: Every child we look after should know where they are going to grow up. "
    "Their permanence plan is agreed at the second review, within four months of coming into "
    "care.\n"
    "\n"
    "Care leavers: Young people who leave our care keep a personal adviser until they are 25, "
    "whatever they are doing.\n"
    "\n"
)
_CLOSING = (
    "Confidentiality: We keep records about children securely and share them with other "
    "agencies only when the law allows it or a child's safety depends on it.\n"
)


def _principles(text: str) -> list[str]:
    return [
        " ".join(start.split())
        for kind, start in kinds_and_openings(text, "plain", 20)
        if kind == "key_principles"
    ]


def test_a_label_naming_the_sections_own_kind_opens_a_sibling_on_a_labelled_page() -> None:
    assert _principles(_OPENING + _PRINCIPLES + _CLOSING) == [
        "Settled homes: Every",
        "Care leavers: Young",
    ]


def test_labels_under_a_real_heading_are_its_points() -> None:
    text = _OPENING + "Our principles\n\n" + _PRINCIPLES + _CLOSING
    assert _principles(text) == ["Our principles Sett"]


def test_a_label_naming_no_kind_is_a_note_inside_its_section() -> None:
    noted = _PRINCIPLES.replace(
        "Care leavers: Young people who leave our care",
        "Please note: Young people who leave our care",
    )
    assert _principles(_OPENING + noted + _CLOSING) == ["Settled homes: Every"]


def test_a_page_that_does_not_open_its_sections_with_labels_keeps_one_section() -> None:
    unlabelled = (
        _OPENING.replace("About this chapter: This", "This")
        .replace("The law: Our", "Our")
        .replace("What we value: We", "We")
    )
    closing = _CLOSING.replace("Confidentiality: We", "We")
    assert _principles(unlabelled + _PRINCIPLES + closing) == ["Settled homes: Every"]


def test_a_lead_in_before_the_label_keeps_one_section() -> None:
    lead_in = (
        "Settled homes: A permanence plan is agreed for every looked after child at the second "
        "review, within four months, and it sets out the following.\n"
        "\n"
        "Care leavers: Young people who leave our care keep a personal adviser until they are "
        "25, whatever they are doing.\n"
        "\n"
    )
    assert _principles(_OPENING + lead_in + _CLOSING) == ["Settled homes: A per"]
