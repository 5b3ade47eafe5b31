"""Read the annotated markdown chapters as a web page and as the text a browser copies from it.

usage: python scripts/browser_copy_probe.py [--work DIR] [--chromium PATH] [--skip-build]
       [--format md|html|txt]... [-v]

A council's chapter often reaches us as a web page, and sometimes as the text someone copied out
of that page in a browser (select all, copy, paste into a text file). The annotated markdown
chapters under tests/cases/documents know their sections and facts, so they can stand in for
such pages: each one without front matter or raw HTML is rendered to HTML with markdown-it
(commonmark plus tables), and the page is opened in Chromium through Playwright and its body's
`innerText` — what a browser's copy gives — is kept as a .txt file. Each of the three renderings
(the markdown itself, the HTML, the browser text) is then read by the same function as
`policydiff parse` and scored by eval_parse's own rules against the markdown's annotations.

Prints a totals line per rendering (eval_parse's format); `-v` adds each document's misses.
Renderings are written under --work (default /tmp/browser_copy_probe); `--skip-build` rescores
what is already there; `--format` scores only the renderings named. Needs POLICYDIFF_SHARED (as
score_cases.py does) and a Chromium (`--chromium`; /usr/bin/chromium when present, else the one
Playwright installed).
See docs/decisions/0233-webcopy-browser-copied-pages-tab-rows-bare-list-lines-run-on-headings.md.
"""

from __future__ import annotations

import asyncio
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

import score_cases  # noqa: E402

DOCUMENTS = ROOT / "tests" / "cases" / "documents"
RAW_HTML = re.compile(r"<[a-z]+[ >]")
FORMATS = ("md", "html", "txt")


def chapters() -> list[tuple[str, dict[str, Any]]]:
    """The annotated markdown chapters a plain markdown renderer shows as their author meant."""
    found: list[tuple[str, dict[str, Any]]] = []
    for annotation_file in sorted(DOCUMENTS.glob("*.json")):
        try:
            data = json.loads(annotation_file.read_text("utf-8"))
        except (ValueError, OSError):
            continue
        if not isinstance(data, dict):
            continue
        for document in data.get("documents", []):
            name = document.get("file", "")
            if not name.endswith(".md"):
                continue
            source = (DOCUMENTS / name).read_text("utf-8")
            if source.lstrip().startswith(("---", "+++")) or RAW_HTML.search(source):
                continue
            found.append((annotation_file.stem, document))
    return found


def stem(document: dict[str, Any]) -> str:
    return Path(document["file"]).stem[:60]


def build_html(work: Path, found: list[tuple[str, dict[str, Any]]]) -> None:
    from markdown_it import MarkdownIt

    renderer = MarkdownIt("commonmark").enable("table")
    (work / "html").mkdir(parents=True, exist_ok=True)
    for _set, document in found:
        body = renderer.render((DOCUMENTS / document["file"]).read_text("utf-8"))
        page = (
            '<html><head><meta charset="utf-8"><title></title></head><body>'
            + body
            + "</body></html>"
        )
        (work / "html" / (stem(document) + ".html")).write_text(page, "utf-8")


async def copy_text(
    work: Path, found: list[tuple[str, dict[str, Any]]], chromium: str | None
) -> None:
    from playwright.async_api import async_playwright

    (work / "txt").mkdir(parents=True, exist_ok=True)
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=chromium)
        page = await browser.new_page()
        for _set, document in found:
            await page.goto((work / "html" / (stem(document) + ".html")).resolve().as_uri())
            text = await page.inner_text("body")
            (work / "txt" / (stem(document) + ".txt")).write_text(text, "utf-8")
        await browser.close()


def rendering(work: Path, form: str, document: dict[str, Any]) -> Path:
    if form == "md":
        return DOCUMENTS / document["file"]
    return work / form / (stem(document) + "." + form)


def score(work: Path, form: str, found: list[tuple[str, dict[str, Any]]], verbose: bool) -> str:
    eval_parse = score_cases.load_eval_parse()
    sections_found = sections = facts_right = facts = 0
    for set_name, document in found:
        sections += len(document["sections"])
        facts += len(document["facts"])
        try:
            got = score_cases.parsed(rendering(work, form, document))
        except Exception as error:  # a failed reading is a miss, reported
            print(f"{form} FAIL {set_name} {document['file']}: {error}")
            continue
        found_here, missing = eval_parse.sections_found(
            document["sections"], got.get("sections", [])
        )
        read = got.get("facts", {}) or {}
        wrong = []
        for key, want in document["facts"].items():
            value, expected = eval_parse.fact_value(read, key), eval_parse.expected_value(key, want)
            if value != expected:
                wrong.append(f"{key}={value!r} want {expected!r}")
        sections_found += found_here
        facts_right += len(document["facts"]) - len(wrong)
        if verbose and (missing or wrong):
            print(f"{form} {set_name} {document['file']}: missing {missing} wrong {wrong}")
    return (
        f"{form} sections {sections_found}/{sections} ({sections_found / max(sections, 1):.1%})"
        f" facts {facts_right}/{facts} ({facts_right / max(facts, 1):.1%})"
    )


def main(arguments: list[str]) -> None:
    verbose = "-v" in arguments
    work = Path("/tmp/browser_copy_probe")
    chromium: str | None = "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None
    if "--work" in arguments:
        work = Path(arguments[arguments.index("--work") + 1])
    if "--chromium" in arguments:
        chromium = arguments[arguments.index("--chromium") + 1]
    found = chapters()
    if "--skip-build" not in arguments:
        build_html(work, found)
        asyncio.run(copy_text(work, found, chromium))
    print(f"{len(found)} annotated markdown chapters")
    chosen = [arguments[at + 1] for at, word in enumerate(arguments[:-1]) if word == "--format"]
    totals = [score(work, form, found, verbose) for form in chosen or FORMATS]
    for line in totals:
        print(line)


if __name__ == "__main__":
    main(sys.argv[1:])
