"""The version page's text: each heading shown once, as the heading, nothing of the text lost."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from app.web.pages.version_view import evidence_spans, split_heading
from app.web.pages.words import TextSegment


def _joined(segments: list[TextSegment]) -> str:
    return "".join(segment.text for segment in segments)


def test_a_heading_line_is_cut_from_the_text_with_its_markup() -> None:
    segments = [
        TextSegment("\n## 4. Key Principles\n\nWe listen to "),
        TextSegment("children", facts=("F",)),
    ]
    line, body = split_heading(segments, "4. Key Principles")
    assert line is not None
    assert line.markup == "\n## "
    assert _joined(line.segments) == "4. Key Principles"
    assert _joined(body) == "We listen to children"
    assert body[-1].marked


def test_a_text_not_opening_with_its_heading_is_left_whole() -> None:
    segments = [TextSegment("Introduction text that has no heading line.")]
    assert split_heading(segments, "1. Introduction") == (None, segments)
    assert split_heading(segments, None) == (None, segments)


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(["", "\n", "## ", "**"]),
    st.text(alphabet="ab .1", min_size=1, max_size=12).filter(lambda h: h.strip() == h),
    st.text(alphabet="ab \n", max_size=30),
    st.lists(st.integers(0, 45), max_size=4),
)
def test_splitting_loses_only_blank_lines_after_the_heading(
    markup: str, heading: str, rest: str, cuts: list[int]
) -> None:
    text = markup + heading + "\n\n" + rest
    points = sorted({0, len(text), *(min(cut, len(text)) for cut in cuts)})
    segments = [TextSegment(text[a:b]) for a, b in itertools.pairwise(points) if b > a]
    line, body = split_heading(segments, heading)
    start = len(markup)
    if line is None:
        # Only when a segment boundary falls inside the markup, which stays as it is.
        assert any(0 < point < start for point in points)
        return
    assert line.markup == markup
    assert _joined(line.segments) == heading
    rebuilt = line.markup + heading + _joined(body)
    assert "".join(rebuilt.split()) == "".join(text.split())
    assert rebuilt.startswith(text.rstrip()[: len(markup) + len(heading)])


def test_front_matter_evidence_is_not_highlighted_in_the_text() -> None:
    """Front-matter evidence indexes the block the text leaves out (decision 0211), so the page
    marks only the evidence that indexes the text."""
    evidence = [
        {"section_kind": "other", "start": 4, "end": 14, "quote": "2024-09-30"},
        {
            "section_kind": "other",
            "start": 20,
            "end": 30,
            "quote": "2024-09-30",
            "origin": "front_matter",
        },
    ]
    spans = evidence_spans([("last_updated", evidence)])
    assert [(span.start, span.end) for span in spans] == [(4, 14)]
