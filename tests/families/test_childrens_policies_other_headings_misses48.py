"""Known-misses round forty-eight (decision 0321): a heading that names a service or body a
council adds to the chapter, which none of the family's kinds holds, is `other` by its words.

The family declares such headings in its kinds file (`heading_cues` under `[other]`): the
Virtual School, the Children in Care Council, interpreters and translation, the complaints
procedure, travel to family time, roles and responsibilities, a report's quote of someone
speaking for the council, a pointer to read the chapter. The kind model read each as the kind
whose words the body shares (education as principles, the Children in Care Council as corporate
parenting). A kind's own heading cue or hint that also names such a body keeps its kind, and a
heading that names the body beside a kind's topic is not matched. Each chapter and sentence is
written for this test in our own words about invented councils.
"""

import pytest

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source


def _sections(heading: str, body: str) -> list[tuple[str, str | None, str]]:
    page = (
        "# Children's Services Policies, Values and Principles\n\n"
        "## About this chapter\n\n"
        "This chapter sets out what Harrowdene Council believes about its work with children "
        "and was last changed in April 2026.\n\n"
        "## Our legal duties\n\n"
        "Our duties come from the Children Act 1989 and the Children Act 2004.\n\n"
        "## Where children grow up\n\n"
        "Children should grow up with their own families wherever that is safe.\n\n"
        f"## {heading}\n\n{body}\n\n"
        "## Keeping information safe\n\n"
        "Information about families is confidential and shared only to protect a child.\n"
    )
    analyzed = analyze(read_source(page.encode(), "page.md"), get_family())
    return [
        (section.kind, section.heading, section.decided_by) for section in analyzed.outline.sections
    ]


def _reading_of(heading: str, body: str) -> tuple[str, str]:
    for kind, read_heading, decided_by in _sections(heading, body):
        if read_heading == heading:
            return kind, decided_by
    raise AssertionError(f"no section headed {heading!r}")


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        (
            "The Marlbeck Virtual School",
            "Our virtual school head knows every school-age child we look after and joins the "
            "meeting that sets each child's personal education plan.",
        ),
        (
            "Partnership with the Virtual School",
            "Social workers and the virtual school team agree together how a child's pupil "
            "premium is spent and check at each review that the child is making progress.",
        ),
        (
            "Our Children in Care Council (CiCC)",
            "Twelve young people sit on our council. They meet the Director of Children's "
            "Services each term, sit on interview panels and told councillors last year what "
            "should change about placements.",
        ),
        (
            "Thornby Children Looked After Council",
            "The council of children looked after meets in the school holidays and reports to "
            "the corporate parenting panel twice a year.",
        ),
        (
            "Interpreting and translation",
            "Families who need it are offered a qualified interpreter for every meeting, free "
            "of charge, and letters can be sent in their first language.",
        ),
        (
            "Compliments and complaints",
            "Anyone who is unhappy with our service can ask a manager to look at it again, and "
            "a young person can have an advocate to help them make a complaint.",
        ),
        (
            "How to make a complaint",
            "Complaints go first to the team manager, who answers within ten working days.",
        ),
        (
            "Travel to contact",
            "Where a parent cannot afford the bus fare to see their child, the service pays "
            "it, and an escort goes with younger children.",
        ),
        (
            "Key roles and responsibilities",
            "The Assistant Director approves this chapter; each team manager makes sure their "
            "staff have read it.",
        ),
        (
            "What the Cabinet Member said",
            '"Every child we look after deserves a home they can count on," she told the '
            "meeting, thanking the foster carers who came to hear the decision.",
        ),
        (
            "Read the full policy",
            "The whole chapter is in the online manual, with the procedures it links to.",
        ),
    ],
)
def test_a_heading_naming_a_local_service_or_body_is_other_by_heading(
    heading: str, body: str
) -> None:
    assert _reading_of(heading, body) == ("other", "heading")


def test_what_the_law_says_stays_the_introductions() -> None:
    kind, decided_by = _reading_of(
        "What the law says",
        "The Children Act 1989 and the Children and Families Act 2014 set out our duties.",
    )
    assert (kind, decided_by) == ("introduction", "heading")


def test_a_kinds_own_heading_cue_that_names_the_body_keeps_its_kind() -> None:
    kind, decided_by = _reading_of(
        "Corporate parenting and the Children in Care Council",
        "Every councillor is a corporate parent, and our Children in Care Council tells them "
        "each year what children in care think of the service.",
    )
    assert (kind, decided_by) == ("corporate_parenting", "heading")


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        # the Virtual School beside an outcome: education is an outcome for children
        (
            "Education and the Virtual School",
            "We want every child in care to do as well at school as their classmates, and we "
            "measure their attendance and their results each year.",
        ),
        # family time itself, not the travel to it
        (
            "Family time",
            "Children in care should keep in touch with their parents, brothers and sisters "
            "wherever it is safe, and their wishes about it are heard.",
        ),
        # what someone says that the chapter speaks of in its own voice
        (
            "What the council says it will do",
            "We will answer every letter within ten working days and tell families who is "
            "working with them.",
        ),
        # another council's body, or a youth panel the service listens to, is not matched here
        (
            "Listening to our Youth Council",
            "We ask young people what they think before we change a service, and we tell them "
            "what we did with their views.",
        ),
    ],
)
def test_a_heading_that_names_the_body_beside_a_kinds_topic_is_no_decision_by_heading(
    heading: str, body: str
) -> None:
    kind, decided_by = _reading_of(heading, body)
    assert not (kind == "other" and decided_by == "heading")
