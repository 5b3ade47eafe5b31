"""Wrap a pandoc-like markdown source at 72 columns the way pandoc --wrap=auto does."""

import sys
import textwrap
from pathlib import Path

out = []
block = []


def flush():
    global block
    if not block:
        return
    text = " ".join(block)
    if text.startswith(
        ("1.  ", "2.  ", "3.  ", "4.  ", "5.  ", "6.  ", "7.  ", "8.  ", "9.  ", "-   ")
    ):
        out.extend(
            textwrap.wrap(
                text,
                72,
                initial_indent="",
                subsequent_indent="    ",
                break_on_hyphens=False,
                break_long_words=False,
            )
        )
    else:
        out.extend(textwrap.wrap(text, 72, break_on_hyphens=False, break_long_words=False))
    out.append("")
    block = []


raw = False
for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines():
    line = line.rstrip("\n")
    if line == "@raw":
        flush()
        raw = True
        continue
    if line == "@end":
        raw = False
        out.append("")
        continue
    if raw:
        out.append(line)
        continue
    if not line.strip():
        flush()
        continue
    block.append(line)
flush()
sys.stdout.write("\n".join(out).rstrip("\n") + "\n")
