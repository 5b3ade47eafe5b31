"""Three readings from the last known misses (decision 0069): a first section under a heading
that only hints at its kind ("Purpose") that says whom the chapter applies to after a sentence
naming its subject is the scope, while "Introduction" keeps its kind (decision 0127); "Who we
are" opens the introduction; "Working with families" (and the people a service works with) opens
the key principles, while working with partners stays shared responsibility."""

from app.families import get_family
from app.sections import split_sections
from tests.sections.helpers import assert_tiles, outline_of

LATER = (
    "2. Our legal duties\n\n2.1 Our work rests on the Children Act 1989 and the Children Act "
    "2004.\n\n3. What we value\n\n3.1 We are honest with families and we keep our promises.\n"
)


def _kinds(outline):
    return [section.kind for section in outline.sections]


def test_a_numbered_first_paragraph_that_says_whom_it_applies_to_second_is_the_scope():
    text = (
        "Fostering Service: Values and Principles\n\n1. Purpose\n\n1.1 This chapter "
        "describes what the fostering service believes in. It applies to every foster carer and "
        "every supervising social worker.\n\n" + LATER
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert _kinds(outline)[:2] == ["title", "scope"]
    assert outline.sections[1].heading == "1. Purpose"


def test_under_an_introduction_heading_the_same_paragraph_is_the_introduction():
    text = (
        "Fostering Service: Values and Principles\n\n1. Introduction\n\n1.1 This chapter "
        "describes what the fostering service believes in. It applies to every foster carer and "
        "every supervising social worker.\n\n" + LATER
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert _kinds(outline)[:2] == ["title", "introduction"]
    assert outline.sections[1].heading == "1. Introduction"


def _kinds_by_cues(text):
    """Kinds read without the kind model, which overrules a hint when it is sure of the scope
    itself: the sentences' cues alone decide the hinted heading here."""
    family = get_family()
    return _kinds(split_sections(text, family.kinds, "plain", None))


def test_the_statement_in_the_third_sentence_still_counts_and_a_later_one_does_not():
    third = (
        "Fostering Service: Values and Principles\n\n1. Purpose\n\n1.1 This chapter is "
        "about fostering. It was written with carers. It applies to all of our carers.\n\n" + LATER
    )
    assert _kinds_by_cues(third)[1] == "scope"
    fourth = (
        "Fostering Service: Values and Principles\n\n1. Purpose\n\n1.1 This chapter is "
        "about fostering. It was written with carers. It is read every year. It applies to all "
        "of our carers.\n\n" + LATER
    )
    assert _kinds_by_cues(fourth)[1] == "introduction"
    named = third.replace("1. Purpose", "1. Introduction")
    assert _kinds_by_cues(named)[1] == "introduction"


def test_an_introduction_with_no_statement_of_whom_it_covers_keeps_its_kind():
    text = (
        "Fostering Service: Values and Principles\n\n1. Introduction\n\n1.1 This chapter "
        "describes what the fostering service believes in. It was last changed in May 2024 "
        "when the allowances were raised.\n\n" + LATER
    )
    assert _kinds(outline_of(text))[1] == "introduction"


def test_the_statement_under_a_later_heading_does_not_make_a_scope():
    text = (
        "Fostering Service: Values and Principles\n\n1. About this chapter\n\n1.1 It covers the "
        "fostering service.\n\n2. Introduction\n\n2.1 Foster carers look after children for us. "
        "It applies to all of our carers.\n\n3. What we value\n\n3.1 We are honest with "
        "families and we keep our promises.\n"
    )
    assert _kinds(outline_of(text))[1:3] == ["scope", "introduction"]


def test_who_we_are_opens_the_introduction_over_a_paragraph_about_its_children():
    text = (
        "# Values and Principles\n\n## Who we are\n\nThe borough looks after about 150 children "
        "in care, and our children in care council tells the corporate parenting board what "
        "they think of us every quarter.\n\n## Our values\n\nWe are kind and we are fair.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert [(section.kind, section.heading) for section in outline.sections][1] == (
        "introduction",
        "Who we are",
    )


def test_working_with_the_people_served_is_a_principle_and_with_partners_is_shared():
    text = (
        "# Values and Principles\n\n## Working with children and young people\n\nYoung people "
        "aged 16 and 17 get help to plan for adult life, and they take part in every decision "
        "made about them.\n\n## Working with partners\n\nThe police, schools and the health "
        "service share what worries them about a child with us.\n"
    )
    outline = outline_of(text, "markdown")
    assert [(section.kind, section.heading) for section in outline.sections][1:] == [
        ("key_principles", "Working with children and young people"),
        ("shared_responsibility", "Working with partners"),
    ]


def test_an_opening_in_the_introductions_own_words_keeps_the_introduction():
    text = (
        "Fostering Service: Values and Principles\n\n1. Introduction\n\n1.1 This policy sets out "
        "the framework within which the fostering service works. It applies to every foster "
        "carer.\n\n" + LATER
    )
    assert _kinds(outline_of(text))[1] == "introduction"
