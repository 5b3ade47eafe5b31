"""A fact stated in a row of an HTML table written among markdown is read in that row's cells,
never on through the next rows' tags (decision 0369). Texts in our own words."""

from __future__ import annotations

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source


def test_a_fact_read_in_a_table_row_stops_at_its_cell() -> None:
    text = (
        "# Our chapter\n\nThis chapter is for all staff.\n\n## Quick facts\n\n<table>\n  <tbody>\n"
        "    <tr><th>Personal adviser</th><td>Until 21, or until 25 for those at university</td>"
        "</tr>\n    <tr><th>Plan for permanence</th><td>Within five months of care</td></tr>\n"
        "    <tr><th>Model</th><td>Family Safeguarding</td></tr>\n  </tbody>\n</table>\n"
    )
    facts = {
        fact.key: fact
        for fact in analyze(read_source(text.encode(), "facts.md"), get_family()).facts
    }
    support = facts["leaving_care_support_age"]
    assert support.value["age"] == 21
    assert [extended["age"] for extended in support.value["extended"]] == [25]
    assert "<" not in support.value["extended"][0]["condition"]
    assert "<" not in support.evidence[0].quote
    assert facts["permanence_plan_months"].value == 5
    assert facts["named_models"].value == ["Family Safeguarding"]
