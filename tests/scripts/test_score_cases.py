"""`scripts/score_cases.py` gives the figures `eval_parse.py` gives, without a process per
document, and a set it does not know is a one-line error."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from tests.conftest import EXPECTED_SEEDS, REPO_ROOT, SEEDS_DIR, SHARED_DIR, SUMMARY_PROPERTY


def _run(*arguments: str) -> subprocess.CompletedProcess[str]:
    [ran] = _run_side_by_side(arguments)
    return ran


def _run_side_by_side(*commands: Sequence[str]) -> list[subprocess.CompletedProcess[str]]:
    """Each command run to its end, all started at once (none waits for another's output)."""
    bin_dir = Path(sys.executable).parent  # where `policydiff` is installed, for eval_parse
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    started = [
        subprocess.Popen(
            command,
            cwd=REPO_ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for command in commands
    ]
    finished = []
    for command, process in zip(commands, started, strict=True):
        stdout, stderr = process.communicate()
        finished.append(subprocess.CompletedProcess(command, process.returncode, stdout, stderr))
    return finished


@pytest.mark.timeout(600)  # eval_parse starts one process per seed
@pytest.mark.slow
def test_the_seeds_score_as_eval_parse_scores_them(
    record_property: Callable[[str, object], None],
) -> None:
    """Also the test command's seed parse score: eval_parse exits 1 below 100 %, and its figure
    is printed at the end of the suite's log (`scripts/check` does not run it again)."""
    scored, evaluated = _run_side_by_side(
        (sys.executable, "scripts/score_cases.py", "seeds"),
        (
            sys.executable,
            str(SHARED_DIR / "tools" / "eval_parse.py"),
            str(EXPECTED_SEEDS),
            str(SEEDS_DIR),
        ),
    )
    figures = evaluated.stdout.splitlines()[-1:] or ["no figures"]
    record_property(SUMMARY_PROPERTY, f"seed parse score (eval_parse.py): {figures[0]}")
    assert scored.returncode == 0, scored.stderr
    assert evaluated.returncode == 0, evaluated.stdout + evaluated.stderr
    assert scored.stdout.splitlines() == [f"seeds: {evaluated.stdout.splitlines()[-1]}"]


def test_an_unknown_set_is_named_with_the_sets_there_are() -> None:
    scored = _run(sys.executable, "scripts/score_cases.py", "seeds", "no-such-set")
    assert scored.returncode == 1
    assert scored.stdout == ""
    [error] = scored.stderr.splitlines()
    assert "no case set 'no-such-set'" in error
    assert "learn" in error and "seeds" in error
