"""A bare "Updated <day>" stamp whose date ends its cell of a stamp row ("Updated 2 April 2025 |
Version 9") is the page's stamp, as it is where the date ends its line; "Updated <day> to add …"
is still an amendment statement (decision 0148). Each case is written for this test in our own
words."""

from tests.reading import facts_of

TITLE = "Fostering Values and Principles\n"
NOTE = (
    "Amendment\n"
    "In March 2025 this chapter was amended to say more about respite care.\n\n"
    "Introduction\n"
    "Our foster carers look after children who cannot live at home.\n"
)


def test_an_update_stamp_before_a_version_cell_is_the_last_update() -> None:
    for stamp in ("Updated 2 April 2025 | Version 9", "Updated 2 April 2025 \u00b7 Edition 4"):
        facts = facts_of(TITLE + stamp + "\n" + NOTE, "c.txt")
        assert facts["last_updated"].value == "2025-04-02"
        assert facts["amendment_date"].value == "2025-03"


def test_an_update_with_words_after_its_date_is_no_page_stamp() -> None:
    facts = facts_of(TITLE + "Updated 2 April 2025 to add respite care\n" + NOTE, "c.txt")
    assert facts["last_updated"].value is None
