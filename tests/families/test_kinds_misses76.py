"""Content cues the known-misses round misses76 added (decision 0515), for un-headed paragraphs
the kind model, not having learnt a chapter's own wording, read weakly or merged into the
paragraph beside them: the kind of service the council tries to be for families, what makes a
good worker, two virtues weighed against each other, a few words listed as the staff's
qualities (values); a plain hope for a child, a place wanting its children to be as other
children are (vision); progress or success counted (outcomes); others carrying part of the work
(shared responsibility); nothing about a child passed on (information sharing).

Every passage is written for this test in our own words, each cue with near misses a careless
reader would take for it."""

from __future__ import annotations

import pytest

from app.sections.classify import Cues
from tests.sections.helpers import (
    SURE_OF_PRINCIPLES,
    SameReading,
    kinds_and_starts,
    outline_with_model,
)


@pytest.mark.parametrize(
    ("opening", "kind"),
    [
        ("We aim to be the kind of service any parent could trust with bad news.", "values"),
        ("We try to be the team a family would choose to have on their side.", "values"),
        (
            "Ask any parent what makes a good social worker and they will talk about manners, "
            "not procedures.",
            "values",
        ),
        (
            "If you ask children what makes a good practitioner, they say: someone who stays.",
            "values",
        ),
        ("Warmth counts for as much as candour in this service.", "values"),
        ("Honesty without kindness helps nobody, and kindness without honesty is worse.", "values"),
        ("Three words sum up how we work: listen, explain, stay.", "values"),
        ("Four words are on every team's wall: curious, kind, clear and steady.", "values"),
        (
            "The county's hope is a simple one: that every child it looks after feels at home.",
            "vision",
        ),
        ("Our hope is plain: that a child who grew up in our care is proud of it.", "vision"),
        (
            "The borough wants its children to grow up unremarkable: settled, known by name at "
            "the corner shop, and nobody's project.",
            "vision",
        ),
        (
            "Hatherley wants all its young people to feel that the town is on their side.",
            "vision",
        ),
        (
            "What Kelby wants for every child in its care can be put in a line: a home of their "
            "own and people who stay.",
            "vision",
        ),
        (
            "What we want for our children is plain: a childhood they would choose again.",
            "vision",
        ),
        ("Success is judged by what changes for the children themselves.", "key_outcomes"),
        (
            "Progress is counted in ordinary things. Is the child still at the same school?",
            "key_outcomes",
        ),
        (
            "Voluntary groups share part of this work as well, running clubs for teenagers.",
            "shared_responsibility",
        ),
        (
            "Community organisations carry their share of it too, with mentoring and tutoring.",
            "shared_responsibility",
        ),
        (
            "Nothing held about a family is handed on lightly; the reason is always recorded.",
            "information_sharing",
        ),
        (
            "No information on a child is shared without a reason the worker can give.",
            "information_sharing",
        ),
        (
            "Nothing a parent tells us is passed on unless a child would be at risk.",
            "information_sharing",
        ),
    ],
)
def test_the_new_wordings_name_their_kind(cues: Cues, opening: str, kind: str) -> None:
    assert cues.content_kind(opening) == kind


@pytest.mark.parametrize(
    ("opening", "kind"),
    [
        # What the council aims to be for its area is its vision, not a value.
        ("We aim to be the best corporate family in the region.", "values"),
        # Asking the reader to ask someone is a contact line.
        ("Ask a team manager if you are unsure what this means for a child.", "values"),
        # A quality said to need training names no second virtue.
        ("Honesty without training is not enough for a new worker.", "values"),
        # Three words of the law are no qualities of the staff.
        ("Three words set out the outcomes we seek: health, safety, school.", "values"),
        # A hope for the meeting names no child.
        ("The panel's hope is a simple one: that the meeting ends on time.", "vision"),
        # Outcomes in their own words stay theirs.
        (
            "The borough wants its children to be healthy and to achieve at school.",
            "vision",
        ),
        # What we want for children, then the outcomes' measures, is theirs.
        (
            "What we want for children is simple: that they are safe, healthy and learning.",
            "vision",
        ),
        (
            "What the county wants for its children is easy to state: good schooling and health.",
            "vision",
        ),
        # Progress on a plan at a review is a procedure.
        ("Progress is checked at every review of the child's plan.", "key_outcomes"),
        # Success counted in the service's own tasks names no child.
        ("Success is measured by the number of assessments finished on time.", "key_outcomes"),
        # Groups that carry a child to school share no work of keeping children safe.
        (
            "Voluntary groups carry children to their activities on Saturdays.",
            "shared_responsibility",
        ),
        # Nothing about a child missed shares nothing.
        ("Nothing about a child is missed when the worker visits at home.", "information_sharing"),
    ],
)
def test_near_misses_are_not_read_so(cues: Cues, opening: str, kind: str) -> None:
    assert cues.content_kind(opening) != kind


def test_an_unheaded_chapter_keeps_a_one_line_value_before_corporate_parenting() -> None:
    """With a stand-in model sure of nothing but the principles, only the cue can open the
    values at the one-sentence paragraph."""
    text = (
        "Children's Services Policies, Values and Principles\n\n"
        "This chapter applies to everyone who works in the county's children's services. It was "
        "last amended in March 2026.\n\n"
        "We try to be the service a worried parent would choose: punctual, plain-spoken and "
        "slow to promise what we cannot do.\n\n"
        "When the county looks after a child, every councillor and officer takes on a parent's "
        "part, and the seven corporate parenting principles of the 2017 Act set out what it "
        "asks of them.\n"
    )
    outline = outline_with_model(text, SameReading(SURE_OF_PRINCIPLES))
    assert ("values", "We try to be the service") in kinds_and_starts(outline, 24)
