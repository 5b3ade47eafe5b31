"""A month's short name with a full stop before its year or day does not end the sentence
(decision 0121): "On 2nd Oct. 2024 we changed …" is one sentence, so its date and its verb are
read together."""

from app.facts.readers import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[span.start : span.end] for span in sentence_spans(text)]


def test_a_short_month_name_before_its_year_keeps_the_sentence_whole():
    text = "On 2nd Oct. 2024 we changed the part on contact. It is shorter now."
    assert _sentences(text) == [
        "On 2nd Oct. 2024 we changed the part on contact.",
        "It is shorter now.",
    ]


def test_a_short_month_name_before_a_day_keeps_the_sentence_whole():
    text = "The panel met on Nov. 14 and agreed the plan."
    assert _sentences(text) == [text]


def test_a_short_month_name_closing_a_sentence_still_ends_it():
    text = "The panel last met in Jan. Carers were told the outcome."
    assert _sentences(text) == ["The panel last met in Jan.", "Carers were told the outcome."]
