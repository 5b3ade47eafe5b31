"""Plain text copied out of a PDF viewer with no blank lines (blind round 224, decision 0345): a
council's line under the title stands over a known heading as a byline standing apart does,
and a sentence ending in a raised note's number ends there.

Each case is written for this test in our own words about invented councils.
"""

from tests.sections.outline_helpers import kinds_and_openings

TITLE = "Children's Services Policies, Values and Principles\n"
BODY = (
    "This chapter sets out what the council believes about children and families and how\n"
    "those beliefs guide its practice in every team.\n"
    "Our Values\n"
    "We believe that children belong with their families and that families can change.\n"
)


def test_a_council_line_run_together_with_a_known_heading_stands_with_the_title() -> None:
    for council in ("Wrexholme Borough Council", "Wrexholme Borough Council - a guide for staff"):
        found = kinds_and_openings(TITLE + council + "\nIntroduction\n" + BODY, "plain", 20)
        assert found[0][0] == "title"
        assert found[1] == ("introduction", "Introduction\nThis ch")


def test_a_sentence_of_the_body_under_a_council_line_is_no_heading() -> None:
    found = kinds_and_openings(
        TITLE + "Wrexholme Borough Council\nWe will keep our promises.\n" + BODY, "plain", 20
    )
    assert all(kind != "scope" or not start.startswith("We will") for kind, start in found)


def test_a_sentence_ending_in_a_note_mark_ends_before_a_heading() -> None:
    text = (
        TITLE + "Wrexholme Borough Council\nIntroduction\n"
        "This chapter sets out what Wrexholme Borough Council believes\n"
        "about children and families and how those beliefs guide its work.\n"
        "It was last amended in March 2026.1\n"
        "Key Facts\n"
        "The table below gives the timescales and ages that practitioners are\n"
        "asked about most often.\n"
        "Our Values\n"
        "We believe that children belong with their families, that families can\n"
        "change with the right help, and that every child deserves adults who\n"
        "are ambitious for them and keep their promises.\n"
    )
    found = kinds_and_openings(text, "plain", 20)
    assert ("scope", "Key Facts\nThe table ") in found
