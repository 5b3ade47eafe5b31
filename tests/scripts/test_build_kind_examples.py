"""The kind model's examples are never built without the seeds they must include."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_without_the_shared_folder_the_builder_refuses_and_writes_nothing(tmp_path: Path) -> None:
    """A checkout away from `shared/` (a worktree) once rebuilt the examples without the seed
    passages and reported the committed file out of date; it must say why and leave it alone."""
    examples = ROOT / "app" / "families" / "childrens_policies" / "examples.jsonl"
    before = examples.read_bytes()
    env = dict(os.environ, POLICYDIFF_SHARED=str(tmp_path))
    for arguments in ([], ["--check"]):
        built = subprocess.run(
            [sys.executable, "scripts/build_kind_examples.py", *arguments],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert built.returncode == 2
        assert "POLICYDIFF_SHARED" in built.stderr
        assert len(built.stderr.strip().splitlines()) == 1
    assert examples.read_bytes() == before
