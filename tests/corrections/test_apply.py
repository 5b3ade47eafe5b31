"""Corrections applied over a reading: the editor's kind or value wins, nothing else moves, the
text still tiles, and a correction whose section is gone is reported, not dropped."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.analysis import AnalyzedVersion, analyze
from app.corrections import (
    KindCorrection,
    SectionAnchor,
    ValueCorrection,
    anchor_of,
    apply_corrections,
    find_section,
)
from app.families import get_family
from app.ingest import read_source

FAMILY = get_family(None)
KINDS = [kind.slug for kind in FAMILY.kinds]
PARAGRAPHS = st.sampled_from(
    [
        "Scope of this chapter",
        "1. Introduction",
        "This policy sets out the framework within which the service works.",
        "2. Corporate Parenting",
        "The council acts as a good parent would, with the seven principles.",
        "3. Our Values",
        "Care leavers are supported until they are 21.",
        "Permanence plans are made within four months.",
        "Children should be listened to and kept safe.",
    ]
)
DOCUMENTS = st.lists(PARAGRAPHS, min_size=1, max_size=12).map("\n\n".join)


def _read(text: str) -> AnalyzedVersion:
    return analyze(read_source(text.encode(), "chapter.txt", None, 10**6), FAMILY)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=DOCUMENTS, data=st.data())
def test_a_kind_correction_sets_that_kind_only_and_the_sections_still_tile(
    text: str, data: st.DataObject
) -> None:
    analyzed = _read(text)
    sections = analyzed.outline.sections
    index = data.draw(st.integers(0, len(sections) - 1))
    kind = data.draw(st.sampled_from(KINDS))

    corrected = apply_corrections(
        analyzed, [KindCorrection(anchor_of(sections[index]), kind)], FAMILY
    )

    after = corrected.analyzed.outline.sections
    assert "".join(section.text for section in after) == analyzed.text
    found = find_section(sections, anchor_of(sections[index]))
    assert found is not None
    assert (after[found].kind, after[found].decided_by) == (kind, "correction")
    assert [s.kind for i, s in enumerate(after) if i != found] == [
        s.kind for i, s in enumerate(sections) if i != found
    ]
    (outcome,) = corrected.outcomes
    assert outcome.applies and outcome.original == sections[found].kind
    assert corrected.fingerprint
    again = apply_corrections(
        _read(text), [KindCorrection(anchor_of(sections[index]), kind)], FAMILY
    )
    assert again == corrected


def test_a_value_correction_wins_and_keeps_the_evidence_and_the_other_facts() -> None:
    analyzed = _read("2. Key Principles\n\nCare leavers are supported until they are 21.")
    read = analyzed.fact("leaving_care_support_age")
    assert read is not None and read.value == {"age": 21, "extended": []}

    corrected = apply_corrections(
        analyzed, [ValueCorrection("leaving_care_support_age", {"age": 25, "extended": []})], FAMILY
    )

    fact = corrected.analyzed.fact("leaving_care_support_age")
    assert fact is not None
    assert fact.value == {"age": 25, "extended": []}
    assert fact.evidence == read.evidence
    assert corrected.outcomes[0].original == {"age": 21, "extended": []}
    others = [f for f in corrected.analyzed.facts if f.key != "leaving_care_support_age"]
    assert others == [f for f in analyzed.facts if f.key != "leaving_care_support_age"]


def test_the_facts_are_read_again_from_the_corrected_outline() -> None:
    analyzed = _read(
        "1. Introduction\n\nThis policy sets out the framework.\n\n"
        "2. How we care\n\nWe follow the seven corporate parenting principles: to act in the "
        "best interests of children, to take account of their views, to help them access "
        "services, to promote high aspirations, to make sure they are safe, to prepare them for "
        "adulthood, and to keep their lives stable."
    )
    caring = next(s for s in analyzed.outline.sections if s.heading == "2. How we care")
    read = analyzed.fact("corporate_parenting_principles")
    assert read is not None and [e.section_kind for e in read.evidence] == [caring.kind]

    corrected = apply_corrections(analyzed, [KindCorrection(anchor_of(caring), "values")], FAMILY)

    fact = corrected.analyzed.fact("corporate_parenting_principles")
    assert fact is not None
    assert [e.section_kind for e in fact.evidence] == ["values"]
    assert [(e.start, e.end) for e in fact.evidence] == [(e.start, e.end) for e in read.evidence]


def test_corrections_whose_section_or_fact_is_gone_are_reported_and_change_nothing() -> None:
    analyzed = _read("1. Introduction\n\nThis policy sets out the framework.")
    gone = SectionAnchor(start=0, heading="9. A heading no longer read", opening="9. A heading")

    corrected = apply_corrections(
        analyzed, [KindCorrection(gone, "values"), ValueCorrection("no_such_fact", 1)], FAMILY
    )

    assert [outcome.applies for outcome in corrected.outcomes] == [False, False]
    assert corrected.analyzed == analyzed
    assert corrected.fingerprint == ""
