"""Chapter families, found through the `policydiff.families` entry points of installed packages.

A family lives in any installed package that names it under the entry-point group
`policydiff.families` (name: the family's slug; value: a `Family` object). policydiff's own
families are registered the same way in its `pyproject.toml`, so an installed package is all it
takes to add one (docs/families.md; decision 0018).
"""

from __future__ import annotations

from app.families.base import FactExtractor, Family, LocalNameDetector
from app.families.registry import (
    DEFAULT_FAMILY,
    ENTRY_POINT_GROUP,
    FamilyRegistry,
    all_families,
    detect_family,
    discover_families,
    get_family,
    installed_families,
)

__all__ = [
    "DEFAULT_FAMILY",
    "ENTRY_POINT_GROUP",
    "FactExtractor",
    "Family",
    "FamilyRegistry",
    "LocalNameDetector",
    "all_families",
    "detect_family",
    "discover_families",
    "get_family",
    "installed_families",
]
