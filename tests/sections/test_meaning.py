"""Sections found by meaning: the kind model where no heading or cue decides (issue 12)."""

from tests.sections.helpers import assert_tiles, outline_of

TITLE = "Children's Services Policies, Values and Principles\n\n"


def test_a_run_of_paragraphs_about_corporate_parenting_becomes_its_section_without_a_cue():
    text = TITLE + (
        "This chapter provides the context for all procedures and the overarching policy for "
        "services to children and families.\n\n"
        "Every part of the Council shares the job of looking after the children in its care, and "
        "elected members and officers should ask of every decision whether it is good enough for "
        "their own child.\n\n"
        "Members sit on the corporate parenting board with young people from the children in care "
        "council, and the board checks each year how well care leavers are doing.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    kinds = [(section.kind, section.decided_by) for section in outline.sections]
    assert kinds == [("title", "heading"), ("scope", "cue"), ("corporate_parenting", "model")]
    assert outline.sections[2].text.startswith("Every part of the Council")
    assert 0.5 < outline.sections[2].confidence <= 1


def test_headings_named_by_meaning_take_the_kind_of_what_they_say():
    text = TITLE + (
        "Being a good corporate parent\n\n"
        "When a child comes into our care the whole Council becomes their parent, and councillors "
        "ask whether what we do is good enough for their own children.\n\n"
        "Keeping information safe\n\n"
        "What families tell us stays private: we pass details on only where the law allows it, "
        "under data protection law, and we note what we passed on and why.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert [(s.kind, s.heading, s.decided_by) for s in outline.sections[1:]] == [
        ("corporate_parenting", "Being a good corporate parent", "heading"),
        ("information_sharing", "Keeping information safe", "model"),
    ]


def test_cues_and_headings_say_they_decided_with_full_confidence():
    outline = outline_of(TITLE + "1. Introduction\n\nThis policy sets out the framework.\n")
    assert [(s.kind, s.decided_by, s.confidence) for s in outline.sections] == [
        ("title", "heading", 1.0),
        ("introduction", "heading", 1.0),
    ]


def test_a_heading_that_only_hints_at_a_kind_yields_to_what_its_text_is_about():
    """A heading "How we work with families" hints at key principles; above a named practice model
    the text decides: its opening cue when it has one ("Our practice model, …", decision 0092:
    read before the kind model), else the model's reading of it, while the same words above
    principles keep the hint."""
    practice = TITLE + (
        "How we work with families\n\n"
        "Our practice model, Bright Futures, is a strengths-based and systemic way of working. "
        "Practitioners are trained in it, supervision follows it, and its tools shape every "
        "assessment and plan we make with families.\n"
    )
    uncued = TITLE + (
        "How we work with families\n\n"
        "Bright Futures is strengths-based and systemic. Practitioners are trained in it, "
        "supervision follows it, and its tools shape every assessment and plan we make with "
        "families.\n"
    )
    principles = TITLE + (
        "How we work with families\n\n"
        "The welfare of the child is paramount. Children are best brought up within their own "
        "families, relatives and friends are considered first when they cannot be, and a "
        "permanence plan is made within four months of a child becoming looked after.\n"
    )
    outline = outline_of(practice)
    assert_tiles(outline)
    assert [(s.kind, s.decided_by) for s in outline.sections[1:]] == [("practice_model", "cue")]
    outline = outline_of(uncued)
    assert_tiles(outline)
    assert [(s.kind, s.decided_by) for s in outline.sections[1:]] == [("practice_model", "model")]
    assert 0.5 <= outline.sections[1].confidence <= 1
    outline = outline_of(principles)
    assert [(s.kind, s.decided_by) for s in outline.sections[1:]] == [("key_principles", "heading")]


def test_a_heading_that_names_its_kind_is_final_whatever_its_text():
    outline = outline_of(
        TITLE + "Our Values\n\nWe are curious. We are kind and we are clear. We explain our "
        "decisions to children, families and partners, and we keep records of them.\n"
    )
    assert [(s.kind, s.decided_by) for s in outline.sections[1:]] == [("values", "heading")]


def test_purpose_and_scope_is_the_scope_of_the_chapter():
    outline = outline_of(
        TITLE + "Purpose and scope\n\nThis chapter sets the policy context for every procedure.\n\n"
        "Legal context\n\nOur work rests on the Children Act 1989.\n"
    )
    assert [(s.kind, s.heading) for s in outline.sections[1:]] == [
        ("scope", "Purpose and scope"),
        ("introduction", "Legal context"),
    ]


def test_a_stamp_under_the_title_of_an_unheaded_chapter_stays_with_the_title():
    outline = outline_of(
        TITLE + "Page last updated 2 June 2025\n\n"
        "This chapter provides the context for all procedures and the overarching policy for "
        "services to children and families.\n\n"
        "This policy sets out the framework within which we work with children.\n"
    )
    assert_tiles(outline)
    assert [s.kind for s in outline.sections] == ["title", "scope", "introduction"]
    assert outline.sections[0].text.endswith("Page last updated 2 June 2025\n\n")
    assert outline.sections[1].text.startswith("This chapter provides the context")


def test_an_amendment_sentence_under_the_title_still_opens_the_scope():
    outline = outline_of(
        TITLE + "In May 2024 this chapter was revised to add a section on the framework.\n\n"
        "This chapter provides the context for all procedures.\n"
    )
    assert [s.kind for s in outline.sections] == ["title", "scope"]
    assert outline.sections[1].text.startswith("In May 2024 this chapter was revised")


def test_a_councils_name_under_the_title_of_an_unheaded_chapter_stays_with_the_title():
    """A byline taken for a heading by its shape would hold the whole un-headed chapter as one
    section; it names whose chapter this is, so it stays with the title and the model divides
    the paragraphs."""
    text = (
        TITLE
        + "Whitford Council\n\n"
        + (
            "The procedures for children's social care are grouped into chapters, and this one "
            "explains the policy that holds them together.\n\n"
            "Every councillor and officer of the council is a corporate parent to the children "
            "in its care, and the corporate parenting board hears from young people at every "
            "meeting.\n"
        )
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert outline.sections[0].kind == "title"
    assert "Whitford Council" in outline.sections[0].text
    assert [section.kind for section in outline.sections[1:]] == ["scope", "corporate_parenting"]


def test_material_of_no_kind_may_appear_twice():
    """ "Other" is no kind of the chapter: a site line before the title does not stop a closing
    "Further information" heading from being other too."""
    text = (
        "Whitford Council\n"
        "CHILDREN'S SERVICES POLICIES, VALUES AND PRINCIPLES\n\n"
        "ABOUT THIS CHAPTER:\nThis chapter sets the context for every procedure we use.\n\n"
        "CONFIDENTIALITY:\nInformation about families is shared only when the law allows.\n\n"
        "FURTHER INFORMATION:\nFor questions about this chapter, contact the policy team.\n"
    )
    outline = outline_of(text)
    assert [section.kind for section in outline.sections] == [
        "other", "title", "scope", "information_sharing", "other",
    ]  # fmt: skip


def test_a_paragraph_closing_a_list_without_a_blank_line_does_not_open_a_section():
    """In a text whose paragraphs stand apart, a line right under a list's last item finishes
    that list ("These duties apply to…"), however much it sounds like the next section."""
    text = TITLE + (
        "This policy sets out the framework of law and statutory guidance within which our "
        "services to children and families are provided. It is underpinned by:\n"
        "- Children Act 1989\n- Children Act 2004\n- Children and Families Act 2014\n"
        "The duties apply to children in need, to children in care and to care leavers.\n\n"
        "The council became the corporate parent of every child in its care the day the child "
        "arrived, and councillors meet young people in care every quarter.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    starts = [section.text.strip()[:20] for section in outline.sections]
    assert not any(start.startswith("The duties apply") for start in starts)
    assert outline.sections[-1].kind == "corporate_parenting"
    assert outline.sections[-1].text.startswith("The council became")


def test_a_closing_contact_paragraph_of_an_unheaded_chapter_is_other():
    text = TITLE + (
        "This chapter sets out the context for every procedure in our manual.\n\n"
        "Information about children and families is kept confidential and shared only when "
        "the law allows it.\n\n"
        "Contact. Questions about this chapter can be sent to the practice standards team.\n"
    )
    outline = outline_of(text)
    assert outline.sections[-1].kind == "other"
    assert outline.sections[-1].text.startswith("Contact.")


def test_a_paragraph_a_blank_line_below_a_loose_list_may_open_a_section():
    """Word and PDF files rendered to markdown space their list items: a blank line after the
    last item still separates the list from the next section."""
    text = "# Policies, Values and Principles\n\n" + (
        "This policy sets out the framework of law and statutory guidance within which our "
        "services to children and families are provided. It is underpinned by:\n\n"
        "- Children Act 1989\n\n- Children Act 2004\n\n- Children and Families Act 2014\n\n"
        "The council became the corporate parent of every child in its care the day the child "
        "arrived, and councillors meet young people in care every quarter.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert outline.sections[-1].kind == "corporate_parenting"
    assert outline.sections[-1].text.startswith("The council became")
