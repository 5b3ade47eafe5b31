"""Links between a page and its JSON twin, built from the same parameters.

A page and its twin under `/api/v1` take the same parameter models (`app.http.params`), so a
page builds its twin's link from the values it was called with, in the API's own names.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

API_PREFIX = "/api/v1"
"""Where the JSON API lives, and so the JSON twin of every page."""


def api_url(path: str, **params: Any) -> str:
    """The JSON twin of a page: `/api/v1` + path, with the non-empty query parameters."""
    return page_url(API_PREFIX + path, **params)


def page_url(path: str, **params: Any) -> str:
    """A URL with its non-empty query parameters, in the order given (booleans as `1`)."""
    query = {
        key: ("1" if value is True else value)
        for key, value in params.items()
        if value not in (None, "", False)
    }
    return f"{path}?{urlencode(query, doseq=True)}" if query else path


__all__ = ["API_PREFIX", "api_url", "page_url"]
