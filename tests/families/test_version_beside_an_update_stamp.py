"""A version number before a page's update stamp on one line ("Edition 4 | Updated 9 May
2024") leaves the stamp the page's, as it is alone: the chapter's amendment is dated by its own
note (decision 0136).

Each case is written for this test in our own words.
"""

from tests.reading import facts_of

TITLE = "Fostering Values and Principles\n"
NOTE = (
    "Amendment\n"
    "In April 2024 this chapter was amended to say more about keeping brothers and sisters "
    "together.\n\n"
    "Introduction\n"
    "Our foster carers look after children who cannot live at home.\n"
)


def test_a_version_then_an_update_stamp_is_no_amendment_statement():
    for stamp in ("Version 4 \u00b7 Updated 9 May 2024", "Issue 2.1 | Updated 9 May 2024"):
        facts = facts_of(TITLE + stamp + "\n" + NOTE, "c.txt")
        assert facts["amendment_date"].value == "2024-04"
        assert facts["last_updated"].value == "2024-05-09"


def test_a_version_then_an_amended_label_still_dates_the_amendment():
    facts = facts_of(TITLE + "Version 4 \u00b7 Amended 9 May 2024\n" + NOTE, "c.txt")
    assert facts["amendment_date"].value == "2024-05-09"


def test_a_version_then_an_update_stamp_given_a_month_dates_the_amendment():
    text = TITLE + "Version 4 \u00b7 Updated May 2024\n\nIntroduction\nWe look after children.\n"
    assert facts_of(text, "c.txt")["amendment_date"].value == "2024-05"
