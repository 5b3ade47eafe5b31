"""Amendment notes under the title in wordings blind set 152 showed the reader missing (decision
0248): the chapter "last looked at" or "checked again" in a month, its last review said to have
"taken place" in a month, and a "Reviewed and reissued" stamp, in italics too, open the scope
section as the chapter's amendment note; a page's stamp and a review to come stay as they were."""

from tests.sections.helpers import outline_of

_BODY = (
    "## Who this policy is for\n\nEveryone who fosters for the council, and the staff who "
    "support them.\n\n"
    "## Our values\n\nWe listen to children and we treat carers as partners.\n"
)


def _kinds(text: str) -> list[tuple[str, str]]:
    outline = outline_of(text, "markdown")
    return [(section.kind, section.text.strip()[:30]) for section in outline.sections]


def test_the_chapter_last_looked_at_in_a_month_opens_the_scope():
    text = (
        "# Fostering Policy\n\n"
        "This chapter was last looked at in April 2025, when the part on allowances was "
        "rewritten.\n\n" + _BODY
    )
    assert _kinds(text)[1] == ("scope", "This chapter was last looked a")


def test_the_last_review_of_the_chapter_taking_place_opens_the_scope():
    text = (
        "# Fostering Policy\n\n"
        "The last review of this chapter took place in June 2025; nothing needed to change.\n\n"
        + _BODY
    )
    assert _kinds(text)[1] == ("scope", "The last review of this chapte")


def test_an_italic_reviewed_and_reissued_stamp_opens_the_scope():
    text = "# Fostering Policy\n\n_Reviewed and reissued in March 2025._\n\n" + _BODY
    assert _kinds(text)[1] == ("scope", "_Reviewed and reissued in Marc")


def test_a_page_updated_stamp_in_italics_stays_with_the_title():
    text = "# Fostering Policy\n\n_Updated 3 March 2025_\n\n" + _BODY
    assert _kinds(text)[0][0] == "title"
    assert _kinds(text)[1][1].startswith("## Who this policy")


def test_a_review_to_come_is_no_amendment_note():
    text = (
        "# Fostering Policy\n\n"
        "The next review of this chapter will take place in June 2026 at the latest.\n\n" + _BODY
    )
    assert ("scope", "The next review of this chapte") not in _kinds(text)
