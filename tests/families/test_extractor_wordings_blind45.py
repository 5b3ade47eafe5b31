"""Facts and kinds in wordings blind set 45 showed the reader missing (decision 0091).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

import pytest

from tests.reading import facts_of

# --- version label: closing a line of document-control fields ------------------------------------


def test_a_version_label_closing_a_line_of_document_control_fields_is_the_label():
    text = (
        "Early Help Policy\n\n"
        "Our aims\n"
        "We help families before problems grow.\n\n"
        "Policy owner: Early Help Manager. Version 2.3, approved 4 March 2025.\n"
    )
    assert facts_of(text)["version_label"].value == "Version 2.3"


def test_a_version_named_in_a_sentence_after_another_is_no_label():
    text = (
        "Early Help Policy\n\n"
        "Our aims\n"
        "We adopted the hub model in 2019. Version 2 of the model came in 2023.\n"
    )
    assert facts_of(text)["version_label"].value is None


def test_a_version_closing_a_prose_line_that_is_no_field_is_no_label():
    text = (
        "Early Help Policy\n\n"
        "Our aims\n"
        "Families told us the leaflet was hard to read. Version 3, May 2025.\n"
    )
    assert facts_of(text)["version_label"].value is None


# --- end matter: a closing line of document-control fields ---------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Document owner: Head of Early Help. Version 1.4, issued 21 July 2025.",
        "Author: Service Manager, Fostering. Version 3 - next review June 2026.",
    ],
)
def test_a_line_of_document_control_fields_with_its_version_is_end_matter(cues, line):
    assert cues.content_kind(line) == "end_matter"


def test_an_owner_named_in_prose_is_no_end_matter(cues):
    assert cues.content_kind("Owner: each team manager keeps the rota up to date.") is None


# --- version label: closing a byline of a name (decision 0240) -----------------------------------


def test_a_version_label_after_the_councils_name_on_its_line_is_the_label():
    text = (
        "Early Help Policy\n\n"
        "Aldwick Borough Council. Version 3.1\n\n"
        "Our aims\n"
        "We help families before problems grow.\n"
    )
    assert facts_of(text)["version_label"].value == "Version 3.1"


@pytest.mark.parametrize(
    "line",
    [
        "We changed the leaflet. Version 3.1",
        "Families in Aldwick Asked Us For Clearer Letters In Plain English Every Time. Version 3.1",
    ],
)
def test_a_version_after_a_sentence_or_a_long_capitalised_run_is_no_label(line):
    text = f"Early Help Policy\n\nOur aims\nWe help families before problems grow.\n{line}\n"
    assert facts_of(text)["version_label"].value is None
