"""The Word redline: real tracked changes whose "accept all" and "reject all" give each version."""

from __future__ import annotations

import io
import json

import pytest
from docx import Document
from docx.oxml.ns import qn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.diff import CompareOptions
from app.redline import side_layout, write_docx
from tests.conftest import CASES_DIR
from tests.redline.conftest import NEWER, OLDER, redline_of
from tests.redline.word_review import review, revision_authors


def _assert_review_gives_both_versions(left_text: str, right_text: str, **options: object) -> None:
    redline, left, right = redline_of(left_text, right_text, CompareOptions(**options))  # type: ignore[arg-type]
    data = write_docx(redline)
    assert review(data, "accept") == side_layout(right.outline).texts(right.text)
    assert review(data, "reject") == side_layout(left.outline).texts(left.text)


@pytest.fixture(scope="module")
def docx_bytes() -> bytes:
    redline, _, _ = redline_of(OLDER, NEWER)
    return write_docx(redline)


def test_accept_all_gives_the_newer_text_and_reject_all_the_older(docx_bytes: bytes) -> None:
    accepted = review(docx_bytes, "accept")
    rejected = review(docx_bytes, "reject")
    assert "This chapter explains how foster carers are approved, supported and reviewed." in (
        accepted
    )
    assert "Peer mentors are matched to new carers." in accepted
    assert "This chapter sets out how carers are approved and supported." in rejected
    assert "Peer mentors are matched to new carers." not in rejected
    # The moved sentence is once in each version, at that version's place.
    assert accepted.index("Reviews take place once a year.") > accepted.index("3. Records")
    assert rejected.index("Reviews take place once a year.") < rejected.index("2. Support")
    assert accepted.count("Reviews take place once a year.") == 1
    assert rejected.count("Reviews take place once a year.") == 1


def test_changes_are_word_revisions_by_policydiff_dated_with_the_comparison(
    docx_bytes: bytes,
) -> None:
    body = Document(io.BytesIO(docx_bytes)).element.body
    assert list(body.iter(qn("w:ins"))) and list(body.iter(qn("w:del")))
    assert revision_authors(docx_bytes) == {"policydiff"}
    dates = {element.get(qn("w:date")) for element in body.iter(qn("w:ins"))}
    assert dates == {"2024-05-06T09:30:00Z"}
    deleted = "".join(text.text or "" for text in body.iter(qn("w:delText")))
    assert "sets out" in deleted


def test_a_moved_paragraph_is_a_word_move_with_named_ranges(docx_bytes: bytes) -> None:
    body = Document(io.BytesIO(docx_bytes)).element.body
    moved_from = "".join(
        text.text or ""
        for element in body.iter(qn("w:moveFrom"))
        for text in element.iter()
        if text.tag == qn("w:delText")
    )
    moved_to = "".join(
        text.text or "" for element in body.iter(qn("w:moveTo")) for text in element.iter(qn("w:t"))
    )
    assert "Reviews take place once a year." in moved_from
    assert "Reviews take place once a year." in moved_to
    for kind in ("From", "To"):
        starts = list(body.iter(qn(f"w:move{kind}RangeStart")))
        ends = list(body.iter(qn(f"w:move{kind}RangeEnd")))
        assert starts and len(starts) == len(ends)
        assert {start.get(qn("w:id")) for start in starts} == {end.get(qn("w:id")) for end in ends}
        assert {start.get(qn("w:name")) for start in starts} == {"move1"}


def test_headings_keep_heading_styles_and_lists_stay_lists(docx_bytes: bytes) -> None:
    document = Document(io.BytesIO(docx_bytes))
    styles = {paragraph.text: paragraph.style.name for paragraph in document.paragraphs}
    assert styles["2. Support"].startswith("Heading")
    assert styles["Carers may call the duty line at any hour."] == "List Bullet"
    numbered = next(p for p in document.paragraphs if p.text.startswith("2. Refresher"))
    assert numbered.style.name == "List Number"


def test_the_cover_names_both_versions_the_options_the_facts_and_a_sign_off(
    docx_bytes: bytes,
) -> None:
    document = Document(io.BytesIO(docx_bytes))
    _, left, right = redline_of(OLDER, NEWER)
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    for expected in (
        "Northshire",
        "Southvale",
        "Fostering Standards",
        "2023-02",
        "2024-04",
        "v3",
        left.source.sha256,
        right.source.sha256,
        "Name",
        "Role",
        "Date",
    ):
        assert expected in cells
    assert any(cell.startswith("Decision") for cell in cells)
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    assert "Ignoring: nothing" in text
    footer = document.sections[0].footer.paragraphs[0]._p.xml
    assert 'w:instr="PAGE"' in footer and 'w:instr="NUMPAGES"' in footer


def test_a_fact_that_differs_is_in_the_cover_table() -> None:
    sentence = "Care leavers are entitled to support from a Personal Adviser up to the age of {}.\n"
    older = "## Leaving Care\n\n" + sentence.format(21)
    newer = "## Leaving Care\n\n" + sentence.format(25)
    redline, _, _ = redline_of(older, newer)
    document = Document(io.BytesIO(write_docx(redline)))
    rows = [[cell.text for cell in row.cells] for table in document.tables for row in table.rows]
    assert any("21" in row[1] and "25" in row[2] for row in rows if len(row) == 3)


def test_options_are_listed_and_ignored_differences_still_tracked() -> None:
    redline, _, _ = redline_of(
        "# A\n\nThe Council visits.\n",
        "# A\n\nthe council visits.\n",
        CompareOptions(ignore_case=True),
    )
    data = write_docx(redline)
    text = "\n".join(p.text for p in Document(io.BytesIO(data)).paragraphs)
    assert "Ignoring: case." in text
    assert review(data, "accept")[-1] == "the council visits."
    assert review(data, "reject")[-1] == "The Council visits."


@pytest.mark.parametrize("case", sorted(path.name for path in (CASES_DIR / "diff").iterdir()))
def test_every_golden_case_reviews_back_to_both_versions(case: str) -> None:
    folder = CASES_DIR / "diff" / case
    options_file = folder / "options.json"
    options = json.loads(options_file.read_text()) if options_file.exists() else {}
    options["local_names"] = tuple(options.get("local_names", ()))
    _assert_review_gives_both_versions(
        (folder / "left.txt").read_text(encoding="utf-8"),
        (folder / "right.txt").read_text(encoding="utf-8"),
        **options,
    )


_SENTENCES = [
    "Carers are visited monthly.",
    "Reviews happen each year.",
    "The panel meets on Tuesdays.",
    "Records are kept securely.",
    "Young people are consulted.",
    "Placements are matched with care.",
]
_BLOCK = st.one_of(
    st.sampled_from(_SENTENCES),
    st.sampled_from(_SENTENCES).map(lambda text: f"- {text}"),
    st.sampled_from(_SENTENCES).map(lambda text: f"1. {text}"),
    st.sampled_from(["## Purpose", "## 2. Support", "### Records", "Scope"]),
    st.lists(
        st.sampled_from(["the", "carer", "Council", "visits", "5", "x", "\u00e9t\u00e9"]),
        min_size=1,
        max_size=6,
    ).map(" ".join),
)
_DOCUMENT = st.lists(_BLOCK, max_size=9).map(lambda blocks: "\n\n".join(blocks) + "\n")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(left=_DOCUMENT, right=_DOCUMENT, ignore_case=st.booleans(), ignore_numbering=st.booleans())
def test_accept_and_reject_all_give_back_random_versions(
    left: str, right: str, ignore_case: bool, ignore_numbering: bool
) -> None:
    _assert_review_gives_both_versions(
        left, right, ignore_case=ignore_case, ignore_numbering=ignore_numbering
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(left=st.text(max_size=120), right=st.text(max_size=120))
def test_accept_and_reject_all_give_back_arbitrary_texts(left: str, right: str) -> None:
    _assert_review_gives_both_versions(left, right)


def test_a_redline_of_two_empty_versions_is_still_a_document() -> None:
    redline, _, _ = redline_of("", "")
    data = write_docx(redline)
    assert review(data, "accept") == [] and review(data, "reject") == []
