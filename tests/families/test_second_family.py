"""A second chapter family, defined here as data plus one extractor, needs no engine change.

The toy "complaints procedure" family has its own kinds and cues (TOML) and one fact extractor.
Passing it to `analyze` is all it takes to section a complaints procedure by its rules, and to
`compare` to diff two versions of one (installing a family is tested in test_entry_points.py).
"""

import re
import tomllib
from pathlib import Path

import pytest

from app.analysis import analyze
from app.diff import compare
from app.facts import Evidence, Fact, ReadableOutline, read_number
from app.families import Family, get_family
from app.ingest import read_source
from app.sections import SectionKind

APP_DIR = Path(__file__).resolve().parents[2] / "app"

COMPLAINTS_KINDS = """
[[kinds]]
slug = "title"
label = "Title"
splittable = true

[[kinds]]
slug = "who_can_complain"
label = "Who can complain"
heading_cues = ['^who can (complain|make a complaint)']
content_cues = ['^(anyone|any person) (who|receiving)\\b.{0,80}\\bmay (complain|make a complaint)']

[[kinds]]
slug = "stage_one"
label = "Stage one: local resolution"
heading_cues = ['^stage (1|one)\\b', '^local resolution$']
content_cues = ['^at (stage (1|one)|the first stage)\\b']

[[kinds]]
slug = "stage_two"
label = "Stage two: investigation"
heading_cues = ['^stage (2|two)\\b', '^(independent )?investigation$']
content_cues = ['^at (stage (2|two)|the second stage)\\b']

[[kinds]]
slug = "ombudsman"
label = "The Ombudsman"
heading_cues = ['ombudsman']
content_cues = ['^if (you|the complainant) (are|is) still (unhappy|dissatisfied)\\b']
"""

_DAYS = re.compile(r"within (\w+) working days", re.IGNORECASE)


def stage_one_response_days(reading: ReadableOutline) -> Fact:
    """Working days the council gives itself to answer at stage one; None when not stated."""
    outline = reading.outline
    for section in outline.sections:
        if section.kind != "stage_one":
            continue
        match = _DAYS.search(section.text)
        if match is not None:
            start = section.start + match.start()
            end = section.start + match.end()
            evidence = Evidence("stage_one", start, end, outline.text[start:end])
            return Fact("stage_one_response_days", read_number(match.group(1)), (evidence,))
    return Fact("stage_one_response_days", None)


def complaints_family() -> Family:
    data = tomllib.loads(COMPLAINTS_KINDS)
    kinds = tuple(
        SectionKind(
            slug=entry["slug"],
            label=entry["label"],
            heading_cues=tuple(entry.get("heading_cues", ())),
            content_cues=tuple(entry.get("content_cues", ())),
            splittable=entry.get("splittable", False),
        )
        for entry in data["kinds"]
    )
    return Family(
        slug="toy-complaints-procedure",
        title="Complaints Procedure",
        kinds=kinds,
        extractors={"stage_one_response_days": stage_one_response_days},
    )


@pytest.fixture
def registered():
    return complaints_family()


HEADED = """Complaints Procedure

1. Who Can Complain

Anyone who receives a service from us may complain, or someone acting for them.

2. Stage One

We will reply within ten working days of receiving your complaint.

3. Stage Two

An independent investigator looks at the complaint again.

4. The Local Government Ombudsman

You can ask the Ombudsman to review what we decided.
"""

UNHEADED = """Complaints Procedure

Any person receiving children's services may make a complaint about them.

At stage one, the manager of the team will reply within 15 working days.

At the second stage, an investigator who is independent of the team looks at it again.

If you are still unhappy, you may go to the Ombudsman.
"""


def test_a_registered_family_sections_and_reads_facts_by_its_own_rules(registered):
    analyzed = analyze(read_source(HEADED.encode(), "complaints.txt"), registered)
    assert [section.kind for section in analyzed.outline.sections] == [
        "title",
        "who_can_complain",
        "stage_one",
        "stage_two",
        "ombudsman",
    ]
    fact = analyzed.fact("stage_one_response_days")
    assert fact is not None and fact.value == 10
    assert analyzed.text[fact.evidence[0].start : fact.evidence[0].end] == "within ten working days"


def test_the_family_content_cues_find_sections_without_headings(registered):
    analyzed = analyze(read_source(UNHEADED.encode(), "complaints.txt"), registered)
    assert [section.kind for section in analyzed.outline.sections] == [
        "title",
        "who_can_complain",
        "stage_one",
        "stage_two",
        "ombudsman",
    ]
    assert analyzed.fact("stage_one_response_days").value == 15


def test_the_diff_engine_compares_versions_of_the_new_family(registered):
    left = analyze(read_source(HEADED.encode(), "left.txt"), registered)
    changed = HEADED.replace("ten working days", "five working days")
    right = analyze(read_source(changed.encode(), "right.txt"), registered)
    comparison = compare(left, right)
    assert comparison.differs
    assert [divergence.key for divergence in comparison.divergences] == ["stage_one_response_days"]


def test_the_engines_name_no_kind_of_any_family():
    engine_sources = [
        path.read_text(encoding="utf-8")
        for package in ("sections", "diff")
        for path in (APP_DIR / package).rglob("*.py")
    ]
    slugs = [kind.slug for kind in get_family().kinds if kind.slug != "title"]
    for source in engine_sources:
        code = "\n".join(
            line for line in source.splitlines() if not line.strip().startswith(('"', "#"))
        )
        for slug in slugs:
            assert f'"{slug}"' not in code, slug
