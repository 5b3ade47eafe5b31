"""The comparison's work budget at the API (decision 0038): a comparison past its budget says
so (`coarse`, `coarse_sections`, each block's `coarse`), still rebuilds both versions, has its
own ETag, and its redline tells the officer; within the budget nothing changes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from app.config import Settings
from app.main import create_app
from tests.store.helpers import add, chapter_text

API = "/api/v1"
NOTICE = "This comparison was too large to compare word by word"


@pytest.fixture
def pair(session_factory: sessionmaker[Session]) -> tuple[int, int]:
    with session_factory() as session:
        left = add(session, chapter_text(amended="In May 2021, this chapter was revised."))
        right = add(session, chapter_text(leaving_care="until they are 25"))
        return left.version.id, right.version.id


def _client(settings: Settings, budget: int | None) -> TestClient:
    update: dict[str, object] = {"load_corpus_on_start": False}
    if budget is not None:
        update["comparison_word_budget"] = budget
    return TestClient(create_app(settings.model_copy(update=update)))


@pytest.fixture
def clients(settings: Settings) -> Iterator[tuple[TestClient, TestClient]]:
    """A server with the default budget and one whose budget is spent at once."""
    with _client(settings, None) as default, _client(settings, 0) as spent:
        yield default, spent


def _rebuilt(comparison: dict, side: str) -> str:
    blocks = sorted(
        (block for block in comparison["blocks"] if block[side] is not None),
        key=lambda block: block[side]["start"],
    )
    dropped = "insert" if side == "left" else "delete"
    return "".join(op[1] for block in blocks for op in block["ops"] if op[0] != dropped)


def test_a_comparison_past_its_budget_says_which_sections_are_whole_replacements(
    clients: tuple[TestClient, TestClient], pair: tuple[int, int]
) -> None:
    default, spent = clients
    left, right = pair
    fine = default.get(f"{API}/comparisons", params={"left": left, "right": right})
    coarse = spent.get(f"{API}/comparisons", params={"left": left, "right": right})
    assert fine.status_code == coarse.status_code == 200
    fine_comparison, coarse_comparison = fine.json()["comparison"], coarse.json()["comparison"]
    assert fine_comparison["coarse"] is False and fine_comparison["coarse_sections"] == []
    assert not any(block["coarse"] for block in fine_comparison["blocks"])
    assert coarse_comparison["coarse"] is True
    sections = coarse_comparison["coarse_sections"]
    assert sections
    for position in sections:
        blocks = [
            coarse_comparison["blocks"][at]
            for at in coarse_comparison["sections"][position]["blocks"]
        ]
        assert any(block["coarse"] for block in blocks)
    for block in coarse_comparison["blocks"]:
        if block["coarse"]:
            assert [op[0] for op in block["ops"]] == ["delete", "insert"]
    for side in ("left", "right"):
        assert _rebuilt(coarse_comparison, side) == _rebuilt(fine_comparison, side)
    assert coarse.headers["etag"] != fine.headers["etag"]


def test_the_redline_of_a_comparison_past_its_budget_tells_the_officer(
    clients: tuple[TestClient, TestClient], pair: tuple[int, int]
) -> None:
    default, spent = clients
    params = {"left": pair[0], "right": pair[1], "format": "html"}
    coarse = spent.get(f"{API}/comparisons/redline", params=params)
    fine = default.get(f"{API}/comparisons/redline", params=params)
    assert coarse.status_code == fine.status_code == 200
    assert NOTICE in coarse.text
    assert NOTICE not in fine.text
    assert coarse.headers["etag"] != fine.headers["etag"]


def test_the_contract_documents_the_coarse_fields_as_optional(
    clients: tuple[TestClient, TestClient],
) -> None:
    schemas = clients[0].get(f"{API}/openapi.json").json()["components"]["schemas"]
    comparison = schemas["ComparisonRead"]
    assert {"coarse", "coarse_sections"} <= set(comparison["properties"])
    assert not {"coarse", "coarse_sections"} & set(comparison.get("required", []))
    assert "too large to compare word by word" in comparison["properties"]["coarse"]["description"]
    block = schemas["BlockChangeRead"]
    assert "coarse" in block["properties"] and "coarse" not in block.get("required", [])
