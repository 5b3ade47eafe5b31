"""A family installed as its own package, found through its `policydiff.families` entry point.

The throw-away package is a module and a `.dist-info` with an `entry_points.txt` in a temporary
folder on `PYTHONPATH`, as pip would install it: `policydiff families`, `parse`, `diff` and `serve`
use it with no edit to `app/`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from importlib.metadata import EntryPoint
from pathlib import Path

import httpx
import pytest

from app.errors import InvalidFamily, UnknownFamily
from app.families import DEFAULT_FAMILY, detect_family, discover_families
from tests.e2e.test_api_server import API, running_server

pytestmark = pytest.mark.slow  # each test starts `policydiff` as its own process

TOY_MODULE = '''
"""A toy family of school-uniform leaflets, installed from outside policydiff."""
import re

from app.facts import Evidence, Fact
from app.families import Family
from app.sections import SectionKind

_PRICE = re.compile(r"costs? £(\\d+)")


def blazer_price(reading):
    """The price of the blazer in pounds."""
    outline = reading.outline
    for section in outline.sections:
        match = _PRICE.search(section.text) if section.kind == "blazer" else None
        if match:
            start, end = section.start + match.start(), section.start + match.end()
            quote = outline.text[start:end]
            evidence = (Evidence("blazer", start, end, quote),)
            return Fact("blazer_price", int(match.group(1)), evidence)
    return Fact("blazer_price", None)


FAMILY = Family(
    slug="toy-uniform-leaflet",
    title="School Uniform Leaflet",
    kinds=(
        SectionKind("title", "Title", heading_cues=("^school uniform leaflet$",), splittable=True),
        SectionKind("blazer", "Blazer", heading_cues=("^the blazer$",)),
        SectionKind("shoes", "Shoes", heading_cues=("^shoes$",)),
    ),
    extractors={"blazer_price": blazer_price},
)
'''

LEAFLET = """School Uniform Leaflet

The Blazer

The blazer is navy and costs £{price} from the school shop.

Shoes

Shoes are black and plain.
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding the toy package as installed: its module and its dist-info."""
    site = tmp_path_factory.mktemp("site-packages")
    (site / "toy_uniform.py").write_text(TOY_MODULE, encoding="utf-8")
    dist_info = site / "toy_uniform-0.1.dist-info"
    dist_info.mkdir()
    (dist_info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: toy-uniform\nVersion: 0.1\n", encoding="utf-8"
    )
    (dist_info / "entry_points.txt").write_text(
        "[policydiff.families]\ntoy-uniform-leaflet = toy_uniform:FAMILY\n", encoding="utf-8"
    )
    return site


@pytest.fixture(scope="module")
def leaflets(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two versions of one school's leaflet, and a corpus manifest listing them."""
    folder = tmp_path_factory.mktemp("leaflets")
    (folder / "2023.txt").write_text(LEAFLET.format(price=40), encoding="utf-8")
    (folder / "2024.txt").write_text(LEAFLET.format(price=45), encoding="utf-8")
    (folder / "manifest.toml").write_text(
        "".join(
            f'[[versions]]\nauthority = "sample-school"\nauthority_name = "Sample School"\n'
            f'chapter = "toy-uniform-leaflet"\nfile = "{name}"\nsample = true\n\n'
            for name in ("2023.txt", "2024.txt")
        ),
        encoding="utf-8",
    )
    return folder


def _policydiff(installed: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(installed), *sys.path])}
    command = [sys.executable, "-m", "app", *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)


def test_policydiff_families_lists_the_installed_package(installed: Path) -> None:
    result = _policydiff(installed, "families", "--json")
    assert result.returncode == 0, result.stderr
    families = {family["slug"]: family for family in json.loads(result.stdout)}
    assert next(iter(families)) == DEFAULT_FAMILY
    toy = families["toy-uniform-leaflet"]
    assert toy["package"] == "toy-uniform"
    assert [kind["slug"] for kind in toy["kinds"]] == ["title", "blazer", "shoes"]
    assert toy["facts"] == [
        {"key": "blazer_price", "description": "The price of the blazer in pounds."}
    ]


def test_parse_reads_a_document_of_the_installed_family_by_its_title(
    installed: Path, leaflets: Path
) -> None:
    result = _policydiff(installed, "parse", str(leaflets / "2023.txt"), "--json")
    assert result.returncode == 0, result.stderr
    parsed = json.loads(result.stdout)
    assert parsed["family"] == "toy-uniform-leaflet"
    assert [section["kind"] for section in parsed["sections"]] == ["title", "blazer", "shoes"]
    price = parsed["facts"]["blazer_price"]
    assert price["value"] == 40
    assert price["evidence"][0]["quote"] == "costs £40"


def test_diff_reports_the_installed_familys_fact_divergence(
    installed: Path, leaflets: Path
) -> None:
    result = _policydiff(
        installed, "diff", str(leaflets / "2023.txt"), str(leaflets / "2024.txt"), "--json"
    )
    assert result.returncode == 0, result.stderr
    comparison = json.loads(result.stdout)
    [divergence] = comparison["divergences"]
    assert (divergence["key"], divergence["left"], divergence["right"]) == ("blazer_price", 40, 45)


def test_an_unknown_family_is_named_with_the_installed_ones(
    installed: Path, leaflets: Path
) -> None:
    result = _policydiff(installed, "parse", str(leaflets / "2023.txt"), "--family", "menus")
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert line.startswith("policydiff: error: no chapter family 'menus' is installed.")
    assert "toy-uniform-leaflet" in line and DEFAULT_FAMILY in line


@pytest.fixture(scope="module")
def server(
    installed: Path, leaflets: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    settings = {
        "PYTHONPATH": os.pathsep.join([str(installed), *sys.path]),
        "POLICYDIFF_CORPUS_DIR": str(leaflets),
    }
    with running_server(tmp_path_factory.mktemp("served"), settings=settings) as served:
        yield served.url


def test_serve_loads_compares_and_shows_the_installed_familys_versions(server: str) -> None:
    chapters = httpx.get(f"{server}{API}/chapters").json()
    assert [chapter["slug"] for chapter in chapters] == ["toy-uniform-leaflet"]
    versions = httpx.get(f"{server}{API}/versions", params={"chapter": "toy-uniform-leaflet"})
    ids = sorted(version["id"] for version in versions.json()["items"])
    comparison = httpx.get(f"{server}{API}/comparisons", params={"left": ids[0], "right": ids[1]})
    assert comparison.status_code == 200, comparison.text
    divergences = comparison.json()["comparison"]["divergences"]
    assert [(d["key"], d["left"], d["right"]) for d in divergences] == [("blazer_price", 40, 45)]
    matrix = httpx.get(f"{server}{API}/chapters/toy-uniform-leaflet/matrix")
    assert matrix.status_code == 200
    page = httpx.get(f"{server}/chapters/toy-uniform-leaflet/matrix")
    assert page.status_code == 200 and "School Uniform Leaflet" in page.text


def test_discovery_reads_the_entry_points_it_is_given(installed: Path) -> None:
    sys.path.insert(0, str(installed))
    try:
        toy = EntryPoint("toy-uniform-leaflet", "toy_uniform:FAMILY", "policydiff.families")
        registry = discover_families([toy])
        assert registry.slugs == ("toy-uniform-leaflet",)
        assert detect_family(LEAFLET.format(price=1), registry).slug == "toy-uniform-leaflet"
        with pytest.raises(UnknownFamily, match="use one of the installed families"):
            registry.get("menus")
    finally:
        sys.path.remove(str(installed))
        sys.modules.pop("toy_uniform", None)


def test_a_broken_or_misnamed_entry_point_is_a_clear_error() -> None:
    missing = EntryPoint("gone", "no_such_module_anywhere:FAMILY", "policydiff.families")
    with pytest.raises(InvalidFamily, match=r"cannot be loaded.*To fix"):
        discover_families([missing]).get("gone")
    misnamed = EntryPoint("other-name", "app.families.complaints:FAMILY", "policydiff.families")
    with pytest.raises(InvalidFamily, match="name the entry point after the family's slug"):
        discover_families([misnamed]).get("other-name")
    clash = [
        EntryPoint("x", "a:FAMILY", "policydiff.families"),
        EntryPoint("x", "b:FAMILY", "policydiff.families"),
    ]
    with pytest.raises(InvalidFamily, match="two installed packages"):
        discover_families(clash)
