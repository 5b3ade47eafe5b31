"""Headings as councils' pages write them in text and markdown: colon labels, long questions,
accordion arrows and icons; material of no kind (glossaries, related documents) kept apart."""

from tests.sections.helpers import assert_tiles, outline_of

TITLE = "Children's Services Policies, Values and Principles\n\n"
PROSE = "Staff listen to children and are honest with families about what worries them."


def _kinds(outline):
    return [(section.kind, section.heading) for section in outline.sections[1:]]


def test_sentence_case_labels_ending_in_a_colon_are_headings():
    text = TITLE + (
        "Purpose of this chapter:\n"
        "This chapter gives the context for every procedure in the manual. It was revised to add "
        "a paragraph on participation.\n\n"
        "The law we work within:\n"
        "Our duties come mainly from the Children Act 1989 and the Children Act 2004, and from "
        "the statutory guidance made under them.\n\n"
        "What we expect of ourselves:\n" + PROSE + "\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert [heading for _kind, heading in _kinds(outline)] == [
        "Purpose of this chapter:",
        "The law we work within:",
        "What we expect of ourselves:",
    ]
    assert outline.sections[1].kind == "scope"


def test_a_colon_line_that_leads_into_what_follows_is_no_heading():
    text = TITLE + (
        "This chapter gives the context for every procedure in the manual.\n\n"
        "We will:\n" + PROSE + "\n\nThis means:\n" + PROSE + "\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert all(section.heading not in ("We will:", "This means:") for section in outline.sections)


def test_a_long_question_standing_between_paragraphs_is_a_heading():
    text = TITLE + (
        "What do we believe?\n\n" + PROSE + "\n\n"
        "What does it mean for the council to be a parent?\n\n"
        "When a child comes into care the whole council takes on the job a parent would do, and "
        "councillors ask whether each decision would be good enough for their own child.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert _kinds(outline)[-1] == (
        "corporate_parenting",
        "What does it mean for the council to be a parent?",
    )


def test_accordion_arrows_and_icons_mark_headings_and_do_not_hide_their_words():
    text = TITLE + (
        "📄 About this chapter ▼\n\n"
        "This chapter is the starting point for the children's social care procedures.\n\n"
        "The key legislation is:\n\nChildren Act 1989\n\nChildren Act 2004\n\n"
        "Partnership ▼\n\n"
        "Children's safety depends on good joint working between the council, the NHS, the "
        "police and schools, through the local safeguarding partnership.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    headings = [heading for _kind, heading in _kinds(outline)]
    assert "📄 About this chapter ▼" in headings and "Partnership ▼" in headings
    assert outline.sections[1].kind == "scope"


def test_a_glossary_of_care_words_is_no_kind():
    text = (
        "# " + TITLE + "## Words we use\n\n"
        "**Corporate parent** \u2013 the council as a whole, acting for children in its care "
        "as a good parent would.\n\n"
        "**Care leaver** \u2013 a young person who was looked after and has now left care.\n\n"
        "**Permanence** \u2013 a secure and stable family for a child to grow up in.\n\n"
        "## Our duty as a corporate parent\n\n"
        "Every councillor is trained in corporate parenting and the board reports each year.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert _kinds(outline) == [
        ("other", "Words we use"),
        ("corporate_parenting", "Our duty as a corporate parent"),
    ]


def test_related_documents_end_the_page_as_no_kind_but_belong_to_the_scope_box_above_it():
    scope = "## Scope of this chapter\n\nThis chapter gives the context for every procedure.\n\n"
    related = "## Related documents\n\n- Corporate Parenting Strategy\n- Local Offer\n\n"
    values = "## Our values\n\n" + PROSE + "\n\n"
    end = outline_of("# " + TITLE + scope + values + related, "markdown")
    top = outline_of("# " + TITLE + scope + related + values, "markdown")
    assert_tiles(end)
    assert_tiles(top)
    assert _kinds(end)[-1] == ("other", "Related documents")
    assert ("other", "Related documents") not in _kinds(top)


def test_headings_of_no_kind_keep_their_own_sections():
    text = (
        "# " + TITLE + "## Our values\n\n" + PROSE + "\n\n"
        "## Contact us\n\nEmail the practice standards team.\n\n"
        "## Glossary\n\n**Child in need** \u2013 a child who needs services to stay healthy.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert [heading for kind, heading in _kinds(outline) if kind == "other"] == [
        "Contact us",
        "Glossary",
    ]
