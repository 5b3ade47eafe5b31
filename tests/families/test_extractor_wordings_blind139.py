"""The family's extractors on wordings met in blind round 139 (decision 0231): a version label
opening a closing line, set apart by a spaced dash from who owns the document ("Version 6 —
owned by the Principal Social Worker"), is the chapter's version.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

import pytest

from tests.reading import facts_of

BODY = "Our policy.\n\nWe visit every child in our care at least once every six weeks.\n\n"


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Version 6 \u2014 owned by the Principal Social Worker", "Version 6"),
        ("Version 2.1 - Owner: Head of Quality Assurance", "Version 2.1"),
        ("v4 \u2013 document owner: Service Manager, Safeguarding", "v4"),
    ],
)
def test_a_version_line_naming_its_owner_after_a_dash_is_the_label(line: str, label: str) -> None:
    assert facts_of(BODY + line + "\n")["version_label"].value == label


def test_a_version_of_something_else_in_prose_is_no_label() -> None:
    text = (
        BODY
        + "Version 2 of the model \u2014 owned by the national charity \u2014 came out in 2020.\n"
    )
    assert facts_of(text)["version_label"].value is None
