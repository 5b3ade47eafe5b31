"""Which chapter families are installed: the `policydiff.families` entry points, read explicitly.

`discover_families()` reads the entry points each time it is called and returns a registry value;
nothing is registered into a module-level table. `installed_families()` caches that registry for
the process, because the installed packages do not change while it runs and every upload, page
and command asks for a family (decision 0018); a test that installs a package at run time calls
`discover_families()` itself, or `installed_families.cache_clear()`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib.metadata import EntryPoint, entry_points

from app.errors import InvalidFamily, UnknownFamily
from app.families.base import Family
from app.sections import names_the_title

ENTRY_POINT_GROUP = "policydiff.families"
"""The entry-point group a package names its families under (name: slug; value: the family)."""

DEFAULT_FAMILY = "childrens-services-policies-values-and-principles"
"""The family of a document when none is named and none is recognised (the first chapter)."""

_TITLE_KIND = "title"
_OPENING_LINES = 5
"""Lines at a document's start where its title is looked for (after any markup)."""
_LINE_MARKUP = re.compile(r"^[\s#*_>|-]+|[\s#*_|]+$")


@dataclass(frozen=True, slots=True)
class FamilyRegistry:
    """The installed families, by slug; each is loaded from its entry point when asked for.

    Loading one family never imports another, so a broken plug-in breaks only its own family.
    Loading is an import, which Python does once per process: asking again is a dictionary
    look-up, and gives the same `Family` (with its kind model learned once).
    """

    entry_points: tuple[EntryPoint, ...]
    """The `policydiff.families` entry points, one per slug, sorted with the default first."""

    @property
    def slugs(self) -> tuple[str, ...]:
        """Slugs of the installed families, the default family first."""
        return tuple(entry_point.name for entry_point in self.entry_points)

    def get(self, slug: str | None = None) -> Family:
        """The family installed under `slug` (the default family when None)."""
        key = slug or DEFAULT_FAMILY
        for entry_point in self.entry_points:
            if entry_point.name == key:
                return _load(entry_point)
        installed = ", ".join(self.slugs) or "none"
        raise UnknownFamily(
            f"no chapter family '{key}' is installed. To fix: use one of the installed "
            f"families ({installed}); `policydiff families` lists them."
        )

    def all(self) -> list[Family]:
        """Every installed family, the default first."""
        return [self.get(slug) for slug in self.slugs]

    def provider(self, slug: str) -> str | None:
        """The name of the installed package that provides family `slug`, where known."""
        for entry_point in self.entry_points:
            if entry_point.name == slug and entry_point.dist is not None:
                return str(entry_point.dist.name)
        return None


def discover_families(found: Iterable[EntryPoint] | None = None) -> FamilyRegistry:
    """The families that installed packages declare (or those of `found`, for a test).

    Two packages declaring one slug are a broken installation, reported rather than resolved by
    the order of `sys.path`.
    """
    by_name: dict[str, EntryPoint] = {}
    for entry_point in entry_points(group=ENTRY_POINT_GROUP) if found is None else found:
        other = by_name.get(entry_point.name)
        if other is not None and other.value != entry_point.value:
            raise InvalidFamily(
                f"two installed packages declare the chapter family '{entry_point.name}' "
                f"({other.value} and {entry_point.value}). To fix: uninstall one of them."
            )
        by_name[entry_point.name] = entry_point
    ordered = sorted(by_name.values(), key=lambda ep: (ep.name != DEFAULT_FAMILY, ep.name))
    return FamilyRegistry(tuple(ordered))


@cache
def installed_families() -> FamilyRegistry:
    """The registry of this process's installed packages, read once (see the module docstring)."""
    return discover_families()


def get_family(slug: str | None = None) -> Family:
    """The installed family `slug` (the default family when None); UnknownFamily names the
    installed ones."""
    return installed_families().get(slug)


def all_families() -> list[Family]:
    """Every installed family, the default first."""
    return installed_families().all()


def detect_family(text: str, registry: FamilyRegistry | None = None) -> Family:
    """The family whose title a document opens with, for a document whose family nobody named.

    Each family's `title` kind cues are tried on the document's first few lines; when exactly
    one family recognises its title, that family reads the document, otherwise the default
    family does (its chapter is the one most documents are).
    """
    registry = installed_families() if registry is None else registry
    lines = [
        _LINE_MARKUP.sub("", line) for line in text.lstrip().splitlines()[: _OPENING_LINES * 2]
    ]
    opening = [line for line in lines if line][:_OPENING_LINES]
    recognising = [
        family
        for family in _loadable(registry)
        if _has_title_cues(family) and any(_is_title_of(family, line) for line in opening)
    ]
    if len(recognising) == 1:
        return recognising[0]
    return registry.get(None)


def _loadable(registry: FamilyRegistry) -> list[Family]:
    """The families that load: a broken plug-in recognises no document (naming it, or
    `policydiff families`, reports what is wrong), and does not stop the others reading."""
    loadable = []
    for slug in registry.slugs:
        try:
            loadable.append(registry.get(slug))
        except InvalidFamily:
            continue
    return loadable


def _has_title_cues(family: Family) -> bool:
    return any(kind.slug == _TITLE_KIND and kind.heading_cues for kind in family.kinds)


def _is_title_of(family: Family, line: str) -> bool:
    return names_the_title(family.kinds, line)


def _load(entry_point: EntryPoint) -> Family:
    """The `Family` object an entry point names."""
    try:
        loaded: object = entry_point.load()
    except Exception as error:  # a plug-in's import error is its own, reported as such
        raise InvalidFamily(
            f"the chapter family '{entry_point.name}' ({entry_point.value}) cannot be loaded: "
            f"{type(error).__name__}: {error}. To fix: reinstall or uninstall its package."
        ) from error
    if not isinstance(loaded, Family):
        raise InvalidFamily(
            f"the entry point '{entry_point.name}' ({entry_point.value}) gives "
            f"{type(loaded).__name__}, not a Family. To fix: point it at a Family object."
        )
    if loaded.slug != entry_point.name:
        raise InvalidFamily(
            f"the entry point '{entry_point.name}' gives the family '{loaded.slug}'. To fix: "
            f"name the entry point after the family's slug."
        )
    return loaded
