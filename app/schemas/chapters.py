"""Chapters (document families shared by authorities) as the API shows them."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class ChapterRead(BaseModel):
    """A chapter that several authorities publish, each adapting a common template."""

    model_config = ConfigDict(from_attributes=True, use_attribute_docstrings=True)

    slug: str
    """Stable identifier used in URLs; the same as the chapter family's slug."""
    title: str
    """The chapter's title as councils print it."""


__all__ = ["ChapterRead"]
