"""Bodies outside the service that stand beside a child (advocates, independent visitors,
community, voluntary and faith groups, charities), listed with others as the subject and said
all to help or to know the child best, open the shared responsibility (misses86, decision
0581; blind387's two headed sections read `other` or the principles with a model that had not
learned them). Each case is written for this test in other words about invented councils."""

from __future__ import annotations

import pytest

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source
from app.sections.classify import Cues


@pytest.mark.parametrize(
    "opening",
    [
        "Advocates, the children's rights officer and independent visitors all help children "
        "to speak up.",
        "The advocacy service, independent visitors and the children in care council all play "
        "a part in hearing what children say.",
        "Faith groups, neighbours, sports clubs and relatives often know best what a child enjoys.",
        "Local communities and voluntary organisations often know the family far better than "
        "we do.",
    ],
)
def test_bodies_beside_the_child_helping_or_knowing_it_open_the_shared_work(
    cues: Cues, opening: str
) -> None:
    assert cues.content_kind(opening) == "shared_responsibility"


@pytest.mark.parametrize(
    "opening",
    [
        "Parents, grandparents and aunts often know best what a child likes.",
        "Councillors, officers and managers all help children in care.",
        "Community groups are told about the consultation each spring.",
        "The advocacy service and the reviewing officer agree the date of the meeting.",
    ],
)
def test_family_officers_or_a_body_named_alone_open_no_shared_work(
    cues: Cues, opening: str
) -> None:
    assert cues.content_kind(opening) != "shared_responsibility"


_CHAPTER = (
    "# Music and Drama for Children in Care: Policy, Values and Principles\n\n"
    "## About this chapter\n\n"
    "Orrinford Council amended this chapter in June 2026. It is for carers and staff who help "
    "children in care take up music, drama and dance.\n\n"
    "## What we believe\n\n"
    "We believe every child in care should have the chance to sing, act and play, and that "
    "taking part builds confidence that lasts.\n\n"
    "## Others around the child\n\n"
    "Youth theatres, faith groups, the music hub and grandparents often know best what a child "
    "loves to do, and carers ask them before a child signs up.\n\n"
    "## Paying for lessons\n\n"
    "The carer asks the social worker, who agrees the cost of lessons within ten working "
    "days.\n"
)


def test_a_headed_section_opening_with_them_reads_as_the_shared_work() -> None:
    source = read_source(_CHAPTER.encode(), filename="music.md")
    sections = analyze(source, get_family()).outline.sections
    kinds = {section.heading: section.kind for section in sections}
    assert kinds["Others around the child"] == "shared_responsibility"
