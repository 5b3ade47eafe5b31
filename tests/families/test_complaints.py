"""The complaints and representations family: its facts on the sample procedures and on
wordings written here, its invariants on any text, and its annotations scored by eval_parse."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from app.analysis import analyze
from app.cli import cli
from app.families import DEFAULT_FAMILY, detect_family, get_family
from app.ingest import read_source
from tests.conftest import REPO_ROOT

SLUG = "complaints-and-representations"
SAMPLES = REPO_ROOT / "corpus" / "complaints"
EXPECTED = REPO_ROOT / "tests" / "cases" / "complaints" / "expected.json"
EVAL_PARSE = Path("/work/shared/tools/eval_parse.py")


def _facts(text: str, filename: str = "procedure.txt") -> dict[str, object]:
    analyzed = analyze(read_source(text.encode(), filename), get_family(SLUG))
    for fact in analyzed.facts:
        for evidence in fact.evidence:
            assert analyzed.text[evidence.start : evidence.end] == evidence.quote
    return {fact.key: fact.value for fact in analyzed.facts}


PROCEDURE = """Complaints and Representations Procedure

Stage One

We will reply within ten working days. If the complaint is complicated, this can be
extended to twenty working days.

If you are unhappy with our reply you can ask for Stage Two within 20 working days.

Stage Two

The investigation will be finished within 25 working days, or up to 65 working days at most.

Stage Three

A review panel will meet within 30 working days of the request.
"""


def test_each_stage_timescale_with_its_extension_in_words_or_digits() -> None:
    facts = _facts(PROCEDURE)
    assert facts["stage_1_timescale"] == {"working_days": 10, "extended_to": 20}
    assert facts["stage_2_timescale"] == {"working_days": 25, "extended_to": 65}
    assert facts["stage_3_timescale"] == {"working_days": 30, "extended_to": None}


def test_a_further_period_adds_to_the_first_and_the_complainants_window_is_no_timescale() -> None:
    text = (
        "Complaints Procedure\n\nStage 1\n\nYou can ask for a response within 5 working days.\n\n"
        "We respond within 10 working days; a further 10 working days may be agreed.\n"
    )
    assert _facts(text)["stage_1_timescale"] == {"working_days": 10, "extended_to": 20}


def test_a_silent_procedure_states_no_timescale_no_complainants_and_no_advocate() -> None:
    facts = _facts("Complaints Procedure\n\nPlease write to us with your concerns.\n")
    assert facts["stage_1_timescale"] is None
    assert facts["who_can_complain"] is None
    assert facts["advocate_offered"] is None


def test_an_advocate_refused_is_not_an_advocate_offered() -> None:
    text = "Complaints Procedure\n\nAdvocacy\n\nAn advocate is not provided for this procedure.\n"
    assert _facts(text)["advocate_offered"] is None


def test_the_sample_revisions_change_the_facts_a_reader_would_compare() -> None:
    old = _facts((SAMPLES / "sample-northmere/2022-04.txt").read_text(encoding="utf-8"))
    new = _facts((SAMPLES / "sample-northmere/2024-09.txt").read_text(encoding="utf-8"))
    assert (old["amendment_date"], new["amendment_date"]) == ("2022-04", "2024-09")
    assert old["stage_1_timescale"] != new["stage_1_timescale"]
    assert set(new["who_can_complain"]) - set(old["who_can_complain"]) == {  # type: ignore[arg-type]
        "special guardians",
        "care leavers",
    }


def test_only_a_complaints_title_makes_parse_choose_the_family(seed_paths: list[Path]) -> None:
    for path in sorted(SAMPLES.glob("*/*")):
        assert detect_family(path.read_text(encoding="utf-8")).slug == SLUG, path.name
    cases = sorted((REPO_ROOT / "tests" / "cases" / "documents").glob("*.[tm][xd]*"))
    for path in [*seed_paths, *cases]:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert detect_family(text).slug == DEFAULT_FAMILY, path.name


PROCEDURE_WORDS = st.sampled_from(
    [
        "Stage 1",
        "Stage two",
        "review panel",
        "within",
        "10",
        "twenty",
        "working days",
        "extended to",
        "up to",
        "a further",
        "or within",
        "you can ask",
        "advocate",
        "not",
        "offered",
        "Who can complain",
        "parents",
        "foster carers",
        "Ombudsman",
        "In May 2024",
        "this procedure was updated",
        "Children Act 1989",
        ".",
        ",",
        ":",
        "\n",
        "\n\n",
        "## ",
        "- ",
        "1. ",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(PROCEDURE_WORDS | st.text(st.characters(categories=["L", "N", "P"])), max_size=60))
def test_analysis_never_raises_sections_tile_and_evidence_quotes(words: list[str]) -> None:
    text = "Complaints Procedure\n\n" + " ".join(words)
    source = read_source(text.encode(), "p.txt")
    analyzed = analyze(source, get_family(SLUG))
    assert "".join(section.text for section in analyzed.outline.sections) == analyzed.text
    for fact in analyzed.facts:
        for evidence in fact.evidence:
            assert analyzed.text[evidence.start : evidence.end] == evidence.quote


def test_policydiff_families_shows_both_shipped_families() -> None:
    result = CliRunner().invoke(cli, ["families"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(DEFAULT_FAMILY)
    assert f"{SLUG}  Complaints and Representations Procedure" in result.output
    assert "stage_1_timescale" in result.output and "who_can_complain" in result.output


@pytest.mark.skipif(
    not EVAL_PARSE.exists(), reason="the shared eval_parse.py is not on this machine"
)
@pytest.mark.timeout(600)  # six `policydiff parse` processes, on a busy machine
@pytest.mark.slow
def test_the_sample_annotations_score_100_percent() -> None:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run(
        [sys.executable, str(EVAL_PARSE), str(EXPECTED), str(SAMPLES)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1] == "sections 51/51 (100%), facts 48/48 (100%)"
