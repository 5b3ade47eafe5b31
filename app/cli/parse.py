"""`policydiff parse FILE`: print the parsed version (no database needed)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any, get_args

import click

from app.analysis import AnalyzedVersion, analyze
from app.cli.local_files import read_local_source
from app.config import get_settings
from app.facts import Evidence
from app.families import detect_family, get_family
from app.ingest import SourceFormat
from app.schemas import ParsedVersionRead

_QUOTE_WIDTH = 70
_EVIDENCE_SHOWN = 3


@click.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option(
    "--format",
    "source_format",
    type=click.Choice(list(get_args(SourceFormat))),
    help="Treat FILE as this format instead of detecting it.",
)
@click.option(
    "--family",
    "family_slug",
    default=None,
    help="Chapter family slug (default: the family whose title FILE opens with, else the "
    "default family; `policydiff families` lists them).",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a readable outline.")
def parse(
    file: Path, source_format: SourceFormat | None, family_slug: str | None, as_json: bool
) -> None:
    """Read FILE into sections and facts and print them."""
    analyzed = analyze_file(file, source_format, family_slug)
    if as_json:
        click.echo(ParsedVersionRead.from_analyzed(analyzed).model_dump_json(indent=2))
    else:
        click.echo(render_outline(analyzed))


def analyze_file(
    file: Path, source_format: SourceFormat | None = None, family_slug: str | None = None
) -> AnalyzedVersion:
    """FILE read and analysed as `policydiff parse` prints it: in the named family, else the
    family whose title it opens with. Scripts that score the reading call this, so they score
    exactly what the command prints."""
    named = get_family(family_slug) if family_slug else None
    source = read_local_source(
        file, declared_format=source_format, max_bytes=get_settings().max_upload_bytes
    )
    return analyze(source, named or detect_family(source.text))


def render_outline(analyzed: AnalyzedVersion) -> str:
    """A readable outline: one line per section with its span, sub-headings indented, then facts."""
    source = analyzed.source
    lines = [
        analyzed.outline.title or source.filename or "(untitled)",
        f"format {source.source_format}, {len(source.data)} bytes, sha256 {source.sha256[:12]}, "
        f"family {analyzed.family}, analyzer {analyzed.analyzer_version}",
        "",
        "Sections",
    ]
    for section in analyzed.outline.sections:
        label = section.heading or "(no heading)"
        lines.append(f"  {section.kind:<22} {label}  [{section.start}-{section.end}]")
        for block in section.blocks:
            if block.type == "heading" and block.level > section.level:
                indent = "  " * (block.level - section.level)
                words = block.content if block.content_start >= 0 else block.text.strip()
                if block.number and not words.startswith(block.number):
                    words = f"{block.number} {words}"
                lines.append(f"  {'':<22} {indent}{words}  [{block.start}-{block.end}]")
    lines += ["", "Facts"]
    for fact in analyzed.facts:
        if isinstance(fact.value, list) and len(fact.value) > 1:
            lines.append(f"  {fact.key} = {len(fact.value)} items")
            lines += [f"      - {_shown(item)}" for item in fact.value]
        else:
            lines.append(f"  {fact.key} = {_shown(fact.value)}")
        lines += _evidence_lines(fact.evidence)
        for alternative in fact.alternatives:
            lines.append(f"    conflicting: also {_shown(alternative.value)}")
            lines += _evidence_lines(alternative.evidence)
    return "\n".join(lines)


def _evidence_lines(evidence: Sequence[Evidence]) -> list[str]:
    lines = []
    for item in evidence[:_EVIDENCE_SHOWN]:
        quote = " ".join(item.quote.split())
        if len(quote) > _QUOTE_WIDTH:
            quote = quote[: _QUOTE_WIDTH - 1] + "…"
        lines.append(f'      {item.section_kind} [{item.start}-{item.end}] "{quote}"')
    if len(evidence) > _EVIDENCE_SHOWN:
        lines.append(f"      … {len(evidence) - _EVIDENCE_SHOWN} more")
    return lines


def _shown(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
