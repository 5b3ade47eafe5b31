"""The family's readings met in the twenty-ninth blind round (chapters as converters leave
them): a legislation list in a pandoc grid table, a version label ending the byline under the
title, a place named as a model's place ("a Safe and Together borough"), and facts read from
text that pdftotext printed (a phrase broken by hyphenation, a column's short lines).

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source
from tests.reading import facts_of

TITLE = "Children's Services Policies, Values and Principles\n\n"

GRID = """**Introduction**

The council's duties come from these Acts:

+----------------------------------+----------------------------------+
| **Act**                          | **What it covers**               |
+==================================+==================================+
| Children Act 1989                | Children in need, care orders    |
|                                  | and accommodation                |
+----------------------------------+----------------------------------+
| Children and Families Act 2014   | Family courts and special        |
|                                  | educational needs                |
+----------------------------------+----------------------------------+
| Children and Social Work Act     | Corporate parenting principles   |
| 2017                             |                                  |
+----------------------------------+----------------------------------+
| Equality Act 2010                | Fair treatment                   |
+----------------------------------+----------------------------------+
"""


def test_a_grid_table_lists_its_acts_a_row_each():
    facts = facts_of("**" + TITLE.strip() + "**\n\n" + GRID, "chapter.md")
    assert facts["legislation_count"].value == 4


def test_a_wrapped_cell_s_second_line_is_not_a_row_of_its_own():
    facts = facts_of("**" + TITLE.strip() + "**\n\n" + GRID, "chapter.md")
    cited = [item["cited"] for item in facts["legislation"].value]
    assert "Children and Social Work Act" in cited[2]
    assert len(cited) == 4


def test_a_version_label_ends_the_byline_under_the_title():
    for byline in (
        "Fernhurst Council \u2013 Family Help Procedures \u2013 Version 7",
        "Family Help Procedures | Version 2.4",
        "Fernhurst Council \u00b7 Issue 3",
    ):
        text = TITLE + byline + "\n\nScope\n\nThis chapter covers every team.\n"
        label = facts_of(text)["version_label"].value
        assert label == byline.rsplit(" ", 2)[-2] + " " + byline.rsplit(" ", 1)[-1], byline


def test_a_version_named_after_a_dash_in_a_sentence_is_not_a_label():
    text = TITLE + (
        "Scope\n\nWe adopted the toolkit in 2019. The toolkit has changed since - version 2\n\n"
        "Our values\n\nWe are kind.\n"
    )
    assert facts_of(text)["version_label"].value is None


def _kinds(text: str) -> list[str]:
    analyzed = analyze(read_source(text.encode(), "chapter.md"), get_family())
    return [section.kind for section in analyzed.outline.sections]


def test_a_place_named_as_a_models_place_is_the_practice_model():
    text = (
        "# Our policy\n\n## Scope\n\nThis chapter covers all social work teams.\n\n"
        "## How we practise\n\n"
        "Thornwick is a Family Safeguarding county. Specialist adult workers join each team so "
        "that parents get help with what puts their children at risk.\n"
    )
    assert _kinds(text)[-1] == "practice_model"


def test_a_place_described_by_its_size_names_no_model():
    text = (
        "# Our policy\n\n## Scope\n\nThis chapter covers all social work teams.\n\n"
        "## How we practise\n\n"
        "Thornwick is a large rural county. We keep families together wherever it is safe and "
        "we look to relatives first when a child cannot stay at home.\n"
    )
    assert _kinds(text)[-1] == "key_principles"


def test_facts_read_whole_from_a_printed_column_of_short_lines():
    text = (
        TITLE + "Corporate parenting\n"
        "The council follows the seven corporate\n"
        "parenting prin\u2010\n"
        "ciples of the 2017 Act.\n\n"
        "Leaving care\n"
        "Young people who leave our care have a\n"
        "personal adviser until they reach\n"
        "21, and up to 25 if they are in\n"
        "education or training.\n\f"
    )
    facts = facts_of(text)
    assert facts["corporate_parenting_principles"].value == 7
    age = facts["leaving_care_support_age"].value
    assert age is not None and age["age"] == 21
    assert [extension["age"] for extension in age["extended"]] == [25]
