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


# --- corporate parenting principles: the list after a note in another section -----------------

_NOTE_THEN_LAW = (
    "Family Help Policy\n\n"
    "1) This chapter tells every worker in the Wexcombe family help service how the service "
    "is run, and it applies to all of our staff.\n\n"
    "2) Last amended: 03/02/2025. The paragraphs on corporate parenting principles were "
    "rewritten then.\n\n"
    "3) Wexcombe Council provides help to children in need and their families within a "
    "framework of legislation and guidance, including:\n"
    "(i) the Children Act 1989;\n"
    "(ii) the Children Act 2004;\n"
    "(iii) the Children and Families Act 2014.\n\n"
    "4) Information about children and their families is kept confidential. It is shared "
    "only where the law allows it, and each decision to share it is recorded.\n"
)


def test_a_note_naming_the_principles_does_not_count_the_law_listed_in_the_next_section():
    facts = facts_of(_NOTE_THEN_LAW)
    assert facts["legislation_count"].value == 3
    assert facts["corporate_parenting_principles"].value == 0


def test_principles_introduced_in_the_sentence_before_their_list_still_count():
    text = (
        "Family Help Policy\n\n"
        "Corporate parenting\n\n"
        "The council has adopted the corporate parenting principles. They are these:\n\n"
        "- to act in the child's best interests;\n- to hear the child's views;\n"
        "- to take those views into account;\n- to help the child use services;\n"
        "- to hold high aspirations;\n- to keep the child safe and settled;\n"
        "- to prepare the child for adult life.\n"
    )
    assert facts_of(text)["corporate_parenting_principles"].value == 7
