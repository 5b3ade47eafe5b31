"""The "cites superseded guidance" rule: a new version citing a superseded edition is told."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import InvalidParameter
from app.sources import (
    ChangeSummary,
    SupersededCitation,
    describe_change,
    make_rule,
    rule_matches,
)

WT_2018 = SupersededCitation(
    cited="Working Together to Safeguard Children 2018",
    superseded_by=("Working Together to Safeguard Children 2023",),
    since="2023-12-15",
)


def _summary(*superseded: SupersededCitation) -> ChangeSummary:
    return ChangeSummary(
        facts=(), sections=(), words_inserted=3, words_deleted=0, superseded_citations=superseded
    )


def test_the_rule_picks_a_version_citing_superseded_guidance_and_nothing_else() -> None:
    rule = make_rule("", "cites_superseded", None)

    assert rule.fact_key == "legislation"
    assert rule_matches(rule, _summary(WT_2018))
    assert not rule_matches(rule, _summary())


def test_the_rule_refuses_another_fact() -> None:
    with pytest.raises(InvalidParameter, match="leave the fact out"):
        make_rule("leaving_care_support_age", "cites_superseded", None)


def test_the_notification_names_the_citation_and_its_successor() -> None:
    text = describe_change(_summary(WT_2018))

    assert "cites superseded Working Together to Safeguard Children 2018" in text
    assert "Working Together to Safeguard Children 2023" in text


_citations = st.lists(
    st.builds(
        SupersededCitation,
        cited=st.text(min_size=1, max_size=30),
        superseded_by=st.lists(st.text(min_size=1, max_size=20), max_size=2).map(tuple),
        since=st.none() | st.just("2018-05"),
    ),
    max_size=3,
).map(tuple)


@given(_citations)
def test_a_stored_summary_reads_back_the_same(citations: tuple[SupersededCitation, ...]) -> None:
    summary = _summary(*citations)

    assert ChangeSummary.from_json(summary.to_json()) == summary


def test_a_summary_stored_before_the_rule_existed_reads_as_citing_nothing() -> None:
    stored = {"facts": [], "sections": [], "words_inserted": 1, "words_deleted": 0}

    assert ChangeSummary.from_json(stored).superseded_citations == ()
