"""Facts in wordings blind set 131 showed the reader missing (decision 0216).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

from tests.reading import facts_of

# --- a news item: "We have refreshed this chapter (<month>) to …" ------------------------------


def test_a_news_item_dating_its_refresh_in_brackets_after_the_chapter_is_the_amendment() -> None:
    text = (
        "Fostering Policy\n\n"
        "Latest news\n"
        "We have updated this policy (February 2025) to add the new allowances for carers.\n\n"
        "Our aims\n"
        "We support carers well.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2025-02"


def test_a_bracketed_date_after_a_cited_document_the_chapter_follows_is_no_amendment() -> None:
    text = (
        "Fostering Policy\n\n"
        "Our aims\n"
        "We follow the national minimum standards for this chapter (June 2011) in all our work.\n"
    )
    assert facts_of(text)["amendment_date"].value is None
