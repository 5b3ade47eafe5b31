"""The matrix, timeline and version pages and the matrix JSON are rendered once per state of
the versions they show, then served from memory and revalidated by ETag; an upload, a delete,
a restore or a re-analysis shows at once (decision 0030)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update
from sqlalchemy.orm import Session

import app.api.routes.matrix as matrix_api
import app.web.pages.matrix as matrix_page
import app.web.pages.timeline as timeline_page
import app.web.pages.version as version_page
from app.config import Settings
from app.main import create_app
from app.store import delete_version, reanalyse_versions, restore_version
from app.store.models import Version
from tests.store.helpers import CHAPTER, add, chapter_text

MATRIX = f"/chapters/{CHAPTER}/matrix"
API_MATRIX = f"/api/v1/chapters/{CHAPTER}/matrix"
TIMELINE = f"/authorities/test-council/chapters/{CHAPTER}"


@pytest.fixture
def versions(session: Session) -> tuple[int, int]:
    older = add(session, chapter_text(amended="In May 2021, this chapter was revised."))
    newer = add(session, chapter_text(leaving_care="until they are 25"))
    return older.version.id, newer.version.id


@pytest.fixture
def client(settings: Settings, versions: tuple[int, int]) -> Iterator[TestClient]:
    changes = {"load_corpus_on_start": False}
    app = create_app(settings.model_copy(update=changes))
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture
def renders(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """How often each page was actually rendered (a read of what it is made of)."""
    counts: dict[str, int] = {}

    def counted(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            counts[name] = counts.get(name, 0) + 1
            return function(*args, **kwargs)

        return wrapper

    for module, function, name in (
        (matrix_page, "divergence_matrix", "matrix"),
        (matrix_api, "matrix_of", "api_matrix"),
        (timeline_page, "timeline", "timeline"),
        (version_page, "sections_of", "version"),
    ):
        monkeypatch.setattr(module, function, counted(name, getattr(module, function)))
    return counts


def _pages(versions: tuple[int, int]) -> dict[str, str]:
    return {
        "matrix": MATRIX,
        "api_matrix": API_MATRIX,
        "timeline": TIMELINE,
        "version": f"/versions/{versions[1]}",
    }


def test_each_page_is_rendered_once_then_served_from_memory(
    client: TestClient, versions: tuple[int, int], renders: dict[str, int]
) -> None:
    for name, path in _pages(versions).items():
        first = client.get(path)
        second = client.get(path)
        assert first.status_code == second.status_code == 200, path
        assert second.content == first.content
        assert second.headers["etag"] == first.headers["etag"]
        assert second.headers["content-type"] == first.headers["content-type"]
        assert first.headers["cache-control"] == "no-cache"
        assert renders[name] == 1, name


def test_a_client_holding_the_current_etag_gets_304_without_a_body(
    client: TestClient, versions: tuple[int, int], renders: dict[str, int]
) -> None:
    for path in _pages(versions).values():
        etag = client.get(path).headers["etag"]
        again = client.get(path, headers={"If-None-Match": etag})
        assert again.status_code == 304, path
        assert again.content == b""
        assert again.headers["etag"] == etag
        assert client.get(path, headers={"If-None-Match": '"stale"'}).status_code == 200


def test_an_upload_changes_every_page_of_the_chapter_at_once(
    client: TestClient, session: Session, versions: tuple[int, int], renders: dict[str, int]
) -> None:
    pages = _pages(versions)
    before = {name: client.get(path) for name, path in pages.items()}

    added = add(
        session, chapter_text(leaving_care="until they are 23"), authority="another-council"
    )
    after = {name: client.get(path) for name, path in pages.items()}

    for name in pages:
        assert after[name].status_code == 200
        assert after[name].headers["etag"] != before[name].headers["etag"], name
        revalidated = client.get(
            pages[name], headers={"If-None-Match": before[name].headers["etag"]}
        )
        assert revalidated.status_code == 200, name
    assert "another-council" not in before["matrix"].text
    assert "another-council" in after["matrix"].text
    assert any(row["version_id"] == added.version.id for row in after["api_matrix"].json()["rows"])
    offered = f'<option value="{added.version.id}"'
    assert offered not in before["version"].text
    assert offered in after["version"].text  # the compare form offers the new version


def test_a_delete_and_a_restore_show_at_once(
    client: TestClient, session: Session, versions: tuple[int, int]
) -> None:
    older, newer = versions
    shown = client.get(API_MATRIX)
    assert [row["version_id"] for row in shown.json()["rows"]] == [newer]

    delete_version(session=session, version_id=newer, reason="uploaded by mistake")
    deleted = client.get(API_MATRIX)
    timeline = client.get(TIMELINE)
    assert [row["version_id"] for row in deleted.json()["rows"]] == [older]
    assert f"/versions/{newer}" not in timeline.text
    assert client.get(f"/versions/{newer}").status_code == 404

    restore_version(session=session, version_id=newer)
    restored = client.get(API_MATRIX)
    assert [row["version_id"] for row in restored.json()["rows"]] == [newer]
    assert restored.headers["etag"] == shown.headers["etag"]  # the same versions, the same page
    assert restored.content == shown.content


def test_a_reanalysis_shows_at_once(
    client: TestClient, session: Session, versions: tuple[int, int], renders: dict[str, int]
) -> None:
    with session.begin():  # as a version read by an older analyser would be stored
        session.execute(update(Version).values(analyzer_version="0"))
    outdated = client.get(MATRIX)
    assert client.get(MATRIX).headers["etag"] == outdated.headers["etag"]

    assert reanalyse_versions(session=session, only_outdated=True) == 2
    reanalysed = client.get(MATRIX)

    assert reanalysed.headers["etag"] != outdated.headers["etag"]
    assert renders["matrix"] == 2


def test_the_remembered_council_is_part_of_the_key(
    client: TestClient, versions: tuple[int, int]
) -> None:
    anyone = client.get(MATRIX)
    chosen = client.get(MATRIX, params={"council": "test-council"})
    assert chosen.status_code == 200
    assert "policydiff_council=test-council" in chosen.headers["set-cookie"]
    remembered = client.get(MATRIX)  # the client now sends the cookie

    assert {part.strip() for part in remembered.headers["vary"].split(",")} == {
        "Cookie",
        "Accept-Encoding",
    }
    assert remembered.headers["etag"] != anyone.headers["etag"]
    client.cookies.clear()
    assert client.get(MATRIX).headers["etag"] == anyone.headers["etag"]


def test_errors_are_not_kept(client: TestClient, versions: tuple[int, int]) -> None:
    for _ in range(2):
        refused = client.get(MATRIX, params={"as_of": "not-a-date"})
        assert refused.status_code == 422
        assert "etag" not in refused.headers


def test_a_request_with_another_cookie_is_rendered_for_itself(
    client: TestClient, versions: tuple[int, int], renders: dict[str, int]
) -> None:
    """A session cookie (sign-in) may change what the page shows: such pages are never kept."""
    client.get(MATRIX)
    client.cookies.set("policydiff_session", "someone")
    for _ in range(2):
        own = client.get(MATRIX)
        assert own.status_code == 200
        assert "etag" not in own.headers
    assert renders["matrix"] == 3


def test_the_whole_query_is_part_of_the_key(
    client: TestClient, versions: tuple[int, int], renders: dict[str, int]
) -> None:
    plain = client.get(MATRIX)
    other = client.get(MATRIX, params={"unused": "1"})
    assert other.headers["etag"] != plain.headers["etag"]
