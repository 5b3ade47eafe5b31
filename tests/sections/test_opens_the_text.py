"""`_opens_the_text` counts the blocks before a closing note only until they outnumber those after
it (decision 0122): the same answer as counting every block on both sides, which asked whether
each line of the chapter was the site's chrome."""

from hypothesis import given, settings
from hypothesis import strategies as st

from app.families import get_family
from app.sections import compile_cues, find_headings, scan_text_blocks
from app.sections.assemble import _is_page_chrome, _opens_the_text
from app.text import LineIndex

_LINES = [
    "Children's Services Policy, Values and Principles",
    "Print this page",
    "Share",
    "Introduction",
    "We work with families in Brackenholt so that children can stay at home.",
    "This chapter was updated in August 2022 to add the new practice model.",
    "Last updated: 3 March 2024",
    "Back to top",
    "Key Principles",
    "Every child in our care has a plan for their future by the second review.",
    "End",
]


def _counted_in_full(text, raw, state, index):
    """The plain version: every block on both sides counted."""

    def counted(position):
        return not state.is_heading[position] and not _is_page_chrome(text, raw[position])

    first = 0 if state.title_index is None else state.title_index + 1
    before = sum(1 for position in range(first, index) if counted(position))
    return before <= sum(1 for position in range(index + 1, len(raw)) if counted(position))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_LINES), min_size=1, max_size=14), st.booleans())
def test_counting_until_outnumbered_answers_as_counting_every_block(lines, spaced):
    text = ("\n\n" if spaced else "\n").join(lines) + "\n"
    raw = scan_text_blocks(text, LineIndex(text).line_starts())
    state = find_headings(text, raw, compile_cues(get_family().kinds))
    for index in range(len(raw)):
        assert _opens_the_text(text, raw, state, index) == _counted_in_full(text, raw, state, index)


def test_a_note_after_most_of_the_chapter_does_not_open_it():
    lines = [_LINES[0], *[_LINES[4], _LINES[9]] * 4, _LINES[5], _LINES[1]]
    text = "\n\n".join(lines) + "\n"
    raw = scan_text_blocks(text, LineIndex(text).line_starts())
    state = find_headings(text, raw, compile_cues(get_family().kinds))
    note = next(i for i, block in enumerate(raw) if text[block.start :].startswith(_LINES[5]))
    assert not _opens_the_text(text, raw, state, note)
    assert _opens_the_text(text, raw, state, 1)
