"""Who is making a write from a web form: the one place the pages learn it.

Until editors sign in once (issue 14, item 6), a form carries the editor's key in the field
`KEY_FIELD`, as the upload form does. When sign-in sessions exist, `editor_for_write` gives the
signed-in editor instead (the same shape: a name or None) and `signed_in_editor` says who is
signed in, so the forms stop asking for the key; no page changes otherwise.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from app.errors import Unauthorized
from app.store import authenticate

KEY_FIELD = "token"
"""The form field that carries the editor's key while there is no sign-in."""


def signed_in_editor(request: Request) -> str | None:
    """The signed-in editor's name, or None: nobody until sign-in exists, so forms ask for
    the key."""
    return None


async def editor_for_write(request: Request) -> str | None:
    """The name of the editor making this form's write (their key's name), or None when the
    form carries no valid key (missing, unknown, revoked or expired)."""
    signed_in = signed_in_editor(request)
    if signed_in is not None:
        return signed_in
    form = await request.form()
    key = form.get(KEY_FIELD)
    if not isinstance(key, str) or not key.strip():
        return None
    factory: sessionmaker[Session] = request.app.state.session_factory
    return await run_in_threadpool(_key_holder, factory, key.strip())


def _key_holder(factory: sessionmaker[Session], key: str) -> str | None:
    with factory() as session:
        try:
            return authenticate(session=session, token=key).name
        except Unauthorized:
            return None


EditorForWriteDep = Annotated[str | None, Depends(editor_for_write)]

__all__ = ["KEY_FIELD", "EditorForWriteDep", "editor_for_write", "signed_in_editor"]
