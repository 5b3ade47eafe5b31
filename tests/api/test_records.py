"""Audited writes over the API: uploads and deletes record the token's name, deletes are
tombstones an editor lists and restores, and an admin token lists, creates and revokes tokens
(decision 0023)."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.store import create_token
from app.store.models import Version
from tests.store.helpers import chapter_text

API = "/api/v1"


def _upload(client: TestClient, token: str, extra: str = "") -> int:
    created = client.post(
        f"{API}/versions?authority=test-council",
        content=chapter_text(extra=extra),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "text/plain"},
    )
    assert created.status_code == 201, created.text
    return int(created.json()["id"])


def test_delete_is_a_tombstone_an_editor_restores(client: TestClient, session: Session) -> None:
    token = create_token(session=session, name="editor-ann")
    auth = {"Authorization": f"Bearer {token}"}
    version_id = _upload(client, token)
    with session.begin():
        assert session.scalar(select(Version.added_by).where(Version.id == version_id)) == (
            "editor-ann"
        )

    deleted = client.delete(f"{API}/versions/{version_id}?reason=uploaded twice", headers=auth)

    assert deleted.status_code == 204
    assert client.get(f"{API}/versions/{version_id}").status_code == 404
    assert client.get(f"{API}/deleted-versions").status_code == 401
    [tombstone] = client.get(f"{API}/deleted-versions", headers=auth).json()
    assert tombstone["version_id"] == version_id
    assert tombstone["deleted_by"] == "editor-ann"
    assert tombstone["added_by"] == "editor-ann"
    assert tombstone["reason"] == "uploaded twice"

    assert client.post(f"{API}/deleted-versions/{version_id}/restore").status_code == 401
    restored = client.post(f"{API}/deleted-versions/{version_id}/restore", headers=auth)

    assert restored.status_code == 200
    assert restored.json()["id"] == version_id
    assert client.get(f"{API}/versions/{version_id}").status_code == 200
    assert client.get(f"{API}/deleted-versions", headers=auth).json() == []
    again = client.post(f"{API}/deleted-versions/{version_id}/restore", headers=auth)
    assert again.status_code == 404


def test_a_revoked_or_unknown_token_is_refused(client: TestClient, session: Session) -> None:
    admin = create_token(session=session, name="root", role="admin")
    leaver = create_token(session=session, name="leaver")
    _upload(client, leaver, "Before leaving.")

    revoked = client.delete(f"{API}/tokens/leaver", headers={"Authorization": f"Bearer {admin}"})

    assert revoked.status_code == 200
    assert revoked.json()["state"] == "revoked"
    refused = client.post(
        f"{API}/versions?authority=test-council",
        content=chapter_text(extra="After leaving."),
        headers={"Authorization": f"Bearer {leaver}", "Content-Type": "text/plain"},
    )
    assert refused.status_code == 401
    assert "revoked" in refused.json()["detail"]
    assert refused.headers["WWW-Authenticate"].startswith("Bearer")


def test_only_an_admin_token_manages_tokens(client: TestClient, session: Session) -> None:
    admin = {"Authorization": f"Bearer {create_token(session=session, name='root', role='admin')}"}
    editor = {"Authorization": f"Bearer {create_token(session=session, name='ann')}"}

    assert client.get(f"{API}/tokens").status_code == 401
    forbidden = client.get(f"{API}/tokens", headers=editor)
    assert forbidden.status_code == 403
    assert forbidden.json()["type"].endswith("/forbidden")
    assert client.delete(f"{API}/tokens/root", headers=editor).status_code == 403

    created = client.post(
        f"{API}/tokens",
        json={"name": "sync", "expires_at": "2099-01-01T00:00:00Z"},
        headers=admin,
    )
    assert created.status_code == 201
    new_token = created.json()["token"]
    assert created.json()["role"] == "editor" and created.json()["state"] == "active"
    assert client.post(f"{API}/tokens", json={"name": "sync"}, headers=admin).status_code == 409
    listed = client.get(f"{API}/tokens", headers=admin).json()
    assert [(t["name"], t["role"]) for t in listed] == [
        ("ann", "editor"),
        ("root", "admin"),
        ("sync", "editor"),
    ]
    assert all("token" not in t for t in listed)
    _upload(client, new_token)
    assert client.delete(f"{API}/tokens/nobody", headers=admin).status_code == 404
