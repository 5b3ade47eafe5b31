"""Section readings met in the eleventh blind round (issue 12): a heading that only hints at a
kind over a paragraph whose opening names another, and a document-control box on the first
page."""

from tests.sections.helpers import assert_tiles, outline_of


def test_the_opening_of_the_text_outweighs_a_heading_hint():
    text = (
        "# Children's Services Policies, Values and Principles\n\n"
        "## About this chapter\n\nThis chapter applies to all our staff.\n\n"
        "## How we practise\n\n"
        "Our practice model, Family Network Practice, asks workers to plan with families.\n\n"
        "## Keeping information safe\n\nWe share records only when the law allows it.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    kinds = {section.heading: section.kind for section in outline.sections}
    assert kinds["How we practise"] == "practice_model"


def test_a_hinted_heading_over_text_without_a_cue_keeps_its_hint():
    text = (
        "# Children's Services Policies, Values and Principles\n\n"
        "## How we work\n\n"
        "Children are best brought up in their own families, and we decide without delay.\n"
    )
    kinds = {section.heading: section.kind for section in outline_of(text, "markdown").sections}
    assert kinds["How we work"] == "key_principles"


def test_a_document_control_box_is_part_of_the_scope():
    text = (
        "# Children's Services Policies, Values and Principles\n\n"
        "**Document control**\n\n**Version** | 2.0\n**Owner** | Head of Service\n\n"
        "## Legal framework\n\nOur duties come from the Children Act 1989.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    kinds = {section.heading: section.kind for section in outline.sections}
    assert kinds["Document control"] == "scope"
