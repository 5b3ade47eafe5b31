"""Chapter openings read by general rules (issue 12, blind round 5): a chapter's own heading
levels under a site's, headings after a date stamp, bylines, dated change entries, the council
saying whom it serves, the family's order as a prior, and headings named by what they do."""

from app.sections.segment import RunBlock, Segment, segment_run
from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

TITLE = "Policies, Values and Principles"


def test_a_sites_top_heading_above_the_title_does_not_push_the_chapters_headings_down():
    text = (
        "# Fernleigh Children's Services Manual\n\n"
        f"## {TITLE}\n\n"
        "### Scope of this chapter\n\n"
        "This chapter gives the context for the other procedures in the manual.\n\n"
        "### Amendment\n\n"
        "In May 2023 the list of legislation was brought up to date.\n\n"
        "### Introduction\n\n"
        "Fernleigh Council works with children in need and their families.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert [(s.kind, s.heading) for s in outline.sections] == [
        ("other", "Fernleigh Children's Services Manual"),
        ("title", TITLE),
        ("scope", "Scope of this chapter"),
        ("introduction", "Introduction"),
    ]


def test_a_heading_right_after_a_date_stamp_line_is_a_heading():
    text = (
        f"{TITLE}\n"
        "Updated: March 2023\n"
        "SCOPE OF THIS CHAPTER\n"
        "This chapter gives the context for all of the procedures in the manual.\n"
        "INTRODUCTION\n"
        "The Council works with children in need, children in care and care leavers.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    # "Updated: March 2023", a month and no day, is the chapter's amendment (the fact reader's
    # and decision 0262's reading), so it is an un-headed scope section of its own before the
    # scope heading, as every amendment stamp under the title is (decisions 0085, 0377).
    assert [(s.kind, s.heading) for s in outline.sections] == [
        ("title", TITLE),
        ("scope", None),
        ("scope", "SCOPE OF THIS CHAPTER"),
        ("introduction", "INTRODUCTION"),
    ]
    assert outline.sections[1].text.startswith("Updated: March 2023")


def test_a_contents_heading_after_a_review_date_opens_the_scope():
    text = (
        f"{TITLE}\n"
        "Last reviewed: 14/06/2024\n"
        "Contents\n"
        "1. Introduction\n"
        "2. Our values\n"
        "1. Introduction\n"
        "The Council provides services for children in need and children in care.\n"
        "2. Our values\n"
        "We put the child at the centre of all we do.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert [s.kind for s in outline.sections][:3] == ["title", "scope", "introduction"]
    assert outline.sections[1].heading == "Contents"


def test_a_bold_byline_over_a_date_stamp_stays_with_the_title():
    text = (
        f"# {TITLE}\n\n"
        "**Fernleigh Council**\n\n"
        "_Last updated 4 March 2024_\n\n"
        "## Scope\n\n"
        "This chapter gives the context for the other procedures in the manual.\n\n"
        "## Introduction\n\n"
        "The Council works with children in need and their families.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert [(s.kind, s.heading) for s in outline.sections] == [
        ("title", TITLE),
        ("scope", "Scope"),
        ("introduction", "Introduction"),
    ]


def test_a_bold_heading_named_by_a_cue_over_a_date_still_opens_its_section():
    text = (
        f"# {TITLE}\n\n"
        "This chapter gives the context for the other procedures in the manual.\n\n"
        "**Amendment**\n\n"
        "June 2023\n\n"
        "**Corporate Parenting**\n\n"
        "The Council and its partners are corporate parents to every child in care.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    headed = [block.content for block in outline.blocks() if block.type == "heading"]
    assert any("Amendment" in words for words in headed)


def test_a_dated_change_entry_under_the_title_opens_the_scope():
    text = (
        f"# {TITLE}\n\n"
        "**March 2025:** we added a paragraph about family help.\n\n"
        "Fernleigh Council works with children in need, children who need protection and "
        "children in our care.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert [(kind, start[:20]) for kind, start in kinds_and_starts(outline)] == [
        ("title", f"# {TITLE}"[:20]),
        ("scope", "**March 2025:** we a"),
        ("introduction", "Fernleigh Council wo"),
    ]


def test_the_council_saying_whom_it_serves_opens_the_introduction_whatever_else_it_says():
    text = (
        f"{TITLE}\n\n"
        "This chapter sets the context for every other procedure in the manual.\n\n"
        "Fernleigh Borough Council works with children in need, children at risk of harm and "
        "children in care. Our practice model is Safe Together, a way of agreeing with families "
        "what is going well, what worries us and what must happen next.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert [(s.kind, s.decided_by) for s in outline.sections] == [
        ("title", "heading"),
        ("scope", "cue"),
        ("introduction", "cue"),
    ]


def test_a_forward_turn_that_passes_over_many_kinds_needs_more_evidence():
    order = ["scope", "introduction", "values", "corporate_parenting", "strategy"]

    def block(scores: dict[str, float]) -> RunBlock:
        rest = (1 - sum(scores.values())) / (len(order) - len(scores))
        return RunBlock(
            probabilities={kind: scores.get(kind, rest) for kind in order},
            weight=1.0,
            may_open=True,
        )

    unsure = block({"strategy": 0.45, "introduction": 0.35})
    blocks = [block({"scope": 0.9}), unsure, unsure]
    assert segment_run(blocks, order) == [Segment(0, "scope"), Segment(1, "introduction")]
    sure = block({"strategy": 0.9})
    assert segment_run([block({"scope": 0.9}), sure, sure], order) == [
        Segment(0, "scope"),
        Segment(1, "strategy"),
    ]


def test_a_run_that_opens_the_chapter_prefers_the_first_kinds_of_the_order():
    order = ["scope", "introduction", "values", "corporate_parenting", "strategy"]
    unsure = RunBlock(
        probabilities={
            "scope": 0.05,
            "introduction": 0.38,
            "values": 0.05,
            "corporate_parenting": 0.47,
            "strategy": 0.05,
        },
        weight=1.0,
        may_open=True,
    )
    assert segment_run([unsure], order) == [Segment(0, "corporate_parenting")]
    assert segment_run([unsure], order, opens_chapter=True) == [Segment(0, "introduction")]


def test_a_model_named_as_our_approach_to_it_is_the_practice_model():
    text = (
        f"# {TITLE}\n\n"
        "## Scope of this chapter\n\n"
        "This chapter gives the context for the other procedures in the manual.\n\n"
        "## Our approach to Bright Paths Practice\n\n"
        "Bright Paths Practice is how we work alongside families: we start from their "
        "strengths and we are honest about our worries.\n"
    )
    outline = outline_of(text, "markdown")
    assert [(s.kind, s.decided_by) for s in outline.sections][-1] == ("practice_model", "heading")


def test_a_heading_about_listening_to_young_people_is_a_principle_of_consultation():
    text = (
        f"{TITLE}\n\n"
        "Scope of this chapter\n"
        "This chapter gives the context for the other procedures in the manual.\n\n"
        "Corporate Parenting\n"
        "The Council is the corporate parent of every child in its care.\n\n"
        "Listening to Young People\n"
        "Young people in care tell us they want to be asked, not told, and their council meets "
        "every month with senior managers.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert [(s.kind, s.heading) for s in outline.sections][-1] == (
        "key_principles",
        "Listening to Young People",
    )
