"""A closing line giving the document's reference code, alone or beside its version, is end
matter (decision 0438): a record of which document this is, as the version beside it is.

Each line is written for this test in our own words.
"""

import pytest


@pytest.mark.parametrize(
    "line",
    [
        "Document reference CS/POL/07 | Version 5",
        "Page reference FS-12",
        "Ref: HB-2024-3 · Version 1.1",
        "Version 2.4 | Policy reference QA-9",
        "Reference number 4471",
    ],
)
def test_a_reference_code_with_or_without_its_version_closes_the_chapter(cues, line) -> None:
    assert cues.content_kind(line, near_end=True) == "end_matter"


@pytest.mark.parametrize(
    "line",
    [
        "Reference is made to the Children Act 1989 throughout.",
        "Page reference books are kept in the team office.",
        "Document reference | Version history",
    ],
)
def test_sentences_and_labels_without_a_code_are_not_a_reference_line(cues, line) -> None:
    assert cues.content_kind(line, near_end=True) != "end_matter"
