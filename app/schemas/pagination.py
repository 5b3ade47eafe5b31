"""Offset pagination shared by list endpoints (versions, search)."""

from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict

ItemT = TypeVar("ItemT")

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 200


class PageRead(BaseModel, Generic[ItemT]):
    """One page of a longer list, with the links to walk it."""

    model_config = ConfigDict(use_attribute_docstrings=True)

    items: list[ItemT]
    """The items of this page, in the list's order."""
    total: int
    """How many items the whole list holds, all pages together, with the same filters."""
    limit: int
    """The page size that was asked for."""
    offset: int
    """How many items come before this page."""
    next: str | None = None
    """Path and query of the next page, or null on the last page."""
    previous: str | None = None
    """Path and query of the previous page, or null on the first page."""


__all__ = ["DEFAULT_PAGE_SIZE", "MAX_PAGE_SIZE", "ItemT", "PageRead"]
