"""Static assets addressed by their content, so browsers keep them for a year (decision 0031).

Templates link an asset through `static_url("css/app.css")`, which adds the first 16 hex digits
of the file's SHA-256 (`/static/css/app.css?v=1a2b…`). A request naming the file's current digest
is answered `Cache-Control: public, max-age=31536000, immutable`: a new release changes the
digest, hence the URL, and the old copy is never asked for again. Any other request (no digest,
or an old one) gets `no-cache`, so the browser revalidates with the ETag StaticFiles sends.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from pathlib import Path

from starlette.datastructures import QueryParams
from starlette.responses import Response
from starlette.staticfiles import PathLike, StaticFiles
from starlette.types import Scope

IMMUTABLE_ASSET = "public, max-age=31536000, immutable"
REVALIDATE_ASSET = "no-cache"
DIGEST_LENGTH = 16


def asset_digests(directory: Path) -> dict[str, str]:
    """The content digest of every file under `directory`, by its path relative to it (`/`)."""
    return {
        path.relative_to(directory).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()[
            :DIGEST_LENGTH
        ]
        for path in sorted(directory.rglob("*"))
        if path.is_file()
    }


class ContentAddressedStaticFiles(StaticFiles):
    """StaticFiles that marks a response immutable when its URL names the file's digest."""

    def __init__(self, *, directory: Path, digests: Mapping[str, str]) -> None:
        super().__init__(directory=directory)
        self.root = directory.resolve()
        self.digests = digests

    def file_response(
        self,
        full_path: PathLike,
        stat_result: os.stat_result,
        scope: Scope,
        status_code: int = 200,
    ) -> Response:
        response = super().file_response(full_path, stat_result, scope, status_code)
        try:
            relative = Path(full_path).resolve().relative_to(self.root).as_posix()
        except ValueError:
            relative = ""
        asked = QueryParams(scope.get("query_string", b"")).get("v")
        current = self.digests.get(relative)
        fixed = asked is not None and current is not None and asked == current
        response.headers["Cache-Control"] = IMMUTABLE_ASSET if fixed else REVALIDATE_ASSET
        return response


class StaticUrl:
    """`static_url("css/app.css")` → `/static/css/app.css?v=<digest>`; unknown files get none."""

    def __init__(self, digests: Mapping[str, str]) -> None:
        self._digests = digests

    def __call__(self, path: str) -> str:
        digest = self._digests.get(path)
        return f"/static/{path}" + (f"?v={digest}" if digest else "")


__all__ = [
    "IMMUTABLE_ASSET",
    "REVALIDATE_ASSET",
    "ContentAddressedStaticFiles",
    "StaticUrl",
    "asset_digests",
]
