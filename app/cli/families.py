"""`policydiff families`: the installed chapter families, their section kinds and facts."""

from __future__ import annotations

import json
from typing import Any

import click

from app.families import Family, FamilyRegistry, installed_families


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def families(as_json: bool) -> None:
    """List the installed chapter families (entry points `policydiff.families`), with the
    section kinds they recognise and the facts they read."""
    registry = installed_families()
    described = [describe_family(registry, family) for family in registry.all()]
    if as_json:
        click.echo(json.dumps(described, indent=2, ensure_ascii=False))
    else:
        click.echo(render_families(described))


def describe_family(registry: FamilyRegistry, family: Family) -> dict[str, Any]:
    """What a family author and a user need to know of an installed family."""
    return {
        "slug": family.slug,
        "title": family.title,
        "package": registry.provider(family.slug),
        "kinds": [
            {"slug": kind.slug, "label": kind.label, "description": kind.description}
            for kind in family.kinds
        ],
        "facts": [
            {"key": key, "description": _first_line(extractor.__doc__)}
            for key, extractor in family.extractors.items()
        ],
    }


def render_families(described: list[dict[str, Any]]) -> str:
    """One block per family: slug and title, then its kinds and its facts, one a line."""
    blocks = []
    for family in described:
        lines = [f"{family['slug']}  {family['title']}"]
        if family["package"]:
            lines.append(f"  package  {family['package']}")
        lines.append("  kinds    " + ", ".join(kind["slug"] for kind in family["kinds"]))
        lines.append("  facts    " + ", ".join(fact["key"] for fact in family["facts"]))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _first_line(doc: str | None) -> str:
    return " ".join((doc or "").strip().split("\n\n")[0].split())
