"""Un-headed paragraphs the kind model must place by their words alone (decision 0458): outcomes
asked as plain questions about each child, councillors going to see the council's children's
homes for themselves, and a wish for the children written as one sentence. Passages written for
the model in other words (`passages.jsonl`) teach these shapes; each text here is written for
this test in our own words, none of them a passage the model learned or a case document's."""

import pytest

from app.families import get_family
from app.sections import KindModel


@pytest.fixture(scope="module")
def model() -> KindModel:
    model = get_family().kind_model.get()
    assert model is not None
    return model


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "We judge ourselves by a few questions about each child we look after. Is the child "
            "going to school? Have they moved home this year? Do they see their family when they "
            "want to?",
            "key_outcomes",
        ),
        (
            "Are children settled? Are they learning? Are they healthy? These three questions are "
            "how the service measures itself each quarter.",
            "key_outcomes",
        ),
        (
            "Members of the council call at one of the children's homes each year and tell the "
            "full council what the children said.",
            "corporate_parenting",
        ),
        (
            "We want the young people we look after to grow up as their friends do: the same "
            "school, the same clubs and nobody pointing them out as different.",
            "vision",
        ),
        (
            "Every child we look after has the right to know who will still be there for them in "
            "ten years.",
            "vision",
        ),
    ],
)
def test_an_unheaded_paragraph_is_read_as_its_kind(model: KindModel, text: str, kind: str) -> None:
    assert model.best(text)[0] == kind
