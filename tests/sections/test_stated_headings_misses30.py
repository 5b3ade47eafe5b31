"""Sentence headings ending in a full stop over their stanza's paragraph (decision 0228): a
document that opens most of its stanzas with a one-sentence line, the paragraph on the very next
line, heads them so; a one-sentence paragraph between blank lines, a stanza's opening sentence
where most stanzas open otherwise, and hard-wrapped lines are body text."""

from app.sections.rules import MIN_STATED_HEADINGS
from tests.sections.helpers import outline_of


def _headings(text: str, syntax: str = "plain") -> list[str]:
    return [block.content for block in outline_of(text, syntax).blocks() if block.type == "heading"]


_STANZAS = (
    "Our Promise to Children\n\n"
    "We will listen before we decide.\n"
    "Every plan we write starts with what the child has told their worker, in their own words, "
    "and we write down where we could not do what they asked and why not.\n\n"
    "Families are helped early.\n"
    "Our family hubs see parents as soon as they ask, without a referral, and stay with them "
    "until things are settled again, however long that takes.\n\n"
    "No child waits long for a settled home.\n"
    "Each child in our care has a plan for where they will grow up agreed within a few months, "
    "and the plan is looked at again at every review.\n\n"
    "Care leavers keep a worker beside them.\n"
    "A personal adviser stays in touch with every young person who leaves our care and helps "
    "with money, housing, study and work for as long as they want.\n"
)


def test_sentences_heading_most_stanzas_are_headings():
    assert _headings(_STANZAS) == [
        "Our Promise to Children",
        "We will listen before we decide.",
        "Families are helped early.",
        "No child waits long for a settled home.",
        "Care leavers keep a worker beside them.",
    ]


def test_in_markdown_too():
    assert _headings("# " + _STANZAS, "markdown")[1:] == [
        "We will listen before we decide.",
        "Families are helped early.",
        "No child waits long for a settled home.",
        "Care leavers keep a worker beside them.",
    ]


def test_one_sentence_paragraphs_between_blank_lines_are_body_text():
    text = _STANZAS.replace(".\n", ".\n\n")
    assert _headings(text) == ["Our Promise to Children"]


def test_too_few_such_stanzas_are_body_text():
    stanzas = _STANZAS.split("\n\n")
    text = "\n\n".join(stanzas[:MIN_STATED_HEADINGS]) + "\n"
    assert _headings(text) == ["Our Promise to Children"]


def test_stanzas_mostly_opening_otherwise_keep_their_first_sentence():
    long_opening = (
        "Our workers visit every child at home at least once every six weeks, and more often "
        "when a plan is new.\nThey see the child alone where the child is old enough.\n\n"
    )
    text = _STANZAS + "\n" + long_opening * 5
    assert _headings(text) == ["Our Promise to Children"]


def test_hard_wrapped_lines_ending_a_sentence_are_body_text():
    text = (
        "Our Promise to Children\n\n"
        + (
            "We will always listen to children and write down what they tell us.\n"
            "Their words are kept on their file and read at every review of the plan\n"
            "so that the people deciding know what the child wanted and why.\n\n"
        )
        * 4
    )
    assert _headings(text) == ["Our Promise to Children"]


def test_a_line_no_shorter_than_what_follows_it_is_body_text():
    text = (
        "Our Promise to Children\n\n"
        + "We will listen to every child before we decide anything about their life.\n"
        "They are told.\n\n"
    ) * 4
    assert "We will listen to every child before we decide anything about their life." not in (
        _headings(text)
    )
