"""Plain-text block rules: headings marked with `#`, bullets, numbered items, paragraphs."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.sections.blocks_text import TEXT_RULES, ends_sentence, hard_wrap_width, scan_text_blocks
from app.text import LineIndex


def scan(text: str):
    lines = LineIndex(text)
    blocks = scan_text_blocks(text, [lines.line_start(i) for i in range(lines.line_count)])
    return [(block.type, text[block.content_start : block.content_end]) for block in blocks], blocks


def test_rules_are_named_and_ordered_with_paragraph_last():
    names = [name for name, _rule in TEXT_RULES]
    assert names[0] == "blank_line"
    assert names[-1] == "paragraph"
    assert len(set(names)) == len(names)


def test_blank_lines_separate_paragraphs_and_bullets_of_every_kind_are_items():
    text = (
        "Our commitments\n\nWe will listen.\n\n  • Visit often;\n- Write down what we hear;\n"
        "* Act on it.\n"
    )
    found, blocks = scan(text)
    assert found == [
        ("paragraph", "Our commitments"),
        ("paragraph", "We will listen."),
        ("list_item", "Visit often;"),
        ("list_item", "Write down what we hear;"),
        ("list_item", "Act on it."),
    ]
    assert [block.depth for block in blocks[2:]] == [1, 1, 1]


def test_deeper_indentation_nests_items():
    _found, blocks = scan("- Outer item\n    - Inner item\n- Outer again\n")
    assert [block.depth for block in blocks] == [1, 2, 1]


def test_every_line_is_a_paragraph_when_there_are_no_blank_lines():
    text = "About this chapter\nIt applies to every team.\nAmendment\nIt was revised in 2024.\n"
    found, _blocks = scan(text)
    assert [content for _type, content in found] == [
        "About this chapter",
        "It applies to every team.",
        "Amendment",
        "It was revised in 2024.",
    ]


def test_a_line_starting_in_lower_case_carries_on_a_sentence():
    found, _blocks = scan("Children who are looked after by the council will be\nvisited often.\n")
    assert found == [
        ("paragraph", "Children who are looked after by the council will be\nvisited often.")
    ]


def test_short_labels_are_not_joined_to_a_lower_case_line():
    found, _blocks = scan("End\nv27\n")
    assert [content for _type, content in found] == ["End", "v27"]


def test_hard_wrapped_text_joins_its_lines_back_into_paragraphs():
    text = (
        "This policy sets out the framework within which the service works with\n"
        "Children and their families, and the legislation that underpins it, as\n"
        "Parliament and the courts have shaped it over the years since 1989.\n"
        "\n"
        "The second paragraph is also wrapped at about seventy characters wide,\n"
        "So that it looks like the first one and like most text-only exports.\n"
    )
    found, _blocks = scan(text)
    assert len(found) == 2
    assert found[0][1].endswith("since 1989.")


def test_wrap_detection_needs_most_lines_near_one_width():
    assert hard_wrap_width([72, 70, 71, 68, 40, 72]) == 72
    assert hard_wrap_width([300, 12, 250, 20, 180, 30]) is None


def test_numbered_lines_are_numbered_items_until_rules_decide():
    found, blocks = scan("1. Introduction\n\n(a) the first case;\n\n2.1 Responsibilities\n")
    assert found == [
        ("list_item", "Introduction"),
        ("list_item", "the first case;"),
        ("paragraph", "2.1 Responsibilities"),
    ]
    assert blocks[0].ordered and blocks[1].ordered


def test_hash_headings_and_underlines_are_marked_up_headings():
    found, blocks = scan("## **4. Key Principles** ##\n\nValues\n======\n\nText.\n")
    assert found[0] == ("heading", "4. Key Principles")
    assert blocks[0].markup_level == 2
    assert found[1] == ("heading", "Values")
    assert blocks[1].markup_level == 1


def test_thematic_breaks_are_absorbed_into_the_block_before():
    found, blocks = scan("Introduction\n\n---\n\nText here.\n")
    assert found == [("paragraph", "Introduction"), ("paragraph", "Text here.")]
    assert blocks[1].start == len("Introduction\n\n---\n\n")


def test_a_separator_under_a_sentence_does_not_make_it_a_heading():
    found, _blocks = scan("We will always listen to children and act on what they say.\n-----\n")
    assert found == [("paragraph", "We will always listen to children and act on what they say.")]


def test_a_short_line_in_wrapped_text_ends_where_it_ends():
    text = (
        "Children's Services Policies, Values and Principles\n"
        "This chapter provides the context for all of the procedures which follow\n"
        "in this manual, and it also sets out the values that guide our work with\n"
        "children and families, and how we record, share and protect information\n"
        "about them, as the law and the statutory guidance of the day require.\n"
    )
    found, _blocks = scan(text)
    assert [content[:20] for _type, content in found] == [
        "Children's Services ",
        "This chapter provide",
    ]


@settings(max_examples=100)
@given(st.text(alphabet="a .:;!?\"')]\u201d\u2019\n([", max_size=8))
def test_a_sentence_ends_where_stop_punctuation_is_followed_only_by_closers(words):
    searched = re.search("[.:;!?][\"')\\]\u201d\u2019]*$", words) is not None
    assert ends_sentence(words) == searched


@pytest.mark.parametrize(
    ("words", "ends"),
    [
        ("It ends here.", True),
        ("He said \u201cstop.\u201d", True),
        ("(See section 2.)", True),
        ("Key Principles:", True),
        ("Scope of this chapter", False),
        ("Ends. But not here", False),
        ("A line.\n", True),
        ("", False),
        ("\u201d", False),
    ],
)
def test_ends_sentence_examples(words, ends):
    assert ends_sentence(words) is ends


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("…in line with Working Together to Safeguard Children.1. Introduction", "1. Introduction"),
        ("…services for children and their families.2. Key Values", "2. Key Values"),
        ("…the child\u2019s voice is heard.\u201d3. Our Vision", "3. Our Vision"),
        ("…what families tell us.2.1 Our Values", "2.1 Our Values"),
        ("…is shared safely.10. Information Sharing", "10. Information Sharing"),
    ],
)  # fmt: skip
def test_a_numbered_heading_run_onto_a_sentence_starts_its_own_block(line, heading):
    text = f"{line}\nThe section's first sentence follows here.\n"
    found, blocks = scan(text)
    assert found == [
        ("paragraph", line[: -len(heading)]),
        ("paragraph", heading),
        ("paragraph", "The section's first sentence follows here."),
    ]
    assert blocks[1].start == len(line) - len(heading)


@pytest.mark.parametrize(
    "line",
    [
        "The duty is set out in Section 3.1. The council must follow it.",
        "Figures rose in 2023.2 Children were placed out of area.",
        "Support under the Children Act 1989.2. Key Values",
        "Read the guidance, e.g.2. Key Values",
        "She lives at No.1. Station Road",
        "See para.4. Our Values",
        "We listened.2. this is not a heading",
        "We listened.2. Then we wrote down what the child said, as we always do.",
        "We listened.4 Weeks Later",
        "The rate was 2.5 Percent",
    ],
)
def test_numbers_after_a_stop_that_do_not_open_a_heading_stay_in_the_paragraph(line):
    found, _blocks = scan(line + "\n")
    assert found == [("paragraph", line)]


def test_a_run_on_heading_splits_a_hard_wrapped_paragraph_at_its_line():
    text = (
        "This policy sets out the framework within which the service works with\n"
        "children, in line with Working Together to Safeguard Children.1. Introduction\n"
        "This policy is underpinned by the legislation listed below.\n"
    )
    found, _blocks = scan(text)
    assert [content for _type, content in found] == [
        "This policy sets out the framework within which the service works with\n"
        "children, in line with Working Together to Safeguard Children.",
        "1. Introduction",
        "This policy is underpinned by the legislation listed below.",
    ]


def test_sentence_case_headings_run_on_split_where_they_continue_the_chapters_numbering():
    """A page copied as text joins some numbered headings to the sentence before them; headings
    in sentence case ("2. Who we work with") are found too when their numbers sit beside the
    chapter's other numbered headings, and a sentence ending in a year may carry one."""
    text = (
        "Our work follows the Children Act 1989 and Working Together 2023.1. Our duties in law\n"
        "The council has duties to children in need.\n"
        "We trust families to tell us what they need.2. Who we work with\n"
        "We work with schools, health and the police.\n"
        "3. What matters to us\n"
        "Children come first.\n"
    )
    found, _blocks = scan(text)
    assert [content for _type, content in found] == [
        "Our work follows the Children Act 1989 and Working Together 2023.",
        "1. Our duties in law",
        "The council has duties to children in need.",
        "We trust families to tell us what they need.",
        "2. Who we work with",
        "We work with schools, health and the police.",
        "What matters to us",  # a numbered line: the heading rules judge it later
        "Children come first.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "We asked the children what they thought.2. Next steps for us",
        "Our budget for 2024.2. Next steps for us",
    ],
)
def test_a_sentence_case_run_on_without_the_chapters_numbering_stays_in_its_paragraph(line):
    text = f"{line}\nWe will write again.\n5. Something else entirely\n"
    found, _blocks = scan(text)
    assert found[0] == ("paragraph", line)
