"""Section misses of round ten (decision 0110): lettered parts of a number, notes and
references after the body, plain-line siblings in a chapter that ranks its plain lines, and
page stamps above the title."""

from app.sections.classify import names_notes
from app.sections.contents_list import entry_words
from app.sections.rules import number_value
from tests.sections.helpers import assert_tiles, outline_of


def _numbers_and_headings(outline):
    return [(section.number, section.heading) for section in outline.sections[1:]]


def test_a_lettered_part_of_a_number_is_part_of_the_number():
    text = (
        "# Fostering Service: Policy, Values and Principles\n\n"
        "## 1.a Scope\n\nIt explains the values our foster carers share.\n\n"
        "## 1.b Amendments\n\nThe chapter was amended in May 2025.\n\n"
        "## 2.a Corporate parenting\n\nWe care for about two hundred children.\n"
    )
    outline = outline_of(text, "markdown")
    assert _numbers_and_headings(outline) == [
        ("1.a", "1.a Scope"),
        ("1.b", "1.b Amendments"),
        ("2.a", "2.a Corporate parenting"),
    ]
    # the cues read the heading's words, "Scope", not "a Scope"
    assert [(section.kind, section.decided_by) for section in outline.sections[1:]] == [
        ("scope", "heading"),
        ("scope", "heading"),
        ("corporate_parenting", "heading"),
    ]
    assert_tiles(outline)


def test_lettered_parts_count_in_order_as_numbered_parts_do():
    assert number_value("1.a") == (1, 1)
    assert number_value("2.b") == (2, 2)
    assert number_value("2.b") > number_value("2.a") > number_value("1.c")
    assert number_value("3.2") == (3, 2)


def test_a_contents_entry_with_a_lettered_number_reads_as_its_words():
    assert entry_words("1.a What this chapter is for") == entry_words("What this chapter is for")


def test_a_word_after_a_plain_number_is_still_the_headings_word():
    outline = outline_of(
        "# Policy, Values and Principles\n\n## 1. A shared responsibility\n\n"
        "Every agency plays its part in keeping children safe.\n",
        "markdown",
    )
    assert _numbers_and_headings(outline) == [("1", "1. A shared responsibility")]
    assert outline.sections[1].kind == "shared_responsibility"


def _kinds_and_headings(outline):
    return [(section.kind, section.heading) for section in outline.sections[1:]]


def test_a_notes_heading_after_the_body_opens_an_other_section():
    text = (
        "# Policy, Values and Principles\n\n## Permanence and leaving care\n\n"
        "We agree a permanence plan within four months. Care leavers have a personal adviser "
        "until they are 25.\n\n## Notes\n\n1. Children Act 1989, section 22.\n"
        "2. Children and Social Work Act 2017.\n"
    )
    outline = outline_of(text, "markdown")
    assert _kinds_and_headings(outline) == [
        ("key_principles", "Permanence and leaving care"),
        ("other", "Notes"),
    ]
    assert_tiles(outline)


def test_a_plain_references_line_over_bracketed_citations_is_a_heading_of_no_kind():
    text = (
        "Policy, Values and Principles\n\nPermanence and leaving care\n\n"
        "We agree a permanence plan within four months, as the 1989 Act [1] asks. Care leavers "
        "have support until 25 [2].\n\nReferences\n\n[1] Children Act 1989\n"
        "[2] Children (Leaving Care) Act 2000\n"
    )
    outline = outline_of(text, "plain")
    assert _kinds_and_headings(outline)[-1] == ("other", "References")
    assert outline.sections[-1].text.startswith("References")
    assert_tiles(outline)


def test_notes_and_references_headings_are_named_in_their_usual_words():
    for words in ("Notes", "Footnotes", "Endnotes", "References", "Notes and references"):
        assert names_notes(words)
    for words in ("Notes on our practice model", "Referral and assessment", "Our sources of help"):
        assert not names_notes(words)


def test_plain_lines_alone_rank_as_siblings_once_the_chapter_has_headed_a_section_so():
    text = (
        "Policy, Values and Principles\n\nCorporate parenting\n\nEvery councillor is a corporate "
        "parent to the children in our care.\n\nPermanence\n\nA permanence plan is agreed at the "
        "second review. Family and friends are considered first.\n\nLeaving care\n\nCare "
        "leavers keep a personal adviser until they are 21.\n"
    )
    outline = outline_of(text, "plain")
    assert _kinds_and_headings(outline) == [
        ("corporate_parenting", "Corporate parenting"),
        ("key_principles", "Permanence"),
        ("key_principles", "Leaving care"),
    ]
    assert_tiles(outline)


def test_plain_lines_alone_still_join_after_a_one_sentence_lead_in():
    text = (
        "Policy, Values and Principles\n\nCorporate parenting\n\nEvery councillor is a corporate "
        "parent to the children in our care.\n\nKey principles\n\nWe follow these.\n\n"
        "Permanence\n\nA permanence plan is agreed at the second review. Family and friends are "
        "considered first.\n"
    )
    outline = outline_of(text, "plain")
    assert [kind for kind, _heading in _kinds_and_headings(outline)].count("key_principles") == 1


def test_plain_lines_alone_show_no_rank_when_no_earlier_section_was_headed_so():
    # the first section after the title: nothing yet shows the lines as the sections' rank
    text = (
        "Policy, Values and Principles\n\nPermanence\n\nA permanence plan is agreed at the "
        "second review. Family and friends are considered first.\n\nLeaving care\n\nCare "
        "leavers keep a personal adviser until they are 21.\n"
    )
    outline = outline_of(text, "plain")
    assert [kind for kind, _heading in _kinds_and_headings(outline)].count("key_principles") == 1


def test_a_plain_line_alone_naming_the_sections_own_topic_still_joins():
    text = (
        "Policy, Values and Principles\n\nOur Practice Model\n\nWe use Signs of Safety in every "
        "team.\n\nCorporate Parenting\n\nThe whole council is the parent of every child in our "
        "care. Councillors and officers share that duty.\n\nThe corporate parenting principles\n\n"
        "The law sets out seven principles that we follow in everything we do.\n"
    )
    outline = outline_of(text, "plain")
    kinds = [kind for kind, _heading in _kinds_and_headings(outline)]
    assert kinds.count("corporate_parenting") == 1
    assert_tiles(outline)


def test_a_page_stamp_above_the_title_is_the_pages_not_the_scope():
    text = (
        "Last updated 12 May 2025\n\nPolicy, Values and Principles\n\nScope of this chapter\n\n"
        "This chapter applies to every member of staff in the service.\n"
    )
    outline = outline_of(text, "plain")
    assert [(section.kind, section.text.strip()[:12]) for section in outline.sections] == [
        ("other", "Last updated"),
        ("title", "Policy, Valu"),
        ("scope", "Scope of thi"),
    ]
    assert_tiles(outline)


def test_an_amendment_note_above_the_title_keeps_its_scope_section():
    text = (
        "Amended: 04/2025\n\nPolicy, Values and Principles\n\nOur values\n\n"
        "We are honest with families and we keep our promises to them.\n"
    )
    outline = outline_of(text, "plain")
    assert outline.sections[0].kind == "scope"
    assert outline.sections[0].text.startswith("Amended")


def test_plain_lines_alone_show_no_rank_once_one_was_taken_as_a_sub_heading():
    # "Corporate Parenting" holds "Its Principles" under it: the author sets two ranks alike
    text = (
        "Policy, Values and Principles\n\nCorporate Parenting\n\nIts Principles\n\nThe council "
        "follows the seven principles the law sets out.\n\nKey Principles\n\nChildren should "
        "grow up with their own families wherever that is safe for them.\n\nKinship Care\n\n"
        "When they cannot, we look first to relatives and friends.\n"
    )
    outline = outline_of(text, "plain")
    kinds = [kind for kind, _heading in _kinds_and_headings(outline)]
    assert kinds.count("key_principles") == 1
    assert_tiles(outline)


def test_topics_under_a_heading_that_is_the_kinds_own_label_still_join():
    text = (
        "Policy, Values and Principles\n\nCorporate Parenting\n\nThe council is the parent of "
        "every child in its care.\n\nKey Principles\n\nChildren should grow up with their own "
        "families wherever that is safe for them.\n\nKinship Care\n\nWhen they cannot, we look "
        "first to relatives and friends.\n"
    )
    outline = outline_of(text, "plain")
    assert _kinds_and_headings(outline) == [
        ("corporate_parenting", "Corporate Parenting"),
        ("key_principles", "Key Principles"),
    ]
