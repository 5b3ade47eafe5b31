"""Build blind244's case documents: five council pages rendered as text by real tools.

Each page's HTML is kept in blind244_sources/; this script renders it with the tool named in
its case file's name and writes the text beside the other case documents, nothing changed by
hand. The tools are not part of the project: point the environment at them (Debian's lynx, w3m
and links unpacked into a temporary folder, html2text and BeautifulSoup in a temporary venv,
Debian's Chromium), for example

    LYNX=/tmp/t/usr/bin/lynx LYNX_CFG=/tmp/t/etc/lynx/lynx.cfg W3M=/tmp/t/usr/bin/w3m \
    LINKS=/tmp/t/usr/bin/links TOOLS_PYTHON=/tmp/venv/bin/python CHROMIUM=/usr/bin/chromium \
    python tests/cases/documents/build_blind244.py

(with LD_LIBRARY_PATH naming the unpacked libraries the binaries need).
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "blind244_sources"

# What a user of BeautifulSoup is told to do with a page's text (the widely copied recipe:
# drop scripts and styles, strip each line, split on double spaces, drop the blank lines).
SOUP_RECIPE = """
import sys
from bs4 import BeautifulSoup
soup = BeautifulSoup(open(sys.argv[1], encoding="utf-8").read(), "html.parser")
for script in soup(["script", "style"]):
    script.extract()
text = soup.get_text()
lines = (line.strip() for line in text.splitlines())
chunks = (phrase.strip() for line in lines for phrase in line.split("  "))
sys.stdout.write("\\n".join(chunk for chunk in chunks if chunk) + "\\n")
"""

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _run(command: list[str]) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def lynx(page: Path) -> str:
    return _run([os.environ["LYNX"], f"-cfg={os.environ['LYNX_CFG']}", "-dump", str(page)])


def w3m(page: Path) -> str:
    return _run(
        [os.environ["W3M"], "-dump", "-cols", "80", "-o", "display_link_number=1", str(page)]
    )


def links(page: Path) -> str:
    return _run([os.environ["LINKS"], "-dump", "-width", "80", str(page)])


def html2text(page: Path) -> str:
    return _run([os.environ["TOOLS_PYTHON"], "-m", "html2text", str(page)])


def chromium_soup(page: Path) -> str:
    with tempfile.TemporaryDirectory() as profile:
        dom = _run(
            [
                os.environ["CHROMIUM"],
                *CHROMIUM_FLAGS,
                f"--user-data-dir={profile}",
                "--dump-dom",
                page.as_uri(),
            ]
        )
    with tempfile.NamedTemporaryFile("w", suffix=".html", encoding="utf-8") as saved:
        saved.write(dom)
        saved.flush()
        return _run([os.environ["TOOLS_PYTHON"], "-c", SOUP_RECIPE, saved.name])


PAGES = {
    "24401-orrinsby.html": (
        lynx,
        "24401-txt-lynx-dump-h2-meaning-headings-numbered-links-references-five-acts-bulleted-"
        "seven-numbered-restorative-practice-seven-months-21-or-25-disabled-lac.txt",
    ),
    "24402-quillhampton.html": (
        w3m,
        "24402-txt-w3m-dump-unheaded-cookie-banner-numbered-crumbs-references-four-acts-in-a-"
        "sentence-seven-named-family-safeguarding-nine-months-25-for-all-children-in-care.txt",
    ),
    "24403-heathby.html": (
        links,
        "24403-txt-links-dump-ascii-table-chapter-details-version-meaning-headings-six-with-"
        "regulations-seven-bulleted-two-models-4-months-21-or-25-education-cared-for.txt",
    ),
    "24404-crowlington.html": (
        html2text,
        "24404-txt-html2text-markdown-links-pipe-table-legislation-heading-is-model-name-"
        "anchored-families-six-months-21-or-25-on-return-last-updated-clas.txt",
    ),
    "24405-tansworth.html": (
        chromium_soup,
        "24405-txt-chromium-dump-dom-beautifulsoup-lines-unheaded-js-menu-glued-four-with-"
        "regulations-seven-in-a-sentence-restoratively-mockingbird-two-months-21-or-25-"
        "asylum-looked-after.txt",
    ),
}


def main() -> None:
    for source, (render, target) in PAGES.items():
        text = render(SOURCES / source)
        (HERE / target).write_text(text, encoding="utf-8")
        print(target)


if __name__ == "__main__":
    main()
