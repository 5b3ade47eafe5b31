"""Page chrome of blind round 279 (decision 0413): a site owner's legal standing in the footer, a
sign-up box set under the title, a council footer's columns copied one a line, and a
consultation page's record of the consultation above the chapter it consulted on.

Each page is written for this test in our own words, about councils of no set.
"""

from __future__ import annotations

from app.ingest import read_source


def _copied(text: str) -> str:
    return read_source(text.encode(), "copied.txt").text


OWNED_TRUST_FOOTER = """Skip to content
Mossfield Family Partnership
Home
Our work
Contact
Fostering Allowances and Fees
This chapter was amended in June 2025 to show the new weekly rates.
Weekly allowances
Every foster carer receives a weekly allowance for each child placed with them.
Mossfield Family Partnership is a not-for-profit company wholly owned by Mossfield Borough Council.
Privacy notice
Cookies
"""


def test_a_footer_line_stating_the_owner_of_the_site_goes() -> None:
    text = _copied(OWNED_TRUST_FOOTER)
    assert "wholly owned" not in text
    assert "for each child placed with them." in text


def test_registration_lines_in_the_footer_go() -> None:
    text = _copied(
        OWNED_TRUST_FOOTER.replace(
            "Mossfield Family Partnership is a not-for-profit company wholly owned by Mossfield"
            " Borough Council.",
            "Mossfield Family Partnership Ltd. Registered in England and Wales. Company number"
            " 11223344.",
        )
    )
    assert "Company number" not in text
    assert "for each child placed with them." in text


def test_a_closing_sentence_about_who_the_service_works_for_stays() -> None:
    text = _copied(
        OWNED_TRUST_FOOTER.replace(
            "Mossfield Family Partnership is a not-for-profit company wholly owned by Mossfield"
            " Borough Council.",
            "We set the allowances each April with Mossfield Borough Council.",
        )
    )
    assert "We set the allowances each April" in text


SIGN_UP_UNDER_TITLE = """Skip to content
Larchbrook Practice Guidance
Home
Contents
Search
Family Time Arrangements
Subscribe to updates
We will send you an email when this guidance changes.
Subscribe
Purpose
This guidance explains how we plan and support family time for children in our care.
"""


def test_a_sign_up_box_under_the_title_goes_with_its_invitation() -> None:
    text = _copied(SIGN_UP_UNDER_TITLE)
    assert "We will send you an email" not in text
    assert text.startswith("Family Time Arrangements")
    assert "Purpose\nThis guidance explains" in text


def test_a_sentence_under_a_sign_up_heading_without_a_button_stays() -> None:
    text = _copied(SIGN_UP_UNDER_TITLE.replace("Subscribe\nPurpose\n", "Purpose\n"))
    assert "We will send you an email when this guidance changes." in text


COLUMNED_FOOTER = """Skip to main content
Brayfield District Council
Search
Home
Children and families
Short Breaks Statement
This statement was updated in February 2026.
Who can have a short break
Short breaks are open to disabled children and young people up to the age of 18.
Your council
Councillors
Council meetings
Budget and accounts
About this website
Accessibility statement
Privacy notice
Cookie settings
(c) 2026 Brayfield District Council
"""


def test_a_council_footer_copied_column_by_column_goes() -> None:
    text = _copied(COLUMNED_FOOTER)
    assert "Your council" not in text
    assert "Council meetings" not in text
    assert text.rstrip().endswith("up to the age of 18.")


def test_short_lines_closing_a_chapter_without_a_footer_heading_over_them_stay() -> None:
    text = _copied(
        COLUMNED_FOOTER.replace(
            "Your council\nCouncillors\nCouncil meetings\nBudget and accounts\n",
            "The law\nChildren Act 1989\nEquality Act 2010\n",
        )
    )
    assert "Children Act 1989\nEquality Act 2010" in text


CONSULTATION_PAGE = """Skip to main content
Pellworth City Council
Have your say
Draft short breaks statement
Consultation status: Open
Opens: 2 March 2026
Closes: Friday 10 April 2026
This consultation is open until 10 April 2026. Read the draft below and answer our survey.
Download the easy read version (PDF, 1.1MB)
Short Breaks Statement
This statement was revised in February 2026 for consultation.
Who can have a short break
Short breaks are open to disabled children and young people up to the age of 18.
"""


def test_a_consultation_record_above_the_chapter_goes_and_the_title_opens_the_text() -> None:
    text = _copied(CONSULTATION_PAGE)
    assert text.startswith("Short Breaks Statement")
    for record in ("Draft short breaks statement", "Consultation status", "Closes:", "easy read"):
        assert record not in text
    assert "revised in February 2026" in text


def test_a_have_your_say_heading_inside_the_chapter_stays() -> None:
    text = _copied(
        CONSULTATION_PAGE.replace(
            "Short breaks are open",
            "Have your say\nTell us what would make short breaks better.\nShort breaks are open",
        )
    )
    assert "Have your say\nTell us what would make" in text
