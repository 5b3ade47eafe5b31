"""A markdown file's footnotes, read where their marks stand.

Markdown footnotes (GitHub, pandoc, PHP Markdown Extra) put a mark in the text, `[^2]`, and the
note itself anywhere, usually last: `[^2]: A young person in education can keep ...`. A reader
reads a note where its mark sends them (decision 0087, for Word and PDF): left where it is
written, a note at the file's end joins the closing stamp's section, and a note that extends a
fact ("... until they are 25") is read as a second, conflicting statement far from the first.
So, as Word's and PDF's notes are, each note is read where its mark stands:

- as the last sentences of the paragraph holding the mark;
- as a paragraph of its own right after a heading, a list, a table or a quotation holding it
  (a sentence run onto a list's last item would read as part of that item).

The marks are taken out of the text. A note no mark points to stays where it is written, as does
every note when a mark has no note or a note is marked twice (the text is then left unchanged).
Code blocks are left alone.
"""

from __future__ import annotations

import re

_DEFINITION = re.compile(r"^[ \t]{0,3}\[\^([^\[\]\s]+)\]:[ \t]*(.*)$")
_CONTINUATION = re.compile(r"^(?: {4}|\t)(\S.*)$")
_MARK = re.compile(r"\[\^([^\[\]\s]+)\](?!:)")
"""A note's mark. Its label holds no bracket: a run of `[^` with no `]` is then scanned once,
not again from each `[^` in it (decision 0161)."""
_MAX_MARKS_A_LINE = 100
"""More marks than this on one line is no footnoted prose; each mark's note is placed by a
search of the line, so the text is then left as it is (decision 0161)."""
_CODE_FENCE = re.compile(r"^[ \t]{0,3}(?:`{3,}|~{3,})")
_BLOCK_LINE = re.compile(r"^[ \t]{0,3}(?:#{1,6}[ \t]|[-*+][ \t]|\d{1,3}[.)][ \t]|>|\|)")
"""A line of a heading, a list item, a quotation or a table row: a note follows its block."""
_SETEXT_UNDERLINE = re.compile(r"^[ \t]{0,3}(?:=+|-+)[ \t]*$")


def place_footnotes(text: str) -> str:
    """`text` with each footnote read where its one mark stands, the marks left out; unchanged
    when it has no footnote, or a mark without a note, or a note marked more than once."""
    if "[^" not in text:
        return text
    lines = text.split("\n")
    notes: dict[str, str] = {}
    kept: list[str] = []
    in_code = False
    index = 0
    while index < len(lines):
        line = lines[index]
        if _CODE_FENCE.match(line):
            in_code = not in_code
        found = None if in_code else _DEFINITION.match(line)
        if found is None:
            kept.append(line)
            index += 1
            continue
        parts = [found[2].strip()]
        index += 1
        while index < len(lines) and (more := _CONTINUATION.match(lines[index])) is not None:
            parts.append(more[1].strip())
            index += 1
        if found[1] in notes:
            return text
        notes[found[1]] = " ".join(part for part in parts if part)
    if not notes:
        return text
    marked: dict[str, int] = {}
    in_code = False
    for number, line in enumerate(kept):
        if _CODE_FENCE.match(line):
            in_code = not in_code
            continue
        if in_code:
            continue
        for count, mark in enumerate(_MARK.finditer(line)):
            if mark[1] not in notes or mark[1] in marked or count >= _MAX_MARKS_A_LINE:
                return text
            marked[mark[1]] = number
    if not marked:
        return text
    return _with_notes_in_place(kept, notes, marked)


def _with_notes_in_place(lines: list[str], notes: dict[str, str], marked: dict[str, int]) -> str:
    """`lines` with each marked note placed where its mark sends the reader, the marks out."""
    block_ends: dict[int, list[str]] = {}
    in_prose: dict[int, list[str]] = {}
    last_of = _block_lasts(lines)
    structured: dict[int, bool] = {}  # by a block's last line: holds a heading, list, table …
    for label, number in marked.items():
        last = last_of[number]
        if last not in structured:
            first = last
            while first > 0 and lines[first - 1].strip():
                first -= 1
            structured[last] = any(
                _BLOCK_LINE.match(part) or _SETEXT_UNDERLINE.match(part)
                for part in lines[first : last + 1]
            )
        if structured[last]:
            block_ends.setdefault(last, []).append(label)
        else:
            in_prose.setdefault(number, []).append(label)
    placed: list[str] = []
    carried: list[str] = []  # notes whose sentence runs on past their mark's line
    for number, line in enumerate(lines):
        labels = in_prose.get(number, [])
        line = _prose_with_notes(line, notes, labels, carried)
        line = _MARK.sub(lambda mark: "" if mark[1] in marked else mark[0], line)
        if carried and (number + 1 >= len(lines) or not lines[number + 1].strip()):
            line = line.rstrip() + " " + " ".join(carried)
            carried = []
        placed.append(line)
        texts = [notes[label] for label in block_ends.get(number, []) if notes[label]]
        if texts:
            placed.extend(["", " ".join(texts)])
    unmarked = [f"[^{label}]: {note}" for label, note in notes.items() if label not in marked]
    result = "\n".join(placed)
    if unmarked:
        result = result.rstrip("\n") + "\n\n" + "\n".join(unmarked) + "\n"
    elif lines and lines[-1] == "":
        result = result.rstrip("\n") + "\n"
    return result


def _block_lasts(lines: list[str]) -> list[int]:
    """For each line, the last line of the run of non-blank lines (the block) holding it; one
    pass, so many marks in one long block do not each walk it (decision 0161)."""
    lasts = list(range(len(lines)))
    for number in range(len(lines) - 2, -1, -1):
        if lines[number].strip() and lines[number + 1].strip():
            lasts[number] = lasts[number + 1]
    return lasts


_MARK_RUN = re.compile(r"(?:\[\^[^\[\]\s]+\](?!:)){2,}")
"""Marks set one after another at one spot: their notes are read together, as a list."""
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*(?=\s|$)")


def _prose_with_notes(
    line: str, notes: dict[str, str], labels: list[str], carried: list[str]
) -> str:
    """`line` with the notes of its marks (`labels`) after the sentences holding them: right at
    a mark that follows a sentence's full stop ("... until they reach 21.[^2]"), else at the end
    of the mark's sentence; a sentence that runs on to the next line carries its note there.
    Notes marked together ("Our duties come from statute.[^1][^2][^3]") are what the sentence
    points to, a list: each is a line of its own, the lines set apart right after the sentence,
    its paragraph going on after them."""
    marked_here = bool(labels)
    for run in _MARK_RUN.finditer(line):
        together = _MARK.findall(run[0])
        if not all(label in labels for label in together):
            continue
        texts = [notes[label] for label in together if notes[label]]
        labels = [label for label in labels if label not in together]
        at = line.find(run[0])
        before = line[:at].rstrip()
        end = at + len(run[0])
        if not (before and before[-1] in ".!?:"):
            found = _SENTENCE_END.search(line, end)
            if found is None:
                carried.extend(texts)
                continue
            end = found.end()
        rest = line[end:].lstrip()
        line = line[:end] + "\n\n" + "\n".join(texts) + ("\n\n" + rest if rest else "")
        break  # one run of notes a line: the line has changed under any further run
    for label in labels:
        note = notes[label]
        if not note:
            continue
        mark = f"[^{label}]"
        at = line.find(mark)
        before = line[:at].rstrip()
        if before and before[-1] in ".!?":
            line = f"{line[: at + len(mark)]} {note}{line[at + len(mark) :]}"
            continue
        sentence_end = _SENTENCE_END.search(line, at + len(mark))
        if sentence_end is None:
            carried.append(note)
            continue
        line = f"{line[: sentence_end.end()]} {note}{line[sentence_end.end() :]}"
    if carried and not marked_here and (closing := _SENTENCE_END.search(line)) is not None:
        line = f"{line[: closing.end()]} {' '.join(carried)}{line[closing.end() :]}"
        carried.clear()
    return line
