"""The parsed-version contract: the shape `policydiff parse --json` and the API share."""

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source
from app.schemas import ParsedVersionRead
from tests.conftest import CASES_DIR


def _parsed(name: str) -> ParsedVersionRead:
    path = CASES_DIR / "facts" / name
    return ParsedVersionRead.from_analyzed(
        analyze(read_source(path.read_bytes(), path.name), get_family())
    )


def test_parsed_version_dumps_the_documented_keys():
    data = _parsed("cared-for-children-plain.txt").model_dump(mode="json")
    assert set(data) == {
        "title",
        "source_format",
        "sha256",
        "family",
        "analyzer_version",
        "sections",
        "facts",
        "citations",
    }
    assert data["source_format"] == "text"
    assert len(data["sha256"]) == 64
    section = data["sections"][0]
    assert set(section) == {
        "kind",
        "heading",
        "number",
        "level",
        "start",
        "end",
        "text",
        "blocks",
        "decided_by",
        "confidence",
    }
    for block in section["blocks"]:
        assert set(block) == {
            "type",
            "level",
            "number",
            "start",
            "end",
            "text",
            "content_start",
            "content_end",
        }
    fact = data["facts"]["leaving_care_support_age"]
    assert fact["value"] == {
        "age": 21,
        "extended": [{"age": 25, "condition": "in education or training"}],
    }
    assert set(fact) == {"value", "evidence", "conflict", "alternatives"}
    assert (fact["conflict"], fact["alternatives"]) == (False, [])
    assert set(fact["evidence"][0]) == {"section_kind", "start", "end", "quote", "origin"}
    assert fact["evidence"][0]["origin"] == "text"


def test_a_conflicting_fact_carries_each_other_value_with_its_evidence():
    parsed = _parsed("six-principles-markdown.md")
    data = parsed.model_dump(mode="json")["facts"]["corporate_parenting_principles"]
    assert data["value"] == 6
    assert data["conflict"] is True
    assert [set(item) for item in data["alternatives"]] == [{"value", "evidence"}]
    assert data["alternatives"][0]["value"] == 7
    text = "".join(section.text for section in parsed.sections)
    for evidence in data["alternatives"][0]["evidence"]:
        assert text[evidence["start"] : evidence["end"]] == evidence["quote"]


def test_sections_in_the_contract_tile_the_text_and_quotes_match_it():
    parsed = _parsed("six-principles-markdown.md")
    text = "".join(section.text for section in parsed.sections)
    assert [s.start for s in parsed.sections[1:]] == [s.end for s in parsed.sections[:-1]]
    for fact in parsed.facts.values():
        for evidence in fact.evidence:
            assert text[evidence.start : evidence.end] == evidence.quote


def test_facts_are_keyed_in_the_familys_order():
    assert list(_parsed("nothing-stated.txt").facts) == list(get_family().extractors)


def test_attribute_docstrings_become_schema_descriptions():
    schema = ParsedVersionRead.model_json_schema()
    assert "SHA-256" in schema["properties"]["sha256"]["description"]
    evidence = schema["$defs"]["EvidenceRead"]["properties"]
    assert "exactly" in evidence["quote"]["description"]
