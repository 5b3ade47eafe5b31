"""The family's extractors and cues on wordings met in blind round 207 (decision 0326): a version
label opening a closing line, set apart by a spaced dash from who approved the document, is the
chapter's version and its line end matter; the dash may be two hyphens, as pandoc writes an en
dash.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

import pytest

from tests.reading import facts_of

BODY = "Our policy.\n\nWe visit every child in our care at least once every six weeks.\n\n"


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Version 5.2 -- approved by the Director of Children's Services", "Version 5.2"),
        ("Version 3 \u2013 approved by the Corporate Parenting Panel", "Version 3"),
        ("v7 - Approver: Head of Practice", "v7"),
        ("Version 1.4 -- owned by the Principal Social Worker", "Version 1.4"),
    ],
)
def test_a_version_line_naming_who_approved_it_after_a_dash_is_the_label(
    line: str, label: str
) -> None:
    assert facts_of(BODY + line + "\n")["version_label"].value == label


def test_a_version_of_something_else_approved_in_prose_is_no_label() -> None:
    text = BODY + "Version 2 of the toolkit -- approved by the partnership -- is used in 2025.\n"
    assert facts_of(text)["version_label"].value is None


@pytest.mark.parametrize(
    "line",
    [
        "Version 5.2 -- approved by the Director of Children's Services",
        "Version 4 -- Owner: Head of Service, Children in Care",
    ],
)
def test_a_version_line_with_a_double_hyphen_before_its_approver_is_end_matter(cues, line):
    assert cues.content_kind(line) == "end_matter"


def test_a_sentence_about_approving_versions_is_not_end_matter(cues):
    line = "Versions of each plan -- approved by a manager -- are kept on the child's file."
    assert cues.content_kind(line) != "end_matter"
