"""A chapter with no headings at all still has its name on its first line, and that name may name
a kind ("Corporate Parenting"): over a whole body of paragraphs and lists with no other heading,
the line is the title, and the body is read paragraph by paragraph (blind round 115, decision
0189). Each text is in our own words."""

from tests.sections.outline_helpers import kinds_and_headings

_BODY = (
    "Our duties to children in care come from these Acts:\n\n"
    "- Children Act 1989\n- Children and Social Work Act 2017\n\n"
    "We want every child we look after to feel at home wherever they live.\n\n"
    "Councillors and officers are corporate parents and follow the seven corporate parenting "
    "principles in every decision about our Children in Care.\n\n"
    "Records are shared with other agencies only when the law allows it or the child agrees.\n\n"
    "This chapter applies to every councillor and officer of the council.\n"
)


def test_a_first_line_naming_a_kind_over_a_body_with_no_headings_is_the_title() -> None:
    sections = kinds_and_headings("Corporate Parenting\n\n" + _BODY, "plain")

    assert sections[0] == ("title", "Corporate Parenting")
    assert len(sections) > 2
    assert "introduction" in [kind for kind, _heading in sections]


def test_so_it_is_in_markdown_without_markup() -> None:
    sections = kinds_and_headings("Leaving Care and Moving On\n\n" + _BODY, "markdown")

    assert sections[0] == ("title", "Leaving Care and Moving On")


def test_over_a_short_body_it_stays_a_section() -> None:
    text = (
        "Corporate Parenting\n\nCouncillors and officers are corporate parents to every child "
        "in care.\n\nThey follow the seven principles.\n"
    )

    assert kinds_and_headings(text, "plain")[0][0] == "corporate_parenting"


def test_a_numbered_first_line_opens_a_section() -> None:
    assert kinds_and_headings("1. Corporate Parenting\n\n" + _BODY, "plain")[0][0] != "title"
