"""The words a content cue cannot match without (`required_words`), and `Cues.cued_kind`, which
tries a cue with words only where the opening holds one of them: it answers as
`cued_kind_plain`, which tries every cue (decision 0154)."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.families import all_families
from app.sections.classify import _WORD, _without_captures, compile_cues, cue_text
from app.sections.cue_words import required_words

_FAMILIES = all_families()
_ALL_CUES = sorted(
    {cue for family in _FAMILIES for kind in family.kinds for cue in kind.content_cues}
)


@pytest.mark.parametrize(
    ("cue", "words"),
    [
        (r"^our vision (for|is)\b", {"vision"}),
        (r"^[^.]{0,160}\bmanual\b[^.]{0,100}\b(this|the present) (chapter|page)", {"manual"}),
        (r"^(?:[\w'-]++ ){1,25}(is|are) (covered|bound) by\b", {"covered", "bound"}),
        # The group's words have a space before them when the steps before it are there, and the
        # text's start when they are not.
        (r"^(?:[\w'-]++ ){0,4}(council|authority) is\b", {"council", "authority"}),
        # Searched for anywhere: nothing certain stands before the first word.
        (r"(whole|entire) (council|authority) is", {"council", "authority"}),
        (r"\b(whole|entire) council", {"whole", "entire"}),  # "council" may go on
        # A look-around takes no room: the space before it borders the word after it.
        (r"^this is (?!not )(?<=is )(yours|theirs)\b", {"yours", "theirs"}),
        (r"^(the|our) vision\b", {"vision"}),
        (r"^children'?s (services)\b", {"services"}),
    ],
)
def test_words_a_cue_needs(cue, words):
    assert required_words(cue) == words


@pytest.mark.parametrize(
    "cue",
    [
        r"^vision|^values",  # "|" at the top level: either side alone
        r"^(a|b)\1 vision",  # a back reference
        r"^(?x) our vision",  # verbose: the spaces are no part of it
        r"^[^.]{0,60}vision",  # a letter may stand before the word
        r"^visions?\b",  # the word may go on ("visions")
        r"^(vision|)\b",  # an empty alternative
        r"^vision",  # the text may go on after the cue ("visionary")
        r"^\x76ision\b",  # a character by its number
        r"^(?-i:V)ision\b",
        r"^\u017fafe\b",  # the long s matches "s" with case ignored
    ],
)
def test_a_cue_with_no_certain_words(cue):
    assert required_words(cue) is None


def test_most_of_the_family_cues_have_words():
    found = [required_words(cue) for cue in _ALL_CUES]
    assert sum(words is not None for words in found) > len(found) * 3 // 4


_CUES_WITH_WORDS = [cue for cue in _ALL_CUES if required_words(cue) is not None]


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_every_ascii_text_a_cue_matches_holds_one_of_its_words(data):
    cue = data.draw(st.sampled_from(_CUES_WITH_WORDS))
    text = data.draw(
        st.from_regex(re.compile(cue, re.IGNORECASE), alphabet=st.characters(max_codepoint=127))
    )
    assert re.compile(cue, re.IGNORECASE).search(text)
    assert set(_WORD.findall(text.lower())) & required_words(cue), (cue, text)


@pytest.fixture(scope="module", params=_FAMILIES, ids=lambda family: family.slug)
def cues(request):
    return compile_cues(request.param.kinds)


@pytest.fixture(scope="module")
def openings(known_document_texts: tuple[str, ...]) -> frozenset[str]:
    """Every line and paragraph of the known documents as the cues see it, made once for all the
    families (it was made again for each)."""
    texts = known_document_texts
    lines = {line.strip().lstrip("#*-\u2022 ") for text in texts for line in text.splitlines()}
    paragraphs = {paragraph.strip() for text in texts for paragraph in text.split("\n\n")}
    return frozenset(cue_text(text) for text in lines | paragraphs if text)


def test_every_line_of_the_known_documents_is_named_as_by_all_the_cues(cues, openings):
    assert len(openings) > 1000
    named = 0
    for opening in openings:
        kind = cues.cued_kind_plain(opening)
        assert cues.cued_kind(opening) == kind, opening
        named += kind is not None
    assert named > 20


_FAMILY_CUES = [
    re.compile(_without_captures(cue), re.IGNORECASE)
    for family in _FAMILIES
    for kind in family.kinds
    for cue in kind.content_cues
]
_WORDS = sorted({word for cue in _ALL_CUES for word in re.findall(r"[a-z']{2,}", cue)})
_OPENINGS = st.tuples(
    st.lists(st.sampled_from(_WORDS), max_size=6).map(" ".join),
    st.sampled_from(["", " ", ", ", ": "]),
    st.sampled_from(_FAMILY_CUES).flatmap(st.from_regex)
    | st.lists(st.sampled_from(_WORDS), max_size=25).map(" ".join),
    st.sampled_from(["", ".", " and more", "s", "ing the chapter"]),
).map("".join)


@settings(max_examples=600, deadline=None)
@given(_OPENINGS)
def test_any_opening_is_named_as_by_all_the_cues(opening):
    for family in _FAMILIES:
        cues = compile_cues(family.kinds)
        for text in (opening, cue_text(opening)):
            assert cues.cued_kind(text) == cues.cued_kind_plain(text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([*_WORDS, " ", ",", ".", "'", "-", ":", "\n"]), max_size=40).map(
        "".join
    )
)
def test_runs_of_cue_words_and_marks_are_named_as_by_all_the_cues(opening):
    for family in _FAMILIES:
        cues = compile_cues(family.kinds)
        assert cues.cued_kind(opening) == cues.cued_kind_plain(opening)
