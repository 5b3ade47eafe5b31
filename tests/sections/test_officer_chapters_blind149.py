"""Shapes of the hundred-and-forty-ninth blind round's officer-written chapters (decision 0245):
a Word file set all in the Normal style whose headings are bold sentences, a council's byline
with its service under the title (over a stamp sentence, or over a heading), and numbered
paragraphs in groups with no headings, two groups of one kind side by side. Each text is
written for this test in our own words."""

from app.sections.paragraph_numbers import opens_numbered_group
from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

BOLD_SENTENCES = (
    "**Policies and Principles for Children's Services**\n\n"
    "Ashby Marsh Borough Council\n\n"
    "**This chapter covers every child in our care.**\n\n"
    "It applies to every child looked after by the council and to young people who have left "
    "our care, and everyone who works with them should read it.\n\n"
    "**The law gives us our duties.**\n\n"
    "Our duties come from the Children Act 1989 and the Children and Social Work Act 2017, and "
    "from the guidance made under them.\n\n"
    "**We hold ourselves to clear values.**\n\n"
    "We are honest with children and families, we keep our promises and we treat every child "
    "as the individual they are.\n\n"
    "**The whole council is a parent.**\n\n"
    "Every councillor and officer is a corporate parent of the children we look after, and the "
    "seven corporate parenting principles guide what we decide for them.\n"
)


def test_bold_sentences_head_the_sections_of_a_chapter_headed_so() -> None:
    outline = outline_of(BOLD_SENTENCES, "markdown")
    assert_tiles(outline)
    assert [(section.kind, section.heading) for section in outline.sections] == [
        ("title", "Policies and Principles for Children's Services"),
        ("scope", "This chapter covers every child in our care."),
        ("introduction", "The law gives us our duties."),
        ("values", "We hold ourselves to clear values."),
        ("corporate_parenting", "The whole council is a parent."),
    ]


def test_one_bold_sentence_is_an_emphasis_not_a_heading() -> None:
    text = (
        "## Our values\n\n"
        "We are honest with children and families and we keep our promises to them.\n\n"
        "**Please read this with the safeguarding procedures.**\n\n"
        "We treat every child as the individual they are, and we notice what they do well as "
        "much as what has gone wrong.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    headings = [section.heading for section in outline.sections]
    assert "Please read this with the safeguarding procedures." not in headings


def test_a_byline_with_its_service_over_a_stamp_sentence_stays_with_the_title() -> None:
    text = (
        "Children's Services Policies, Values and Principles\n\n"
        "Brindle Vale Borough Council, Children and Families Service\n\n"
        "This chapter was last revised in October 2025.\n\n"
        "Who does this apply to?\n\n"
        "This chapter is for all our staff and for the carers and partners who work with the "
        "children in our care.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert kinds_and_starts(outline, 23) == [
        ("title", "Children's Services Pol"),
        ("scope", "This chapter was last r"),
        ("scope", "Who does this apply to?"),
    ]
    assert "Brindle Vale Borough Council" in outline.sections[0].text


def test_a_council_byline_over_a_heading_stays_with_the_title() -> None:
    outline = outline_of(BOLD_SENTENCES, "markdown")
    assert "Ashby Marsh Borough Council" in outline.sections[0].text


def test_a_line_naming_no_council_under_the_title_keeps_its_section() -> None:
    text = BOLD_SENTENCES.replace("Ashby Marsh Borough Council", "Who this chapter is for")
    headings = [section.heading for section in outline_of(text, "markdown").sections]
    assert "Who this chapter is for" in headings


NUMBERED = (
    "Policies and Principles: Children's Services\n\n"
    "1.1 This chapter sets out what the council expects of everyone who works with the children "
    "in its care and with young people who have left care.\n\n"
    "1.2 It does not replace the detailed procedures elsewhere in this manual.\n\n"
    "2.1 The council as a whole is the corporate parent of every looked after child and care "
    "leaver, and it has regard to the seven corporate parenting principles.\n\n"
    "3.1 Every looked after child needs to know where they will grow up. A permanence plan "
    "should be in place within four months of the child becoming looked after.\n\n"
    "3.2 Where a child can live safely with a relative, we will consider that first.\n\n"
    "4.1 Young people leaving care keep a personal adviser until they are 25, and their pathway "
    "plan sets out help with housing, money and work.\n\n"
    "4.2 Staying Put is offered to every young person who wants it.\n"
)


def test_each_group_of_numbered_paragraphs_is_a_section_even_of_one_kind() -> None:
    outline = outline_of(NUMBERED)
    assert_tiles(outline)
    starts = [section.text[:3] for section in outline.sections]
    assert "3.1" in starts
    assert "4.1" in starts
    kinds = {section.text[:3]: section.kind for section in outline.sections}
    assert kinds["3.1"] == kinds["4.1"] == "key_principles"


def test_paragraphs_of_one_group_stay_together() -> None:
    starts = [section.text[:3] for section in outline_of(NUMBERED).sections]
    assert "3.2" not in starts
    assert "4.2" not in starts


def test_a_group_opens_where_its_number_changes() -> None:
    assert opens_numbered_group(
        ["1.1 One.", "1.2 Two.", "- an item", "2.1 Three.", "3. Four.", "3.1 Five.", "4.1 Six."]
    ) == [True, False, False, True, False, False, True]


def test_a_sub_paragraph_under_its_whole_number_goes_on_with_it() -> None:
    text = (
        "Policies and Principles: Children's Services\n\n"
        "1. This chapter sets out what the council expects of everyone who works with the "
        "children in its care.\n\n"
        "2. The council provides social care to children under the Children Act 1989 and the "
        "Children and Families Act 2014.\n\n"
        "2.1 The policy covers children in need, children subject to child protection plans and "
        "children looked after.\n\n"
        "3. The council as a whole is the corporate parent of every looked after child.\n\n"
        "3.1 It has regard to the seven corporate parenting principles.\n\n"
        "4. Every looked after child needs to know where they will grow up.\n\n"
        "4.1 A permanence plan should be in place within four months.\n"
    )
    starts = [section.text[:3] for section in outline_of(text).sections]
    assert "2.1" not in starts
    assert "3.1" not in starts
    assert "4.1" not in starts
