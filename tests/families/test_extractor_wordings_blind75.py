"""The family's extractors on wordings met in blind round 75: a closing version line numbered on
with the document's sections ("10.1 Version 2.3, approved by …"), as house styles carrying a
multi-level numbering definition draw it, and a version approved by an office named with what it
heads ("the Director of Children's Services", "the Head of Service").

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

import pytest

from tests.families.fact_helpers import fact_value


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "## 12. Document history\n\n12.1 Version 4.1, approved by the Director of Children's "
            "Services in March 2025.\n",
            "Version 4.1",
        ),
        ("## 9. Control\n\n9.2 Version 6\n", "Version 6"),
        (
            "## Document control\n\n3. Version 2.0 - approved by the Head of Service "
            "in May 2025.\n",
            "Version 2.0",
        ),
        (
            "Version 1.7, approved by the Assistant Director for Safeguarding on 4 June 2025.\n",
            "Version 1.7",
        ),
    ],
)
def test_numbered_version_lines_and_offices_named_with_what_they_head(text, label):
    assert fact_value(text, "version_label") == label


@pytest.mark.parametrize(
    "text",
    [
        # A numbered paragraph naming a version of a model in prose, not the chapter's version.
        "6.1 Version 2 of the practice framework was adopted by the council in 2021 and is "
        "used by every team.\n",
        # A numbered paragraph about a version of the guidance, carrying on after its date.
        "2.3 Version 3 was approved by the Director of Children's Services in May 2024 and "
        "replaced the earlier protocol for sharing records.\n",
    ],
)
def test_numbered_paragraphs_naming_a_version_in_prose(text):
    assert fact_value(text, "version_label") is None
