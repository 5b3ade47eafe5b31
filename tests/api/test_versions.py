"""Reading versions: pages, metadata, text, sections, facts with evidence, the original bytes,
and conditional requests on immutable representations."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import API, CORPUS_DIR

pytestmark = pytest.mark.usefixtures("corpus")


def _first_version_id(client: TestClient, **filters: str) -> int:
    return int(
        client.get(f"{API}/versions", params={"limit": 1, **filters}).json()["items"][0]["id"]
    )


def test_walking_next_links_visits_every_version_once(client: TestClient) -> None:
    seen: list[int] = []
    url: str | None = f"{API}/versions?limit=3"
    total = None
    while url:
        page = client.get(url).json()
        total = page["total"]
        seen.extend(item["id"] for item in page["items"])
        url = page["next"]

    assert total == 14  # the shipped corpus: 8 children's policies, 6 complaints procedures
    assert len(seen) == len(set(seen)) == total


def test_previous_link_and_filters(client: TestClient) -> None:
    page = client.get(
        f"{API}/versions", params={"authority": "sample-borough", "limit": 2, "offset": 2}
    ).json()

    assert page["total"] == 3
    assert [item["authority"]["slug"] for item in page["items"]] == ["sample-borough"]
    previous = parse_qs(urlsplit(page["previous"]).query)
    assert previous["offset"] == ["0"] and previous["authority"] == ["sample-borough"]
    assert page["next"] is None
    assert client.get(f"{API}/versions", params={"authority": "nobody"}).json()["total"] == 0


def test_a_version_carries_its_text_and_facts_whose_evidence_quotes_it(client: TestClient) -> None:
    version = client.get(f"{API}/versions/{_first_version_id(client, authority='merton')}").json()

    text = version["text"]
    assert version["size_bytes"] > len(text) * 0.9
    assert "leaving_care_support_age" in version["facts"]
    quoted = [e for fact in version["facts"].values() for e in fact["evidence"]]
    quoted += [
        e
        for fact in version["facts"].values()
        for alternative in fact["alternatives"]
        for e in alternative["evidence"]
    ]
    assert quoted
    assert all(fact["conflict"] == bool(fact["alternatives"]) for fact in version["facts"].values())
    for evidence in quoted:
        assert text[evidence["start"] : evidence["end"]] == evidence["quote"]


def test_sections_tile_the_text_and_blocks_tile_their_section(client: TestClient) -> None:
    version_id = _first_version_id(client, authority="bolton")
    text = client.get(f"{API}/versions/{version_id}").json()["text"]

    sections = client.get(f"{API}/versions/{version_id}/sections").json()

    assert "".join(section["text"] for section in sections) == text
    for section in sections:
        assert "".join(block["text"] for block in section["blocks"]) == section["text"]


def test_sections_of_one_kind(client: TestClient) -> None:
    version_id = _first_version_id(client, authority="merton")
    kinds = {s["kind"] for s in client.get(f"{API}/versions/{version_id}/sections").json()}
    kind = sorted(kinds)[0]

    found = client.get(f"{API}/versions/{version_id}/sections/{kind}")
    missing = client.get(f"{API}/versions/{version_id}/sections/no_such_kind")

    assert found.status_code == 200
    assert {section["kind"] for section in found.json()} == {kind}
    assert missing.status_code == 404


def test_facts_endpoint_matches_the_version(client: TestClient) -> None:
    version_id = _first_version_id(client, authority="durham")

    facts = client.get(f"{API}/versions/{version_id}/facts").json()

    assert facts == client.get(f"{API}/versions/{version_id}").json()["facts"]


def test_the_source_is_the_original_bytes_as_a_download(client: TestClient) -> None:
    version_id = _first_version_id(client, authority="merton")
    (original,) = (CORPUS_DIR / "childrens-policies" / "merton").iterdir()

    response = client.get(f"{API}/versions/{version_id}/source")

    assert response.content == original.read_bytes()
    assert response.headers["content-disposition"].startswith("attachment;")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["content-type"].startswith("text/plain")


@pytest.mark.parametrize("suffix", ["", "/sections", "/facts", "/source"])
def test_immutable_representations_answer_if_none_match_with_304(
    client: TestClient, suffix: str
) -> None:
    url = f"{API}/versions/{_first_version_id(client)}{suffix}"
    first = client.get(url)
    etag = first.headers["etag"]

    again = client.get(url, headers={"If-None-Match": etag})
    other = client.get(url, headers={"If-None-Match": '"something-else"'})

    assert etag.startswith('"') and not etag.startswith("W/")
    assert "max-age" in first.headers["cache-control"]
    assert again.status_code == 304 and again.content == b""
    assert again.headers["etag"] == etag
    assert other.status_code == 200 and other.content == first.content


def test_different_versions_have_different_etags(client: TestClient) -> None:
    items = client.get(f"{API}/versions", params={"limit": 2}).json()["items"]

    etags = {client.get(f"{API}/versions/{item['id']}").headers["etag"] for item in items}

    assert len(etags) == 2
