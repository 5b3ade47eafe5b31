"""Heading rules: which lines are headings, their numbers and levels, and what is not a heading."""

import pytest

from app.sections.rules import DOCUMENT_PASSES, HEADING_RULES
from tests.sections.helpers import outline_of


def headings(text: str, syntax: str = "plain") -> list[tuple[int, str | None, str]]:
    """(level, number, words) of every heading block."""
    outline = outline_of(text, syntax)
    return [
        (block.level, block.number, block.content)
        for block in outline.blocks()
        if block.type == "heading"
    ]


def test_rules_and_passes_are_named_in_order():
    assert [name for name, _rule in HEADING_RULES][:4] == [
        "markup_heading",
        "lettered_heading",
        "table_row",
        "not_a_heading",
    ]
    assert [name for name, _rule in DOCUMENT_PASSES] == [
        "repeated_ordinals",
        "announced_stage_lines",
        "lone_sentence_lines",
        "find_title",
        "table_under_byline",
        "heading_under_title",
        "heading_over_first_sub_heading",
        "contents_lists",
        "entry_said_again",
        "continued_headings",
        "unlabelled_contents_box",
        "items_over_plain_items",
        "numbering_sequence",
        "assign_levels",
        "stacked_sub_headings_inside",
    ]


def test_numbered_headings_and_their_sub_headings():
    text = (
        "Policies and Values\n\n1. Introduction\n\nText of the introduction.\n\n"
        "2. Corporate Parenting\n\n2.1 Our Responsibilities\n\nText.\n\n"
        "2.2 The Principles\n\nMore text.\n"
    )
    assert headings(text) == [
        (1, None, "Policies and Values"),
        (1, "1", "Introduction"),
        (1, "2", "Corporate Parenting"),
        (2, "2.1", "Our Responsibilities"),
        (2, "2.2", "The Principles"),
    ]


def test_markdown_sub_sections_take_their_level_from_the_number_not_the_hashes():
    text = (
        "## 1.1.1 Policies and Values\n\n## 2. Corporate Parenting\n\n### 2.1 Duties\n\nText.\n\n"
        "## 2.2 Principles\n\nText.\n\n## 3. Outcomes\n\n### Being healthy\n\nText.\n"
    )
    found = headings(text, "markdown")
    assert found[1:] == [
        (1, "2", "Corporate Parenting"),
        (2, "2.1", "Duties"),
        (2, "2.2", "Principles"),
        (1, "3", "Outcomes"),
        (2, None, "Being healthy"),
    ]


def test_unnumbered_title_case_lines_under_numbered_sections_are_sub_headings():
    text = (
        "Policies and Values\n\n1. Key Values\n\nOur Values\n\n"
        "We put children first in all of our work with families.\n\n"
        "Theoretical Underpinnings\n\nWe use systemic practice and social pedagogy in our work.\n"
    )
    assert headings(text)[1:] == [
        (1, "1", "Key Values"),
        (2, None, "Our Values"),
        (2, None, "Theoretical Underpinnings"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "June 3, 2024",
        "3 June 2024",
        "End",
        "v27",
        "Last Updated: May 22, 2024",
        "Children start school healthy and ready to learn",
        "We will listen to children.",
        "Section 10(5) of the Children Act 2004 requires councils to co-operate",
        "1. To act in the best interests of those children and young people;",
        "The model is designed to:",
    ],
)
def test_lines_that_are_not_headings(line):
    text = f"Policies and Values\n\n{line}\n\nA paragraph of ordinary body text follows here.\n"
    assert headings(text) == [(1, None, "Policies and Values")]


def test_contents_lists_are_entries_not_sections():
    text = (
        "Policies and Values\n\nContents\n\n1. Introduction\n2. Key Values\n3. Our Strategy\n\n"
        "1. Introduction\n\nThis policy sets out the framework.\n\n2. Key Values\n\nText.\n\n"
        "3. Our Strategy\n\nText.\n"
    )
    found = headings(text)
    assert [number for _level, number, _words in found] == [None, None, "1", "2", "3"]
    assert found[1] == (1, None, "Contents")


def test_a_numbered_list_without_punctuation_is_not_a_run_of_headings():
    text = (
        "Policies and Values\n\n1. Introduction\n\nWe place children in this order:\n\n"
        "1. With wider family\n2. With known foster carers\n3. Elsewhere\n\nThat is all.\n"
    )
    assert [number for _level, number, _words in headings(text)] == [None, "1"]


def test_section_prefixed_numbers():
    text = "Policies\n\nSection 3: Key Values\n\nText of the section follows here.\n"
    assert headings(text)[1] == (1, "3", "Key Values")


def test_bold_lines_are_headings_in_markdown():
    text = "**Policies and Values**\n\n**Our Values**\n\nWe put children first.\n"
    assert headings(text, "markdown") == [
        (1, None, "Policies and Values"),
        (1, None, "Our Values"),
    ]


def test_a_first_line_the_family_knows_as_a_section_is_not_the_title():
    outline = outline_of("Scope of this chapter\n\nThis chapter provides the context.\n")
    assert outline.title is None
    assert outline.sections[0].kind == "scope"


def test_a_long_first_paragraph_is_not_a_title():
    outline = outline_of("This is a long opening sentence that goes on. " * 6 + "\n")
    assert outline.title is None


def test_a_short_capitalised_label_with_a_colon_is_a_heading():
    text = "Policies\n\nKey Principles:\n\nChildren come first in every decision we make.\n"
    assert headings(text)[1] == (1, None, "Key Principles:")


def test_point_zero_numbers_count_as_top_level():
    text = (
        "Policies\n\n1.0 Introduction\n\nText of the introduction.\n\n2.0 Key Values\n\n"
        "2.1 Honesty\n\nText.\n"
    )
    assert [(level, number) for level, number, _words in headings(text)][1:] == [
        (1, "1.0"),
        (1, "2.0"),
        (2, "2.1"),
    ]


def test_a_page_heading_is_the_title_even_when_a_cue_knows_its_words():
    outline = outline_of(
        "# Values and Principles\n\n## Scope of this chapter\n\nText.\n", "markdown"
    )
    assert outline.title == "Values and Principles"
    assert [section.kind for section in outline.sections] == ["title", "scope"]


def test_headings_before_the_first_top_level_heading_start_sections_whatever_their_markup():
    text = (
        "## Policies\n\n### SCOPE OF THIS CHAPTER\n\nIt applies to all.\n\n## Introduction\n\n"
        "Text.\n\n### Being healthy\n\nText.\n"
    )
    assert headings(text, "markdown") == [
        (1, None, "Policies"),
        (1, None, "SCOPE OF THIS CHAPTER"),
        (1, None, "Introduction"),
        (2, None, "Being healthy"),
    ]


def test_numbers_that_restart_inside_a_section_number_a_list_not_sections():
    text = (
        "Policies\n\n5. Key Outcomes\n\nWe want five things for children.\n\n"
        "1. Being Healthy\n\nChildren see a doctor when they need to.\n\n"
        "2. Staying Safe\n\nChildren are protected from harm.\n\n"
        "6. Key Principles\n\nChildren come first.\n"
    )
    assert [(level, number) for level, number, _words in headings(text)] == [
        (1, None),
        (1, "5"),
        (1, "6"),
    ]


def test_a_page_title_after_leftover_site_lines_is_still_the_title():
    text = (
        "Home > Procedures\n\nSkip to content\n\n# Policies and Values\n\n## Amendment\n\nText.\n"
    )
    outline = outline_of(text, "markdown")
    assert outline.title == "Policies and Values"
    assert [section.kind for section in outline.sections] == ["other", "title", "scope"]


@pytest.mark.parametrize(
    ("line", "number", "words"),
    [
        ("4. Corporate Parenting", "4", "Corporate Parenting"),
        ("4.Corporate Parenting", "4", "Corporate Parenting"),
        ("4) Corporate Parenting", "4", "Corporate Parenting"),
        ("2.1 Our Duties", "2.1", "Our Duties"),
        ("Section 4 - Corporate Parenting", "4", "Corporate Parenting"),
        ("Part 4: Corporate Parenting", "4", "Corporate Parenting"),
    ],
)
def test_numbering_styles(line, number, words):
    text = f"Policies\n\n{line}\n\nThe council is the corporate parent of children in its care.\n"
    assert headings(text)[1] == (1, number, words)


def test_a_numbered_label_may_end_in_a_full_stop_but_a_short_sentence_may_not():
    text = (
        "Policies\n\n2. Key Values.\n\nWe put children first in all of our work with families.\n\n"
        "We Care.\n\nWe care about every child and family that we work with in the borough.\n"
    )
    assert headings(text)[1:] == [(1, "2", "Key Values.")]


def test_numbers_before_links_and_emphasis_in_markdown_headings():
    text = "# Policies\n\n## 1. [Introduction](#intro)\n\nText.\n\n## 2. **Key Values**\n\nText.\n"
    outline = outline_of(text, "markdown")
    assert [(s.kind, s.heading, s.number) for s in outline.sections[1:]] == [
        ("introduction", "1. Introduction", "1"),
        ("values", "2. Key Values", "2"),
    ]


def test_the_last_line_of_an_unpunctuated_list_is_not_a_heading():
    text = (
        "Policies\n\nThe legislation includes:\n\nChildren Act 1989\n\nChildren Act 2004\n\n"
        "Data Protection Act 2018\n\nThe policy also has regard to statutory guidance.\n"
    )
    assert headings(text) == [(1, None, "Policies")]


def test_numbers_only_on_sub_sections_sit_under_the_unnumbered_headings():
    text = (
        "Policies\n\nIntroduction\n\nThis policy sets out the framework we work within.\n\n"
        "Corporate Parenting\n\n4.1 Our Responsibilities\n\nThe council is a corporate parent.\n\n"
        "4.2 The Principles\n\nThere are seven principles.\n\n"
        "Our Strategy\n\nThe strategy is to help families early.\n"
    )
    assert headings(text)[1:] == [
        (1, None, "Introduction"),
        (1, None, "Corporate Parenting"),
        (2, "4.1", "Our Responsibilities"),
        (2, "4.2", "The Principles"),
        (1, None, "Our Strategy"),
    ]


def test_between_marked_up_headings_a_plain_line_the_family_knows_starts_a_section():
    text = (
        "# Policies\n\n## Our Values\n\nWe put children first in all of our work.\n\n"
        "Key Principles\n\nChildren should live with their families where it is safe.\n\n"
        "Kinship Carers\n\nRelatives are asked first.\n"
    )
    assert headings(text, "markdown")[1:] == [
        (1, None, "Our Values"),
        (1, None, "Key Principles"),
        (2, None, "Kinship Carers"),
    ]


def test_the_chapter_name_after_leftover_site_lines_is_the_title():
    text = (
        "Home > Procedures > Chapter 1\n\nChildren's Services Policies, Values and Principles\n\n"
        "Scope of this chapter\n\nThis chapter provides the context for all procedures.\n"
    )
    outline = outline_of(text)
    assert outline.title == "Children's Services Policies, Values and Principles"
    assert [section.kind for section in outline.sections] == ["other", "title", "scope"]


def test_a_sentence_naming_the_chapter_does_not_displace_the_title():
    text = (
        "Our Chapter\n\nThese are our policies, values and principles.\n\n"
        "Scope of this chapter\n\nThis chapter provides the context for all procedures.\n"
    )
    assert outline_of(text).title == "Our Chapter"


def test_a_sentence_case_line_after_an_unbulleted_list_of_statutes_is_a_heading():
    """The list's last line ends with a year; a line in sentence case followed by prose is the
    next heading. A Title Case line there may be one more statute, so it stays a paragraph."""
    prose = "No organisation can protect children alone, and each agency plays its part.\n"
    text = (
        "Policies\n\nThe rules we follow\nOur work is carried out under these laws:\n"
        "Children Act 1989\nData Protection Act 2018\nOur shared commitment\n"
        + prose
        + "What we believe in\nEvery child deserves to be heard by the people who help them.\n"
    )
    assert (1, None, "Our shared commitment") in headings(text)
    titled = text.replace("Our shared commitment", "Working Together to Safeguard Children")
    assert all(
        words != "Working Together to Safeguard Children" for _, _, words in headings(titled)
    )


def test_a_sentence_case_line_naming_the_list_below_it_is_a_heading():
    """Headings named by meaning may stand right above a bulleted list ("Getting the plan
    right"); a line that leads into the list ("Our plans are guided by") is not one."""
    prose = "Each decision to share information is recorded with its reason on the file.\n"
    text = (
        "Policies\n\nPart D - What we believe\nChildren belong with the people who love them.\n"
        "Part F - Getting the plan right\n- The welfare of the child comes first.\n"
        "- Relatives are assessed before other carers.\n"
        "Part G - Privacy\n" + prose
    )
    assert (1, None, "Part F - Getting the plan right") in headings(text)
    leading = text.replace("Part F - Getting the plan right", "Our plans are guided by")
    assert all(words != "Our plans are guided by" for _, _, words in headings(leading))


def test_contents_under_a_title_that_follows_site_lines_is_a_heading_of_the_scope():
    """A title found below breadcrumb lines is the break before the line under it, so the
    contents list's label there opens the scope, as it does under a title on the first line."""
    text = (
        "Children and families\nSocial care procedures\n"
        "Children's Services Policies, Values and Principles\n"
        "Contents\nOur purpose\nThe law we follow\nOur purpose\n"
        "This chapter explains what the service stands for and how its policies fit together.\n"
        "The law we follow\nOur work rests on the Children Act 1989 and the Children Act 2004.\n"
    )
    outline = outline_of(text)
    assert outline.title == "Children's Services Policies, Values and Principles"
    scope = next(section for section in outline.sections if section.kind == "scope")
    assert scope.heading == "Contents"


def test_a_contents_label_stays_a_heading_above_unnumbered_entries():
    """ "Contents" above a run of entries labels the list: unlike an entry, its words name no
    section further on."""
    text = (
        "Children's Services Policies, Values and Principles\n\n"
        "Contents\nScope\nIntroduction\n\n"
        "Scope\n\nThis chapter gives the context for every procedure in the manual.\n\n"
        "Introduction\n\nThis policy sets out the framework within which we work.\n"
    )
    found = headings(text)
    assert (1, None, "Contents") in found
    assert [words for _, _, words in found].count("Scope") == 1


def test_heading_kind_is_asked_of_the_cues_once_for_each_wording():
    """`HeadingState.heading_kind` answers as the family's cues do, and keeps each answer for
    the document: the rules and the planner ask it of the same headings again (decision 0176)."""
    from app.families import get_family
    from app.sections import compile_cues, find_headings, scan_text_blocks
    from app.text import LineIndex

    text = (
        "Introduction\n\nThis chapter says who we are.\n\nLegislation\n\nThe Children Act 1989.\n"
    )
    cues = compile_cues(get_family().kinds)
    state = find_headings(text, scan_text_blocks(text, LineIndex(text).line_starts()), cues)
    for words in ["Introduction", "Legislation", "Our garden party", "Introduction", ""]:
        assert state.heading_kind(words) == cues.heading_kind(words)
    asked = dict(state._heading_kinds)
    assert asked["Introduction"] == cues.heading_kind("Introduction")
    assert asked["Our garden party"] is None


PLAIN_LIST = (
    "Children's Services Policies, Values and Principles\n"
    "Values we hold\n"
    "Be kind\n"
    "Be curious\n"
    "Be reliable\n"
    "{line}\n"
    "We work in a relationship-based way. Workers get to know children before deciding.\n"
    "Sharing information\n"
    "We only share what we need to, with the people who need it.\n"
)


def test_a_cue_heading_of_another_kind_closes_a_list_without_bullets():
    found = [
        words for _level, _number, words in headings(PLAIN_LIST.format(line="How we practise"))
    ]
    assert "How we practise" in found
    assert "Be reliable" not in found


def test_a_line_the_cues_do_not_know_stays_the_lists_last_item():
    found = [words for _level, _number, words in headings(PLAIN_LIST.format(line="Be honest"))]
    assert "Be honest" not in found


def test_a_cue_line_of_the_lists_own_kind_stays_an_item():
    text = PLAIN_LIST.format(line="Our values")
    assert "Our values" not in [words for _level, _number, words in headings(text)]


def test_guidance_closing_a_list_of_acts_stays_an_item():
    text = (
        "Children's Services Policies, Values and Principles\n"
        "The law and guidance\n"
        "Our work rests on the following:\n"
        "Children Act 1989\n"
        "Children Act 2004\n"
        "Working Together to Safeguard Children 2023\n"
        "This chapter applies to every child we work with and to all of our staff.\n"
    )
    found = [words for _level, _number, words in headings(text)]
    assert "Working Together to Safeguard Children 2023" not in found
