"""Lines of a history ("Version 1.1 - June 2023 - …", "March 2024: …") are a line each, even
when long enough to look hard-wrapped: the next entry is not the first one's second half."""

from app.facts import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[span.start : span.end] for span in sentence_spans(text)]


def test_version_lines_are_a_sentence_each():
    text = (
        "Version 1.1 - June 2023 - the contacts for the fostering team updated\n"
        "Version 2.0 - November 2024 - the kinship section rewritten for friends\n"
    )
    assert len(_sentences(text)) == 2


def test_dated_lines_are_a_sentence_each():
    text = (
        "12 March 2024 - the paragraph on family time was made clearer for carers\n"
        "September 2024 - the list of contacts for the out of hours team refreshed\n"
    )
    assert len(_sentences(text)) == 2


def test_hard_wrapped_prose_still_runs_on_over_a_date():
    text = (
        "We asked young people what they thought of the service and the answers came back\n"
        "in May 2024, when the panel met to agree what should change next year.\n"
    )
    assert len(_sentences(text)) == 1
