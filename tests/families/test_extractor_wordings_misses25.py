"""The page's stamp in a markdown file's front matter (decision 0211).

A static-site generator or a notes tool keeps the page's dates as settings above the text
(`lastmod`, `last_modified_at`, `updated`, `date`), and the site shows the update key as the
page's "Last updated". The text leaves the block out; the fact quotes the setting in it (evidence
of origin `front_matter`). Each case is written for this test in our own words; each negative
case is a setting a careless reader would take for the stamp.
"""

from tests.reading import facts_of


def _page(settings: str, body: str = "This policy applies to all staff.\n") -> str:
    return f"---\ntitle: Short Breaks Policy\n{settings}---\n\n# Short Breaks Policy\n\n{body}"


def test_an_update_key_stamps_the_page_and_quotes_the_setting():
    text = _page("date: 2020-02-03\nlastmod: 2024-09-30T10:15:00+01:00\n")
    fact = facts_of(text, "short-breaks.md")["last_updated"]
    assert fact.value == "2024-09-30"
    (evidence,) = fact.evidence
    assert (evidence.origin, evidence.quote) == ("front_matter", "2024-09-30")
    assert text[evidence.start : evidence.end] == "2024-09-30"  # the block opens the source


def test_each_tools_update_key_stamps_the_page():
    for key in ("last_modified_at", "updated", "modified", "last-modified"):
        text = _page(f'{key}: "2023-05-06"\n')
        assert facts_of(text, "short-breaks.md")["last_updated"].value == "2023-05-06", key


def test_a_publication_date_stamps_the_page_when_no_amendment_follows_it():
    text = _page("date: 2024-04-08\n")
    assert facts_of(text, "short-breaks.md")["last_updated"].value == "2024-04-08"


def test_a_publication_date_older_than_the_stated_amendment_is_not_the_stamp():
    body = "This chapter was amended in March 2025.\n\nThis policy applies to all staff.\n"
    text = _page("date: 2021-06-01\n", body)
    facts = facts_of(text, "short-breaks.md")
    assert facts["last_updated"].value is None
    assert facts["amendment_date"].value == "2025-03"


def test_a_created_date_does_not_stamp_the_page():
    text = _page("created: 2022-09-05\n")
    assert facts_of(text, "short-breaks.md")["last_updated"].value is None


def test_a_stamp_the_text_states_wins_over_the_front_matter():
    body = "This policy applies to all staff.\n\nLast updated: 12 January 2025\n"
    text = _page("lastmod: 2024-09-30\n", body)
    fact = facts_of(text, "short-breaks.md")["last_updated"]
    assert fact.value == "2025-01-12"
    assert fact.evidence[0].origin == "text"


def test_an_update_key_is_not_an_amendment_statement():
    text = _page("lastmod: 2024-09-30\n")
    assert facts_of(text, "short-breaks.md")["amendment_date"].value is None
