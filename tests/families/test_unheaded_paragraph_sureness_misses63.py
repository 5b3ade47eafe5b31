"""Un-headed paragraphs in words no council document or written passage uses must be read as
their kinds surely enough for the segmenter to act on them (decision 0469).

The segmenter lets a block turn back to a kind, or pays for a boundary in a run no heading
opened, only when the kind model is sure of it (`CONFIDENT_RETURN`). With the classifier's
weaker regularisation a paragraph worded unlike the training chapters keeps more of what its
own words say; under the old setting each of these read as its kind but below the sure mark.
Each text is written for this test, none a passage the model learned or a case document's."""

import pytest

from app.families import get_family
from app.sections import KindModel
from app.sections.segment import CONFIDENT_RETURN


@pytest.fixture(scope="module")
def model() -> KindModel:
    model = get_family().kind_model.get()
    assert model is not None
    return model


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Members of the council are expected to treat the children we look after as they "
            "would their own sons and daughters.",
            "corporate_parenting",
        ),
        (
            "Every youngster who grows up with us should step into adulthood with somewhere safe "
            "to live and someone in their corner.",
            "vision",
        ),
        (
            "What follows applies to anyone employed or commissioned by the service, including "
            "agency staff and volunteers.",
            "scope",
        ),
    ],
)
def test_a_paragraph_in_new_words_is_read_surely_as_its_kind(
    model: KindModel, text: str, kind: str
) -> None:
    best, probability = model.best(text)
    assert best == kind
    assert probability >= CONFIDENT_RETURN
