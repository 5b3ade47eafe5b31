"""An amendment line that names the chapter as a label ("Procedure last revised …"), one said
checked first ("This policy has been checked and updated …"), and a "Page contents" box under
it (decision 0293). Pages written for this test in our own words."""

from tests.sections.helpers import assert_tiles, outline_of


def _headings(outline):
    return [(section.kind, section.heading) for section in outline.sections]


def test_a_labelled_amendment_line_under_the_title_is_scope():
    text = (
        "Staying Put Policy\nProcedure last revised 12 May 2025 \u2013 the allowance rates "
        "were updated.\n\nIntroduction\nStaying Put lets a young person stay with their foster "
        "carers after 18.\n"
    )
    outline = outline_of(text, "plain")
    assert _headings(outline)[:2] == [("title", "Staying Put Policy"), ("scope", None)]
    assert outline.sections[1].text.startswith("Procedure last revised")
    assert_tiles(outline)


def test_a_checked_then_updated_sentence_is_scope():
    text = (
        "Staying Put Policy\nThis policy has been checked and updated (May 2025).\n\n"
        "Introduction\nStaying Put lets a young person stay with their foster carers after 18.\n"
    )
    outline = outline_of(text, "plain")
    assert _headings(outline)[:2] == [("title", "Staying Put Policy"), ("scope", None)]
    assert_tiles(outline)


def test_a_page_contents_box_under_the_amendment_line_is_its_own_scope_section():
    text = (
        "Staying Put Policy\nWe amended this policy in May 2025.\nPage contents\nEligibility\n"
        "Payments\n\nEligibility\nA young person in foster care at 18 can stay.\n\nPayments\n"
        "Carers keep an allowance while the young person stays.\n"
    )
    outline = outline_of(text, "plain")
    assert ("scope", "Page contents") in _headings(outline)
    assert_tiles(outline)
