"""The redline as a stand-alone HTML file and as a paginated PDF, from one print template.

Above the pure `app.redline` (which builds the tracked text and the Word file) because it needs
Jinja2 and WeasyPrint; below the edges (API, pages, CLI), which all call it. The HTML and the PDF
are the same document: the PDF is WeasyPrint's rendering of the HTML through the print stylesheet
(A4, a running header naming both versions, "Page x of y"), so neither holds any screen control.
Decision 0019.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from app.errors import ExportUnavailable
from app.redline import Redline, RedlineFormat, TrackedParagraph, write_docx
from app.redline_render.sources import file_redline, stored_redline

TEMPLATE = "redline/document.html"
STYLESHEET = Path("static") / "css" / "redline.css"


@dataclass(frozen=True, slots=True)
class _ShownParagraph:
    paragraph: TrackedParagraph
    tag: str
    css_class: str
    move_note: str | None
    gap_before: bool


def render_html(redline: Redline, frontend_dir: Path, *, changes_only: bool = False) -> str:
    """The redline as one self-contained HTML file: styles inline, no scripts, no links out."""
    stylesheet = (frontend_dir / STYLESHEET).read_text(encoding="utf-8")
    return (
        _environment(frontend_dir)
        .get_template(TEMPLATE)
        .render(
            redline=redline,
            paragraphs=_shown(redline, changes_only),
            changes_only=changes_only,
            compared=redline.compared_at.astimezone(UTC).strftime("%d %B %Y %H:%M UTC"),
            # Our own stylesheet, never user text; "</" is escaped so it cannot close the element.
            stylesheet=Markup(stylesheet.replace("</", "<\\/")),
        )
    )


def render_pdf(redline: Redline, frontend_dir: Path, *, changes_only: bool = False) -> bytes:
    """The redline as a tagged A4 PDF (WeasyPrint), from the same HTML as `render_html`."""
    try:
        from weasyprint import HTML  # a slow import, paid only by the first PDF
    except (ImportError, OSError) as missing:
        raise ExportUnavailable(
            f"PDF redlines need WeasyPrint and the Pango library, which this installation lacks "
            f"({missing}). To fix: install Debian's libpango-1.0-0, libpangoft2-1.0-0 and "
            "libharfbuzz-subset0, or download the Word or HTML redline instead."
        ) from missing

    html = render_html(redline, frontend_dir, changes_only=changes_only)
    pdf: bytes = HTML(string=html, base_url=str(frontend_dir)).write_pdf(pdf_tags=True)
    return pdf


@cache
def _environment(frontend_dir: Path) -> Environment:
    return Environment(
        loader=FileSystemLoader(frontend_dir / "templates"),
        autoescape=select_autoescape(["html"], default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _shown(redline: Redline, changes_only: bool) -> list[_ShownParagraph]:
    """The paragraphs to print: all, or the changed ones under their nearest heading."""
    moves = {move.number: move for move in redline.moves}
    noted: set[tuple[str, int]] = set()
    shown: list[_ShownParagraph] = []
    heading: int | None = None
    last_index = -1
    for index, paragraph in enumerate(redline.paragraphs):
        is_heading = paragraph.format.style == "heading"
        if is_heading:
            heading = index
        if changes_only and not paragraph.changed:
            continue
        if changes_only and heading is not None and heading > last_index and heading != index:
            shown.append(_entry(redline.paragraphs[heading], None, last_index + 1 < heading))
            last_index = heading
        note = None
        for run in paragraph.runs:
            if run.move is None or run.mark not in ("move_from", "move_to"):
                continue
            key = (run.mark, run.move)
            if key not in noted:
                noted.add(key)
                move = moves[run.move]
                note = (
                    f"Moved to “{move.to_section}”"
                    if run.mark == "move_from"
                    else f"Moved from “{move.from_section}”"
                )
            break
        shown.append(_entry(paragraph, note, changes_only and last_index + 1 < index))
        last_index = index
    return shown


def _entry(paragraph: TrackedParagraph, note: str | None, gap: bool) -> _ShownParagraph:
    layout = paragraph.format
    if layout.style == "heading":
        return _ShownParagraph(paragraph, f"h{min(layout.level + 2, 6)}", "", note, gap)
    if layout.style in ("bullet", "numbered"):
        css = f"item item-{layout.style} level-{layout.level}"
        return _ShownParagraph(paragraph, "p", css, note, gap)
    return _ShownParagraph(paragraph, "p", "", note, gap)


def render(
    redline: Redline, format: RedlineFormat, frontend_dir: Path, *, changes_only: bool = False
) -> bytes:
    """The redline's bytes in `format`. The Word file always holds the whole text, since
    "Accept all" and "Reject all" must give back the whole of each version."""
    if format == "docx":
        return write_docx(redline)
    if format == "pdf":
        return render_pdf(redline, frontend_dir, changes_only=changes_only)
    return render_html(redline, frontend_dir, changes_only=changes_only).encode("utf-8")


__all__ = ["file_redline", "render", "render_html", "render_pdf", "stored_redline"]
