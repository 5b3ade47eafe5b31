"""The compare form's version lists are read once per state of the versions: a compare page
served again reads nothing, and an upload shows in the lists at once."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

import app.web.pages.choices as choices_module
from app.config import Settings
from app.main import create_app
from app.store import version_choices
from tests.store.helpers import add, chapter_text


@pytest.fixture
def pair(session: Session) -> tuple[int, int]:
    older = add(session, chapter_text(amended="In May 2021, this chapter was revised."))
    newer = add(session, chapter_text(leaving_care="until they are 25"))
    return older.version.id, newer.version.id


@pytest.fixture
def client(settings: Settings, pair: tuple[int, int]) -> Iterator[TestClient]:
    changes = {"load_corpus_on_start": False}
    with TestClient(create_app(settings.model_copy(update=changes))) as test_client:
        yield test_client


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One entry per read of the version lists from the database."""
    counted: list[int] = []
    original: Callable[..., Any] = version_choices

    def counting(**kwargs: Any) -> Any:
        counted.append(1)
        return original(**kwargs)

    monkeypatch.setattr(choices_module, "version_choices", counting)
    return counted


def _offered(client: TestClient, path: str) -> set[str]:
    response = client.get(path)
    assert response.status_code == 200, response.text
    page = BeautifulSoup(response.text, "html.parser")
    options = page.select("select[name=right] option")
    return {str(option["value"]) for option in options if option.get("value")}


def test_the_lists_are_not_read_again_while_the_versions_are_unchanged(
    client: TestClient, pair: tuple[int, int], reads: list[int]
) -> None:
    left, right = pair
    first = _offered(client, f"/compare?left={left}&right={right}")
    again = _offered(client, f"/compare?left={left}&right={right}&view=inline")
    empty_form = _offered(client, "/compare")
    version_page = _offered(client, f"/versions/{right}")

    assert first == again == empty_form == {str(left), str(right)}
    assert version_page == {str(left)}  # the page's own version is not offered
    assert len(reads) == 1


def test_an_upload_shows_in_the_lists_at_once(
    client: TestClient, session: Session, pair: tuple[int, int], reads: list[int]
) -> None:
    left, right = pair
    before = _offered(client, f"/compare?left={left}&right={right}")
    added = add(
        session, chapter_text(extra="A new paragraph."), authority="other-council", name="Other"
    )
    after = _offered(client, f"/compare?left={left}&right={right}")

    assert after == before | {str(added.version.id)}
    assert len(reads) == 2
