"""Registry of chapter families (a plain dict, as in Polar's registry)."""

from __future__ import annotations

from app.errors import UnknownFamily
from app.families.base import FactExtractor, Family, LocalNameDetector

_REGISTRY: dict[str, Family] = {}

DEFAULT_FAMILY = "childrens-services-policies-values-and-principles"


def register_family(family: Family) -> Family:
    """Add a family to the registry (a second family needs nothing more than this call)."""
    _REGISTRY[family.slug] = family
    return family


def get_family(slug: str | None = None) -> Family:
    """The family registered under `slug` (the default family when None)."""
    _load_builtin_families()
    key = slug or DEFAULT_FAMILY
    try:
        return _REGISTRY[key]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY)) or "none"
        raise UnknownFamily(f"no chapter family '{key}'. To fix: use one of: {known}.") from None


def all_families() -> list[Family]:
    _load_builtin_families()
    return list(_REGISTRY.values())


def _load_builtin_families() -> None:
    if DEFAULT_FAMILY not in _REGISTRY:
        from app.families.childrens_policies import FAMILY

        register_family(FAMILY)


__all__ = [
    "DEFAULT_FAMILY",
    "FactExtractor",
    "Family",
    "LocalNameDetector",
    "all_families",
    "get_family",
    "register_family",
]
