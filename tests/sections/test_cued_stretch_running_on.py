"""A paragraph a breakaway cue names may open a stretch that closes its section though it is
not the section's last paragraph: the paragraph or two after it go on with its topic, as the
kind model reads them (blind round 107, decision 0177). Where the section's own topic comes back
after it, the paragraph stays where it stands. Every text is written for these tests in our own
words. Sections still tile the text."""

from __future__ import annotations

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

_OPENING = (
    "Children's Services Policies, Values and Principles\n\n"
    "This chapter sets out the values and principles behind every procedure of Brackenly's "
    "children's social care manual, and it applies to all staff and commissioned services.\n\n"
    "Being a good parent\n\n"
    "The council is the corporate parent of every child it looks after and of every young "
    "person who has left its care. Councillors ask of each decision: is it good enough for "
    "my own child?\n\n"
    "Moving on\n\n"
    "Leaving care is a journey and not a single day. Pathway planning starts at sixteen, and "
    "young people choose who helps them to write their plan and who comes to their reviews.\n\n"
    "Information about children is kept securely and shared only where the law allows it and "
    "where sharing keeps a child safe, and we tell young people what we have shared.\n\n"
)


def _found(text: str) -> list[tuple[str, str]]:
    outline = outline_of(text)
    assert_tiles(outline)
    return [(kind, " ".join(start.split())) for kind, start in kinds_and_starts(outline, 24)]


def test_a_cued_stretch_runs_on_over_a_paragraph_of_its_topic() -> None:
    found = _found(
        _OPENING + "Young people may ask to see the records we keep about them at any time, and "
        "a worker will read through the records with them if they would like that.\n"
    )

    assert ("key_principles", "Moving on Leaving care") in found
    assert ("information_sharing", "Information about childr") in found


def test_a_cued_paragraph_with_the_sections_topic_after_it_stays() -> None:
    found = _found(
        _OPENING + "Care leavers keep their personal adviser until they are twenty-five, and "
        "the leaving care team helps them to find a home, a course or a job and to manage their "
        "money.\n"
    )

    assert ("information_sharing", "Information about childr") not in found
