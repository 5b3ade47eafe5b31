"""A pandoc span reads as its words in the plain view extractors search (decision 0260); an
empty span, a Word bookmark's anchor, is left as it stands, and offsets map back to the text."""

from app.facts.readers import plain_view


def test_a_pandoc_span_reads_as_its_words():
    text = "Amended in [October 2024]{.underline} to add the offer."
    view = plain_view(text)
    assert view.text == "Amended in October 2024 to add the offer."
    start = view.text.index("October")
    span = view.to_original(start, start + len("October 2024"))
    assert text[span.start : span.end] == "October 2024"


def test_an_empty_bookmark_span_is_left_as_it_stands():
    text = "[]{#LegalList .anchor}The Acts are listed below."
    assert plain_view(text).text == text


def test_a_link_still_reads_as_its_words_beside_a_span():
    text = "See [the offer](#offer) and [the review]{.smallcaps}."
    assert plain_view(text).text == "See the offer and the review."
