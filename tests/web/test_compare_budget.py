"""The compare page tells the officer when a comparison was too large to compare word by word
(decision 0038), and says nothing of the kind otherwise."""

from __future__ import annotations

from fastapi.testclient import TestClient

from app.config import Settings
from app.main import create_app
from app.store import Version
from tests.web.conftest import Soup

NOTICE = "This comparison was too large to compare word by word"


def test_the_compare_page_says_how_many_sections_are_whole_replacements(
    settings: Settings, client: TestClient, soup: Soup, sample_timeline: list[Version]
) -> None:
    query = f"/compare?left={sample_timeline[0].id}&right={sample_timeline[-1].id}"
    fine = soup(client.get(query))
    assert fine.find(id="coarse-comparison") is None
    assert NOTICE not in fine.get_text()
    spent_app = create_app(
        settings.model_copy(update={"load_corpus_on_start": False, "comparison_word_budget": 0})
    )
    with TestClient(spent_app) as spent:
        page = soup(spent.get(query))
    notice = page.find(id="coarse-comparison")
    assert notice is not None
    text = " ".join(notice.get_text(" ", strip=True).split())
    assert text.startswith(NOTICE)
    assert " shown as whole replacements" in text
    assert notice.get("role") == "note"
