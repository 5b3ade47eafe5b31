"""Wordings blind set 42 showed the reader missing (decision 0088).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

import pytest

from tests.reading import facts_of

_CHAPTER = (
    "Family Help Policy\n\n"
    "This chapter tells every worker in the family help service how the service is run.\n\n"
    "We keep information about families confidential.\n\n"
    "{line}\n"
)


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Document version 7.2", "7.2"),
        ("Document version v3", "v3"),
        ("Document Version 12", "12"),
    ],
)
def test_a_document_version_line_without_a_colon_gives_its_number(line: str, label: str) -> None:
    assert facts_of(_CHAPTER.format(line=line))["version_label"].value == label


@pytest.mark.parametrize(
    "line",
    [
        "Please keep the document version 2 of the form for your records.",
        "Document version 7.2 was withdrawn when the hubs opened.",
    ],
)
def test_a_document_version_inside_a_sentence_is_no_label(line: str) -> None:
    assert facts_of(_CHAPTER.format(line=line))["version_label"].value is None
