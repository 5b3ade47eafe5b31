"""The kind model's regularisation at half its old strength (`alpha` 1e-5, decision 0475, measured
by decision 0469): un-headed paragraphs in words no example uses are read as their kind firmly
enough for the segmenter to afford a turn back to it (`CONFIDENT_RETURN`). Both paragraphs were
written for this test; with `alpha` 2e-5 each stays just under the mark (0.47 and 0.49)."""

import pytest

from app.families import get_family
from app.sections.segment import CONFIDENT_RETURN


@pytest.mark.parametrize(
    ("kind", "paragraph"),
    [
        (
            "key_outcomes",
            "How will we know we are getting it right? Fewer children will move from home to "
            "home, more will sit their exams, and more will still be in touch with us at "
            "twenty-one.",
        ),
        (
            "vision",
            "We would like every young person who grows up here to look back and say the town "
            "gave them a fair start.",
        ),
    ],
)
def test_a_paragraph_in_new_words_is_read_surely_as_its_kind(kind: str, paragraph: str) -> None:
    scores = get_family().kind_model.get().probabilities([paragraph])[0]
    assert max(scores, key=scores.__getitem__) == kind
    assert scores[kind] >= CONFIDENT_RETURN
