"""A markdown file's front matter is left out of the extracted text but kept beside it, and its
top-level settings are read with their offsets, so that a fact can quote a setting (decision
0211). Cases written for this test in our own words."""

from app.ingest import read_source
from app.ingest.front_matter import front_matter_settings, split_front_matter

_PAGE = (
    "---\n"
    'title: "Short Breaks Policy"\n'
    "lastmod: 2024-09-30T10:15:00+01:00\n"
    "tags:\n"
    "  - short breaks\n"
    "  - updated: not a setting of the page\n"
    "---\n\n"
    "# Short Breaks Policy\n\n"
    "This policy applies to all staff.\n"
)


def test_the_front_matter_is_kept_beside_the_text_exactly_as_the_source_opens():
    source = read_source(_PAGE.encode(), "short-breaks.md")
    assert source.text.startswith("# Short Breaks Policy")
    assert "lastmod" not in source.text
    assert _PAGE.startswith(source.front_matter)
    assert source.front_matter.endswith("---\n\n")


def test_a_plain_text_file_has_no_front_matter():
    source = read_source(b"Short Breaks Policy\n\nThis policy applies to all staff.\n", "a.txt")
    assert source.front_matter == ""


def test_a_thematic_break_above_prose_is_no_front_matter():
    text = "---\nThis policy applies to all staff.\n---\n\nMore text.\n"
    assert split_front_matter(text) == ("", text)


def test_top_level_settings_are_read_with_their_offsets_and_without_quotes():
    block, _ = split_front_matter(_PAGE)
    settings = front_matter_settings(block)
    assert [(setting.key, setting.value) for setting in settings] == [
        ("title", "Short Breaks Policy"),
        ("lastmod", "2024-09-30T10:15:00+01:00"),
        ("tags", ""),
    ]
    for setting in settings:
        assert block[setting.start : setting.end] == setting.value


def test_a_hyphenated_key_is_read_with_an_underscore():
    block, _ = split_front_matter("---\nLast-Modified: 2023-01-02\n---\n\n# A policy\n")
    assert [setting.key for setting in front_matter_settings(block)] == ["last_modified"]


def test_settings_one_level_inside_a_map_are_read_under_a_dotted_key():
    page = (
        "---\ntitle: A\nparams:\n  lastmod: 2024-11-11\n    deeper: 2020-01-01\n"
        "tags:\n  - updated: 2021-01-01\n---\n\n# A\n"
    )
    block, rest = split_front_matter(page)
    assert rest == "# A\n"
    settings = front_matter_settings(block)
    assert [(setting.key, setting.value) for setting in settings] == [
        ("title", "A"),
        ("params", ""),
        ("params.lastmod", "2024-11-11"),
        ("tags", ""),
    ]
    for setting in settings:
        assert block[setting.start : setting.end] == setting.value


def test_hugo_toml_front_matter_is_cut_off_and_its_tables_read():
    page = (
        '+++\ntitle = "A"\n# a comment\n[params]\nlastmod = "2024-11-11"\n'
        "[[menu.main]]\nupdated = 2019-01-01\n+++\n\n# A\n"
    )
    block, rest = split_front_matter(page)
    assert rest == "# A\n"
    assert block.startswith("+++") and block.endswith("+++\n\n")
    settings = front_matter_settings(block)
    assert [(setting.key, setting.value) for setting in settings] == [
        ("title", "A"),
        ("params.lastmod", "2024-11-11"),
    ]
    for setting in settings:
        assert block[setting.start : setting.end] == setting.value


def test_plus_lines_around_prose_are_no_front_matter():
    text = "+++\nThis policy applies to all staff.\n+++\n\nMore text.\n"
    assert split_front_matter(text) == ("", text)
