"""Authorities (councils) as the API shows them."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class AuthorityRead(BaseModel):
    """A council publishing chapters of its procedures manual."""

    model_config = ConfigDict(from_attributes=True, use_attribute_docstrings=True)

    slug: str
    """Stable identifier used in URLs ("merton")."""
    name: str
    """Name as readers know it ("London Borough of Merton")."""
    is_sample: bool
    """True for the fictional sample authority shipped with the corpus: not a real council."""


__all__ = ["AuthorityRead"]
