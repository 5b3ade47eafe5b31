"""A sub-heading after an un-headed stretch (decision 0372): three topics at length under one
heading, then a sub-heading the kind model reads as another kind. The stretches are taken out as
in a section with no sub-heading (decision 0066), and the sub-heading heads a section of its own
rather than joining the last stretch; where no stretch leaves the heading's topic first, the
sub-headings stay the section's parts (decision 0043).

Every text is written for these tests in our own words. Sections still tile the text.
"""

from __future__ import annotations

from tests.sections.outline_helpers import kinds_and_headings

_TITLE = "# Policies and Principles\n\n"
_PARTNERS = (
    "## How we work\n\n"
    "Children's services are one partner among many in a child's life. We plan with schools, "
    "GPs, health visitors and the police through the local partnership, and agree with them "
    "who will do what.\n\n"
    "When two agencies disagree about what a child needs, the disagreement is raised with "
    "managers the same week rather than left to hold up the plan.\n\n"
)
_VALUES = (
    "Beneath this work lie the values we expect of every member of staff. We are honest with "
    "parents about what worries us, we listen before we decide, and we respect each family's "
    "culture, language and faith.\n\n"
    "We would rather ask one question too many than miss something that matters, and we "
    "keep the promises we make to children, however small.\n\n"
)
_PARENT = (
    "Thornbury Council acts as the corporate parent of each of its children in care and care "
    "leavers. Members and officers apply the corporate parenting principles and ask of every "
    "decision whether it would be good enough for their own child.\n\n"
    "The corporate parenting board meets every quarter and hears from young people about what "
    "should change.\n\n"
)
_SUB = (
    "### Working alongside families\n\n"
    "Since 2021 our social workers have practised Signs of Safety. They map the dangers and "
    "strengths in a family with the family itself and build safety plans with the people who "
    "will keep them.\n\n"
)
_AFTER = (
    "## Leaving care\n\n"
    "Care leavers keep a personal adviser until they are 21, and until 25 if they are "
    "studying.\n"
)


def test_a_sub_heading_after_stretches_opens_its_own_section() -> None:
    assert kinds_and_headings(
        _TITLE + _PARTNERS + _VALUES + _PARENT + _SUB + _AFTER, "markdown"
    ) == [
        ("title", "Policies and Principles"),
        ("shared_responsibility", "How we work"),
        ("values", None),
        ("corporate_parenting", None),
        ("practice_model", "Working alongside families"),
        ("key_principles", "Leaving care"),
    ]


def test_sub_headings_under_a_section_of_one_topic_stay_its_parts() -> None:
    text = (
        _TITLE
        + _PARTNERS
        + "### Escalation\n\nManagers resolve disagreements between agencies within a week, "
        "and the partnership's procedure says how.\n\n" + _AFTER
    )
    assert kinds_and_headings(text, "markdown") == [
        ("title", "Policies and Principles"),
        ("shared_responsibility", "How we work"),
        ("key_principles", "Leaving care"),
    ]
