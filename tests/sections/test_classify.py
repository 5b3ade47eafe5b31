"""Kinds from a family's cues: heading cues first, then content cues, else "other"."""

import functools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import InvalidCue
from app.families import get_family
from app.sections import SectionKind
from app.sections.classify import compile_cues, cue_text, heading_label


@pytest.fixture(scope="module")
def cues():
    return compile_cues(get_family().kinds)


def test_cue_text_normalises_quotes_links_emphasis_and_spaces():
    assert cue_text("**[Working Together](https://x.test/wt)**  emphasises\n the") == (
        "Working Together emphasises the"
    )
    assert cue_text("Children\u2019s Services") == "Children's Services"


def test_cue_text_reads_a_markdown_table_as_other_formats_tables_read():
    table = "| Date | Amendment |\n|---|:---:|\n| May 2025 | Leaving care updated |\n"
    assert cue_text(table) == "Date | Amendment May 2025 | Leaving care updated"


def _cue_text_step_by_step(text: str) -> str:
    text = text[:400]
    if text.startswith("|"):
        rows = (line.strip().strip("|").strip() for line in text.splitlines())
        text = "\n".join(row for row in rows if row and not re.fullmatch(r"[\s|:-]+", row))
    text = re.sub(r"\]\([^)\n]*\)", "]", text)
    text = re.sub(r"[\[\]*`]|(?<!\w)_+|_+(?!\w)|\\(?=[^\w\s])", "", text)
    for curly, straight in ("\u2019'", "\u2018'", "`'", '\u201c"', '\u201d"', "\u2013-", "\u2014-"):
        text = text.replace(curly, straight)
    return " ".join(text.split())[:300]


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [*"ab C.:'_*[]()`\\\u2019\u201c\u00a0\u2003\x1c\x0b\t\n", "](x)", "  ", "word "]
        ),
        max_size=120,
    ).map("".join)
    | st.text(max_size=500)
)
def test_cue_text_is_the_step_by_step_normalisation(text):
    assert cue_text(text) == _cue_text_step_by_step(text)


def test_compiled_cues_are_cached_per_tuple_of_kinds():
    kinds = get_family().kinds
    assert compile_cues(kinds) is compile_cues(list(kinds))


def test_an_invalid_cue_is_a_domain_error_that_names_the_kind():
    with pytest.raises(InvalidCue, match="broken"):
        compile_cues((SectionKind(slug="broken", label="Broken", heading_cues=("(",)),))


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Scope of this Chapter", "scope"),
        ("AMENDMENT", "scope"),
        ("Contents", "scope"),
        ("Introduction", "introduction"),
        ("A Shared Responsibility", "shared_responsibility"),
        ("Partnership Working", "shared_responsibility"),
        ("Key Values", "values"),
        ("Our Values", "values"),
        ("Values and Principles", "values"),
        ("Corporate Parenting Responsibilities", "corporate_parenting"),
        ("Our Vision and Rationale", "vision"),
        ("Our Practice Model - Signs of Safety", "practice_model"),
        ("Practice Framework", "practice_model"),
        ("Outcomes for Children", "key_outcomes"),
        ("Being healthy", "key_outcomes"),
        ("Key Principles", "key_principles"),
        ("Principles", "key_principles"),
        ("How we work", "key_principles"),
        ("Our Strategy", "strategy"),
        ("Information Sharing and Confidentiality", "information_sharing"),
        ("Confidentiality", "information_sharing"),
        ("The National Framework", "national_framework"),
        ("Children's Services Policies, Values and Principles", "title"),
        ("Theoretical Underpinnings", "practice_model"),
        ("Further Reading", None),
    ],
)
def test_heading_cues(cues, heading, kind):
    assert cues.heading_kind(heading) == kind


@pytest.mark.parametrize(
    ("opening", "kind"),
    [
        ("This chapter provides the context for all procedures.", "scope"),
        ("In May 2024, this chapter was revised in line with new guidance.", "scope"),
        ("This chapter was updated in March 2025.", "scope"),
        ("This procedure sets out the framework within which Anytown works.", "introduction"),
        (
            "Working Together to Safeguard Children (2023) highlights joint working.",
            "shared_responsibility",
        ),
        ("Safeguarding children is everyone's responsibility.", "shared_responsibility"),
        ("See also Principles of Best Practice in the library.", "values"),
        ("Our values are honesty, curiosity and kindness.", "values"),
        ("This can be summarised under 5 key outcomes for children:", "key_outcomes"),
        ("The key outcomes for all children are set out in our plan.", "key_outcomes"),
        (
            "Consideration of children's welfare and best interests will always be at the centre.",
            "key_principles",
        ),
        ("The welfare of the child will always be paramount.", "key_principles"),
        ("The strategy for Anytown Family Services is to invest early.", "strategy"),
        ("The Strategy of Anytown Children's Services is to harness funding.", "strategy"),
        ("The National Framework is statutory guidance for councils.", "national_framework"),
        ("The Childrens Social Care National Framework contains standards.", None),
        ("Our shared vision is that every child thrives.", "vision"),
        ("Signs of Safety is our practice framework.", "practice_model"),
        ("The Council's strategy is to act early.", "strategy"),
        ("Information sharing is vital to safeguarding.", "information_sharing"),
        ("All councillors and officers are corporate parents.", "corporate_parenting"),
        (
            "Eastmere Borough Council is the corporate parent of all children in care.",
            "corporate_parenting",
        ),
        ("The local authority acts as a corporate parent to care leavers.", "corporate_parenting"),
        ("The council is the lead agency for early help.", None),
        (
            "For teenagers at risk of care, Eastmere runs a No Wrong Door hub with one key worker.",
            "practice_model",
        ),
        ("Since 2021 the borough has adopted Family Safeguarding in every team.", "practice_model"),
        ("Families first. The council runs a No Wrong Door hub.", None),
        (
            "The Children's Social Care National Framework, published in 2023, says",
            "national_framework",
        ),
        ("End", "end_matter"),
        ("v27", "end_matter"),
        ("Children have the right to be safe.", None),
        ("This is statutory guidance and must be followed.", None),
        ("Introduction: this policy explains how we work.", "introduction"),
        ("Key Principles. Children come first.", "key_principles"),
        ("Permanence planning starts early: a plan is made within four months.", None),
        ("Note: this is important.", None),
    ],
)
def test_content_cues(cues, opening, kind):
    assert cues.content_kind(opening) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Page last reviewed: 3 March 2025",
        "Last Updated: May 22, 2024",
        "Updated 3 June 2024",
        "Date last reviewed - 14/03/2025",
        "June 3, 2024",
        "22nd September 2023",
    ],
)
def test_a_review_stamp_is_end_matter_near_the_end_and_scope_elsewhere(cues, line):
    assert cues.content_kind(line, near_end=True) == "end_matter"
    assert cues.content_kind(line, near_end=False) == "scope"


def test_trailing_kinds_are_skipped_away_from_the_end(cues):
    assert cues.content_kind("End", near_end=True) == "end_matter"
    assert cues.content_kind("End", near_end=False) is None
    assert cues.content_kind("Our vision is that children thrive.", near_end=True) == "vision"


def test_splittable_and_trailing_kinds_come_from_the_data(cues):
    assert cues.splittable("scope") and cues.splittable("title") and cues.splittable("other")
    assert not cues.splittable("key_principles")
    assert cues.trailing("end_matter") and not cues.trailing("scope")


@functools.cache
def _one_cue(cue: str) -> re.Pattern[str]:
    """A cue compiled alone, as `re.search(cue, text, re.IGNORECASE)` compiles it: the brute
    force tries every cue on every paragraph of the known documents (about five million
    searches), and `re.search` would look each pattern up in `re`'s cache every time, which took
    three times as long as the searching (decision 0201)."""
    return re.compile(cue, re.IGNORECASE)


def _brute_force_kind(kinds, opening: str, *fields: str) -> str | None:
    text = heading_label(opening) if "heading_cues" in fields else cue_text(opening)
    for kind in kinds:
        cues = [cue for field in fields for cue in getattr(kind, field)]
        if any(_one_cue(cue).search(text) for cue in cues):
            return kind.slug
    return None


def _brute_force_heading_kind(kinds, words: str) -> str | None:
    """As `_brute_force_kind` over the heading cues, then over each half of a heading given in
    two languages ("Ein gwerthoedd / Our values") when the whole names no kind (decision 0425)."""
    fields = ("heading_cues", "yielding_cues", "summary_cues", "heading_hints")
    found = _brute_force_kind(kinds, words, *fields)
    label = heading_label(words)
    if found is not None or label.count(" / ") != 1:
        return found
    for half in label.split(" / "):
        found = _brute_force_kind(kinds, half, *fields)
        if found is not None:
            return found
    return None


def test_the_combined_cues_answer_as_each_cue_tried_alone(cues, known_document_texts):
    kinds = get_family().kinds
    paragraphs = {
        paragraph.strip().lstrip("#*-\u2022 ")
        for text in known_document_texts
        for paragraph in text.splitlines()
        if paragraph.strip()
    }
    assert len(paragraphs) > 200
    for paragraph in paragraphs:
        assert cues.cued_kind(cue_text(paragraph)) == _brute_force_kind(
            kinds, paragraph, "content_cues"
        )
        assert cues.heading_kind(paragraph) == _brute_force_heading_kind(kinds, paragraph)
        assert cues.sums_up(paragraph) == any(
            _one_cue(cue).search(heading_label(paragraph))
            for kind in kinds
            for cue in kind.summary_cues
        )


@pytest.mark.parametrize(
    "opening",
    [
        "THIS CHAPTER PROVIDES THE CONTEXT FOR all procedures.",
        "This chapter provides the context for all procedures.",
        "Thi\u017f chapter provides the context for all procedures.",
        "The strategy for the borough is to keep children safe.",
        "In May 2024, this chapter was revised throughout.",
        "Our vision is that every child thrives.",
        "End",
        "v27",
        "Ab",
        "",
    ],
)
def test_the_combined_cues_answer_as_each_cue_tried_alone_on_any_case(cues, opening):
    kinds = get_family().kinds
    assert cues.cued_kind(cue_text(opening)) == _brute_force_kind(kinds, opening, "content_cues")


@pytest.mark.parametrize(
    "line",
    [
        "This page was last updated on 14 May 2025.",
        "This chapter was last reviewed on 03/02/2025",
        "Version 2.3 - June 2024",
        "v5 (12 March 2025)",
    ],
)
def test_a_stamp_sentence_or_a_dated_version_is_end_matter_near_the_end(cues, line):
    assert cues.content_kind(line, near_end=True) == "end_matter"
    assert cues.content_kind(line, near_end=False) != "end_matter"
