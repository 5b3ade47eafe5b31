"""`policydiff diff LEFT RIGHT`: compare two files, no database needed.

Exit status as `git diff --exit-code`: with `--exit-code`, 1 when a substantive difference remains
after the ignore options and 0 when none does; errors exit 2 (the group prints them).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from app.analysis import AnalyzedVersion, analyze
from app.cli.errors import CommandLineError
from app.cli.local_files import read_local_source
from app.collector import collector_paused
from app.config import get_settings
from app.diff import (
    BlockChange,
    CompareOptions,
    Comparison,
    SectionChange,
    SectionRef,
    compare,
    option_declarations,
)
from app.families import detect_family, get_family
from app.redline import Redline, RedlineFormat, format_from_filename
from app.schemas import ComparisonRead

EXIT_DIFFERENT = 1
_QUOTE_WIDTH = 70
_VALUE_WIDTH = 60


_Command = TypeVar("_Command", bound=Callable[..., Any])


def compare_option_flags(options_type: type[Any]) -> Callable[[_Command], _Command]:
    """A flag per declared comparison option (`--ignore-case`; `--local-name NAME`, repeatable),
    so a new option in the diff package is a new flag here without an edit."""

    def decorate(command: _Command) -> _Command:
        for declaration in reversed(option_declarations(options_type)):
            if declaration.repeatable:
                flag = click.option(
                    declaration.cli_flag,
                    declaration.name,
                    multiple=True,
                    metavar="NAME",
                    help=declaration.description,
                )
            else:
                flag = click.option(
                    declaration.cli_flag,
                    declaration.name,
                    is_flag=True,
                    help=declaration.description,
                )
            command = flag(command)
        return command

    return decorate


@click.command()
@click.argument("left", type=click.Path(path_type=Path))
@click.argument("right", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the comparison as JSON.")
@compare_option_flags(CompareOptions)
@click.option(
    "--family",
    "family_slug",
    default=None,
    help="Chapter family slug for both files (default: the family whose title LEFT opens "
    "with, else the default family).",
)
@click.option(
    "--exit-code", is_flag=True, help="Exit with 1 when the texts differ, 0 when they do not."
)
@click.option(
    "--redline",
    "redline_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    metavar="FILE",
    help="Also write a sign-off redline to FILE: .docx (Word tracked changes), .pdf or .html.",
)
def diff(
    left: Path,
    right: Path,
    as_json: bool,
    family_slug: str | None,
    exit_code: bool,
    redline_path: Path | None,
    **option_values: Any,
) -> None:
    """Compare LEFT (older, or ours) with RIGHT: facts, sections, blocks and words."""
    redline_format = None if redline_path is None else format_from_filename(str(redline_path))
    if redline_path is not None and not redline_path.absolute().parent.is_dir():
        raise CommandLineError(
            f"cannot write the redline to {redline_path}: its folder does not exist. "
            "To fix: create the folder, or name a file in one that exists."
        )
    named = get_family(family_slug) if family_slug else None
    settings = get_settings()
    max_bytes = settings.max_upload_bytes
    left_source = read_local_source(left, label=f"left file {left}", max_bytes=max_bytes)
    right_source = read_local_source(right, label=f"right file {right}", max_bytes=max_bytes)
    family = named or detect_family(left_source.text)
    left_version = analyze(left_source, family)
    right_version = analyze(right_source, family)
    options = CompareOptions(**option_values)
    with collector_paused():
        comparison = compare(
            left_version, right_version, options, word_budget=settings.comparison_word_budget
        )
    if as_json:
        click.echo(ComparisonRead.from_comparison(comparison).model_dump_json(indent=2))
    else:
        colour = sys.stdout.isatty()
        click.echo(
            render_comparison(
                comparison, left_version, right_version, str(left), str(right), colour=colour
            ),
            color=colour,
        )
    if redline_path is not None and redline_format is not None:
        # The renderer (templates, WeasyPrint, the store's source links) only when a redline
        # file is asked for: importing it made every `policydiff diff` slower (decision 0104).
        from app.redline_render import file_redline

        _write_redline(
            redline_path,
            redline_format,
            file_redline(left_version, right_version, comparison, left_path=left, right_path=right),
        )
    if exit_code and comparison.differs:
        sys.exit(EXIT_DIFFERENT)


def _write_redline(path: Path, format: RedlineFormat, redline: Redline) -> None:
    """Write the redline; a folder that does not exist is an error, as for any output file."""
    from app.redline_render import render

    body = render(redline, format, get_settings().frontend_dir)
    try:
        path.write_bytes(body)
    except OSError as error:
        raise CommandLineError(
            f"cannot write the redline to {path}: {error.strerror}. "
            "To fix: name a file in a folder that exists and that you may write to."
        ) from error


def render_comparison(
    comparison: Comparison,
    left: AnalyzedVersion,
    right: AnalyzedVersion,
    left_name: str,
    right_name: str,
    *,
    colour: bool = False,
) -> str:
    """A readable comparison: totals, fact divergences, then each section and its changed blocks.

    Word changes are marked as `git diff --word-diff` does, `[-deleted-]{+inserted+}`, or in red
    and green when `colour` is set. Ignorable differences are shown as the right version has them.
    """
    totals = comparison.totals
    section_counts = ", ".join(
        f"{count} {status}" for status, count in totals.sections.items() if count
    )
    lines = [
        f"--- {left_name}",
        f"+++ {right_name}",
        f"sections: {section_counts or 'none'}; words +{totals.words_inserted} "
        f"-{totals.words_deleted}; similarity {totals.similarity:.2f}",
    ]
    if comparison.divergences:
        lines += ["", "Fact divergences"]
        for divergence in comparison.divergences:
            lines.append(
                f"  {divergence.key}: {_value(divergence.left)} -> {_value(divergence.right)}"
            )
            for side, evidence in (
                ("-", divergence.left_evidence[:1]),
                ("+", divergence.right_evidence[:1]),
            ):
                for item in evidence:
                    lines.append(
                        f"      {side} {item.section_kind} [{item.start}-{item.end}] "
                        f'"{_quote(item.quote)}"'
                    )
    lines += ["", "Sections"]
    partner = {
        section.left.index: section.right.index
        for section in comparison.sections
        if section.left is not None and section.right is not None
    }
    for section in comparison.sections:
        lines.append(_section_line(section))
        for index in section.blocks:
            block = comparison.blocks[index]
            rendered = _block_lines(comparison, block, partner, colour)
            lines += ["    " + line for line in rendered]
        for index in section.moved_out:
            block = comparison.blocks[index]
            destination = _section_label(comparison.right.sections, block.right_section)
            text = left.text[block.left.start : block.left.end] if block.left else ""
            lines.append(f'    < moved to {destination}: "{_quote(text)}"')
    return "\n".join(lines)


def _section_line(section: SectionChange) -> str:
    names = []
    if section.left is not None:
        names.append(_ref_label(section.left))
    if section.right is not None and (
        section.left is None or _ref_label(section.right) != names[0]
    ):
        names.append(_ref_label(section.right))
    counts = ""
    if section.status not in ("added", "removed"):
        counts = (
            f"  (+{section.words_inserted} -{section.words_deleted} words, "
            f"similarity {section.similarity:.2f})"
        )
    return f"== {section.status:<9} {' -> '.join(names)}{counts}"


def _ref_label(ref: SectionRef) -> str:
    return f"{ref.heading} [{ref.kind}]" if ref.heading else f"[{ref.kind}]"


def _section_label(sections: tuple[SectionRef, ...], index: int | None) -> str:
    if index is None or index >= len(sections):
        return "(nowhere)"
    return _ref_label(sections[index])


def _block_lines(
    comparison: Comparison, block: BlockChange, partner: dict[int, int], colour: bool
) -> list[str]:
    visible = any(
        op.kind != "equal" and not op.ignorable and not op.text.isspace() for op in block.ops
    )
    if not (visible or block.moved or block.status in ("split", "merged")):
        return ["~ whitespace changed"] if block.changed else []
    if block.status == "moved" or (block.moved and block.left_section is not None):
        origin = _section_label(comparison.left.sections, block.left_section)
        prefix = f"> moved from {origin}"
        if block.left_section is not None and partner.get(block.left_section) == (
            block.right_section
        ):
            prefix = "> moved within the section"
    else:
        prefix = {
            "added": "+ added",
            "removed": "- removed",
            "split": f"~ split into {len(block.right_blocks)}",
            "merged": f"~ merged from {len(block.left_blocks)}",
        }.get(block.status, "~ changed")
    body = "".join(_op_text(op.kind, op.text, op.ignorable, colour) for op in block.ops)
    return [
        f"{prefix}: {line}" if at == 0 else f"  {line}"
        for at, line in enumerate(body.strip("\n").split("\n"))
        if line or at == 0
    ]


def _op_text(kind: str, text: str, ignorable: bool, colour: bool) -> str:
    """A word change marked; ignorable or whitespace-only ones shown as the right side has them."""
    if kind == "equal" or ((ignorable or text.isspace()) and kind == "insert"):
        return text
    if ignorable or text.isspace():
        return ""
    if colour:
        return click.style(
            text, fg="red" if kind == "delete" else "green", strikethrough=kind == "delete"
        )
    return f"[-{text}-]" if kind == "delete" else f"{{+{text}+}}"


def _value(value: Any) -> str:
    """A fact value in one short line (a long list says how many items it has)."""
    shown = json.dumps(value, ensure_ascii=False)
    if len(shown) <= _VALUE_WIDTH:
        return shown
    if isinstance(value, list):
        return f"[{len(value)} items] " + shown[: _VALUE_WIDTH - 12] + "…"
    return shown[: _VALUE_WIDTH - 1] + "…"


def _quote(text: str) -> str:
    quote = " ".join(text.split())
    return quote if len(quote) <= _QUOTE_WIDTH else quote[: _QUOTE_WIDTH - 1] + "…"
