"""The page's stamp in a map of the page's own settings, or in Hugo's TOML front matter
(decision 0225, after 0211). Each case is written for this test in our own words; each negative
case is a nested date a careless reader would take for the stamp."""

from tests.reading import facts_of

_BODY = "# Family Time Arrangements\n\nThis procedure applies to all social workers.\n"


def _stamp(source: str) -> str | None:
    fact = facts_of(source, "family-time.md")["last_updated"]
    if fact.value is not None:
        (evidence,) = fact.evidence
        assert evidence.origin == "front_matter"
        assert source[evidence.start : evidence.end] == evidence.quote  # the block opens it
    return fact.value


def test_an_update_key_inside_the_pages_params_map_stamps_the_page():
    source = (
        "---\ntitle: Family Time Arrangements\nparams:\n  owner: Fostering team\n"
        "  lastmod: 2025-01-17\n---\n\n" + _BODY
    )
    assert _stamp(source) == "2025-01-17"


def test_a_publication_date_inside_a_meta_map_stamps_the_page_when_nothing_is_later():
    source = "---\ntitle: Family Time Arrangements\nmeta:\n  date: '2024-10-02'\n---\n\n" + _BODY
    assert _stamp(source) == "2024-10-02"


def test_hugo_toml_front_matter_is_cut_off_and_its_params_table_read():
    source = (
        '+++\ntitle = "Family Time Arrangements"\ndate = 2022-03-04\n'
        '[params]\nlastmod = "2025-06-09"\n+++\n\n' + _BODY
    )
    assert _stamp(source) == "2025-06-09"


def test_a_top_level_toml_update_key_stamps_the_page():
    source = (
        '+++\ntitle = "Family Time Arrangements"\nlastmod = 2024-12-12T09:00:00Z\n+++\n\n' + _BODY
    )
    assert _stamp(source) == "2024-12-12"


def test_a_date_in_a_map_about_something_else_is_not_the_stamp():
    source = (
        "---\ntitle: Family Time Arrangements\nreview:\n  updated: 2026-03-01\n"
        "cascade:\n  lastmod: 2025-02-02\n---\n\n" + _BODY
    )
    assert _stamp(source) is None


def test_a_date_two_levels_down_or_in_a_list_is_not_the_stamp():
    source = (
        "---\ntitle: Family Time Arrangements\nparams:\n  history:\n    updated: 2025-04-04\n"
        "aliases:\n  - lastmod: 2025-05-05\n---\n\n" + _BODY
    )
    assert _stamp(source) is None
