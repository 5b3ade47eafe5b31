"""Decision 0502: two ways a chapter says what belongs to its scope, in words no earlier cue
knew. A box's one-word label "Amended" over the amendment note heads the scope, as
"Amendments" does; and the chapter's expectations or principles said to bind everyone who works
for the service name its readers, as the chapter binding them does (decision 0195). Every text
here is written for these tests."""

from __future__ import annotations

import pytest

from app.families import get_family
from app.sections import split_sections
from app.sections.classify import Cues, compile_cues
from tests.sections.helpers import assert_tiles


@pytest.fixture(scope="module")
def cues() -> Cues:
    family = get_family()
    return compile_cues(family.kinds, family.other_heading_cues)


@pytest.mark.parametrize("label", ["Amended", "Amended:", "Last amended", "AMENDED"])
def test_an_amended_label_heads_the_scope(cues: Cues, label: str) -> None:
    assert cues.heading_kind(label) == "scope"


@pytest.mark.parametrize(
    "heading", ["Amended procedures for missing children", "Amended care plans", "Unamended"]
)
def test_a_heading_on_something_amended_is_no_scope_label(cues: Cues, heading: str) -> None:
    assert cues.heading_kind(heading) != "scope"


@pytest.mark.parametrize(
    "opening",
    [
        "These expectations bind everyone who works in or for the county's children's services, "
        "agency staff included.",
        "The principles below bind all staff of the family help service, wherever they are based.",
        "Our standards are binding on every practitioner the council employs or commissions.",
    ],
)
def test_expectations_binding_the_people_who_work_name_the_readers(
    cues: Cues, opening: str
) -> None:
    assert cues.content_kind(opening) == "scope"


@pytest.mark.parametrize(
    "opening",
    [
        "These principles bind the council's decisions about every child it looks after.",
        "The duties bind the council as a whole, and not only its social workers.",
        "These expectations help everyone who works here to do the right thing.",
    ],
)
def test_principles_binding_decisions_or_helping_staff_are_no_readership(
    cues: Cues, opening: str
) -> None:
    assert cues.content_kind(opening) != "scope"


def test_a_sidebar_labelled_amended_opens_the_scope_at_its_label() -> None:
    text = (
        "Children's Services Policies, Values and Principles\n\n"
        "1 About this chapter\n\n"
        "This chapter explains the principles behind the county's work with children and their "
        "families, and should be read first by anyone who joins the service.\n\n"
        "2 Our legal duties\n\n"
        "The council's duties to children come from the Children Act 1989 and the Acts that "
        "followed it, and from the statutory guidance made under them.\n\n"
        "Amended\n"
        "This chapter was amended in May 2026 to add a section\n"
        "on kinship care.\n\n"
        "3 Our values\n\n"
        "We value honesty, patience and persistence in all our work with families.\n\n"
        "4 Sharing information\n\n"
        "Information about families is shared only where the law allows it.\n"
    )
    family = get_family()
    outline = split_sections(
        text, family.kinds, "plain", no_kind_headings=family.other_heading_cues
    )
    assert_tiles(outline)
    kinds = [section.kind for section in outline.sections]
    assert kinds == ["title", "scope", "introduction", "scope", "values", "information_sharing"]
    assert outline.sections[3].text.startswith("Amended\n")
    assert "Amended" not in outline.sections[2].text
