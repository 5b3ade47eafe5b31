"""Properties of fact extraction on arbitrary text: it never raises and its evidence is exact."""

import hashlib
import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.analysis import analyze
from app.facts import extract_facts, read_outline
from app.families import get_family
from app.ingest import SourceText
from app.sections import Outline, Section
from app.text import normalize_text

FRAGMENTS = [
    "In May 2024, this chapter was revised",
    "This chapter was updated in ",
    "Last Updated: May 22, 2024",
    "June 3, 2024",
    "v27",
    "Version: 3",
    "they leave care at least until they are 21 or 24 if in full time education",
    "care leavers up to the age of twenty-five",
    "permanence plans within four months",
    "The Corporate Parenting Principles set out seven principles, as follows:",
    "underpinned by a range of legislation including, but not limited to:",
    "  • Children Acts 1989 and 2004;",
    "- Data Protection legislation;",
    "1. Human Rights Act 1998",
    "Our Practice Model - Bright Futures®",
    "the [Signs of Safety](#) model",
    "Looked After Children",
    "children who are looked after",
    "Children in Care",
    "children in our care",
    "Updated: June 2022",
    "Revised throughout, September 2021",
    "- January 2024: Section 3 was updated.",
    "In the October 2024 update, Section 3 was",
    "Next review date: May 2026",
    "Reviewed: 12/03/2024",
    "care leavers aged 18 to 25",
    "care leavers until they are 21",
    "In March 2024 this chapter was updated: care leavers are supported until 25.",
    "a permanence plan by the four-month review",
    "permanence plans within 6 months",
    "The corporate parenting principles are: (a) to act; (b) to listen; (c) to plan.",
    "- Working Together to Safeguard Children 2023",
    "Operating Model - Families First",
    "our approach to Bright Futures",
    "We use Safe Steps as our model of practice",
    "## 2. Corporate Parenting",
    "**bold**",
    "\\(",
    "(Feb 2018)",
    ":",
    ".",
    ";",
    " ",
    "\n",
    "\n\n",
]

chapter_like_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=40
).map("".join)


def _source(text: str) -> SourceText:
    normalized = normalize_text(text)
    data = text.encode("utf-8", "surrogatepass")
    return SourceText(
        data=data,
        filename="case.txt",
        source_format="text",
        text_syntax="plain",
        sha256=hashlib.sha256(data).hexdigest(),
        encoding="utf-8",
        text=normalized,
    )


def _assert_evidence_is_exact(text: str, facts) -> None:
    """Every evidence span, of each value and of each alternative, quotes the text exactly."""
    for fact in facts:
        for evidence in itertools.chain(
            fact.evidence, *(alternative.evidence for alternative in fact.alternatives)
        ):
            assert 0 <= evidence.start <= evidence.end <= len(text)
            assert text[evidence.start : evidence.end] == evidence.quote


def _assert_conflicts_are_real(facts) -> None:
    """A fact conflicts exactly when it has alternatives, each stated and unlike the value."""
    for fact in facts:
        assert fact.conflict == bool(fact.alternatives)
        values = [fact.value, *(alternative.value for alternative in fact.alternatives)]
        assert all(value is not None for value in values) or not fact.alternatives
        assert all(one != other for one, other in itertools.combinations(values, 2))
        assert all(alternative.evidence for alternative in fact.alternatives)


@settings(max_examples=75, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(), chapter_like_text))
def test_analysis_never_raises_and_every_evidence_span_quotes_its_text(text):
    analyzed = analyze(_source(text), get_family())
    assert [fact.key for fact in analyzed.facts] == list(get_family().extractors)
    _assert_evidence_is_exact(analyzed.text, analyzed.facts)
    _assert_conflicts_are_real(analyzed.facts)
    assert isinstance(analyzed.local_names, tuple)


@settings(max_examples=50, deadline=None)
@given(chapter_like_text, st.integers(min_value=0, max_value=6))
def test_evidence_names_the_kind_of_the_section_holding_it(text, cuts):
    """With the text cut into arbitrary sections, each quote carries its own section's kind."""
    text = normalize_text(text)
    bounds = sorted({0, len(text), *(len(text) * i // (cuts + 1) for i in range(1, cuts + 1))})
    sections = tuple(
        Section(f"kind{index}", None, None, 1, start, end, text[start:end], ())
        for index, (start, end) in enumerate(itertools.pairwise(bounds))
        if end > start
    )
    outline = Outline(text, None, sections)
    facts = extract_facts(read_outline(outline, get_family().search_words), get_family().extractors)
    _assert_evidence_is_exact(text, facts)
    for fact in facts:
        for evidence in itertools.chain(
            fact.evidence, *(alternative.evidence for alternative in fact.alternatives)
        ):
            holder = outline.section_at(evidence.start)
            assert evidence.section_kind == (holder.kind if holder else "other")


def test_extract_facts_runs_each_extractor_once_in_order():
    from app.facts import Fact

    calls = []

    def extractor(key):
        def read(reading):
            calls.append(key)
            return Fact(key, None)

        return read

    reading = read_outline(Outline("text", None, ()))
    facts = extract_facts(reading, {"b": extractor("b"), "a": extractor("a")})
    assert [fact.key for fact in facts] == ["b", "a"] == calls
