"""Decision 0502: the chapter's expectations or principles said to bind everyone who works for
the service name its readers, as the chapter binding them does (decision 0195). Every text here
is written for these tests."""

from __future__ import annotations

import pytest

from app.families import get_family
from app.sections.classify import Cues, compile_cues


@pytest.fixture(scope="module")
def cues() -> Cues:
    family = get_family()
    return compile_cues(family.kinds, family.other_heading_cues)


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
