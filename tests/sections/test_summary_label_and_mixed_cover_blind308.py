"""Blind round 308 (decision 0446): a cover under the title that mixes lines in large type with
a line in the body's type, and a summary box whose label is set larger than the chapter's own
bold headings. Each passage is in our own words."""

from tests.sections.outline_helpers import kinds_and_headings


def test_a_cover_mixing_large_lines_and_a_plain_line_stands_with_the_title() -> None:
    text = (
        "# Values and Principles for Children's Services\n\n"
        "### Oakmere Borough Council\n\n### Family Services Directorate\n\n"
        "Issue 7 \u2013 June 2026\n\n"
        "## Contents\n\nIntroduction\n\nOur values\n\n"
        "### Introduction\n\nThis chapter sets out how Oakmere's family services work and whom "
        "it covers. It applies to every team.\n\n"
        "### Our values\n\nWe are open with families. We keep our word.\n"
    )

    sections = kinds_and_headings(text, "markdown")

    assert sections[0] == ("title", "Values and Principles for Children's Services")
    assert ("scope", "Contents") in sections
    assert all(heading != "Oakmere Borough Council" for _, heading in sections)
    assert all(heading != "Family Services Directorate" for _, heading in sections)


def test_a_cover_line_ending_a_sentence_is_no_cover_line() -> None:
    text = (
        "# Values and Principles for Children's Services\n\n"
        "### Oakmere Borough Council\n\n### Family Services Directorate\n\n"
        "This directorate was formed in 2024.\n\n"
        "## Contents\n\nIntroduction\n\nOur values\n\n"
        "### Introduction\n\nThis chapter sets out how Oakmere's family services work and whom "
        "it covers. It applies to every team.\n"
    )

    headings = [heading for _, heading in kinds_and_headings(text, "markdown")]

    assert "Family Services Directorate" in headings or "Oakmere Borough Council" in headings


SUMMARY = (
    "# Values and Principles for Children's Services\n\n"
    "## Key facts\n\n"
    "Who this covers: all family support staff\n"
    "Responsible officer: Head of Family Services\n"
    "Last amended: 9 April 2026\n\n"
    "**WHY WE WROTE THIS**\n\n"
    "This chapter says what we believe and how it should shape our daily work with families. "
    "Procedures elsewhere give the detail.\n\n"
    "**THE LAW**\n\n"
    "Our duties come from the Children Act 1989 and the Children Act 2004.\n\n"
    "**WHAT YOU CAN EXPECT FROM US**\n\n"
    "We will tell you what we have decided and why. We will help you keep in touch with the "
    "people you love.\n\n"
    "**CORPORATE PARENTING**\n\n"
    "Every councillor shares the job of parenting the children in our care.\n"
)


def test_a_summary_label_set_larger_heads_none_of_the_bold_headings_after_it() -> None:
    sections = kinds_and_headings(SUMMARY, "markdown")
    headings = [heading for _, heading in sections]

    assert headings[:2] == ["Values and Principles for Children's Services", "Key facts"]
    assert "WHAT YOU CAN EXPECT FROM US" in headings
