"""Content cues blind set 61 showed missing (decision 0115): the manual's procedures saying whom
they apply to, "the chapter" dated as amended, a vision set a number of years ahead, a
well-known model the service has used or followed, outcomes ending on a home of their own or
readiness for work, and information or records said first to be kept safe."""

import pytest


@pytest.mark.parametrize(
    ("opening", "kind"),
    [
        (
            "These procedures apply to everyone who works in the county's children's services.",
            "scope",
        ),
        ("The pages in this manual apply to all staff and to commissioned providers.", "scope"),
        ("The chapter was amended in May 2025 to add a glossary of terms.", "scope"),
        (
            "In ten years' time we want Ashby Vale to be a borough where fewer children need care.",
            "vision",
        ),
        (
            "By 2030 we would like every child in the district to live near the people they love.",
            "vision",
        ),
        (
            "The council has used Systemic Practice since 2019, and clinicians join the units.",
            "practice_model",
        ),
        (
            "Our borough has followed the Family Safeguarding model for three years.",
            "practice_model",
        ),
        (
            "We want our children to be healthy, to be safe, to do well in education and to grow "
            "into young adults with a home of their own.",
            "key_outcomes",
        ),
        (
            "We want every child to be safe and healthy, to enjoy learning at school and to be "
            "ready for work when they leave.",
            "key_outcomes",
        ),
        (
            "Staff keep information about children and their families securely at all times.",
            "information_sharing",
        ),
        (
            "Personal data is handled in line with the Data Protection Act 2018.",
            "information_sharing",
        ),
        (
            "Records are kept up to date and stored securely on the case system.",
            "information_sharing",
        ),
    ],
)
def test_wordings_name_their_kind(cues, opening: str, kind: str) -> None:
    assert cues.content_kind(opening, near_end=False) == kind


@pytest.mark.parametrize(
    ("opening", "kind"),
    [
        ("These principles apply to every child in the council's care.", "scope"),
        ("The chapter on leaving care sets out the local offer.", "scope"),
        ("Over the next three years we want to recruit forty new foster families.", "vision"),
        ("In two years we want to reduce agency staff by half.", "vision"),
        ("The service has used agency staff since 2021 to cover vacancies.", "practice_model"),
        ("We want every child to be safe and to have a home near their school.", "key_outcomes"),
        ("Staff keep in touch with care leavers until they are 25.", "information_sharing"),
        ("Records of every review are sent to the child's parents.", "information_sharing"),
    ],
)
def test_near_wordings_do_not(cues, opening: str, kind: str) -> None:
    assert cues.content_kind(opening, near_end=False) != kind
