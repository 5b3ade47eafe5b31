"""A closing version line that names who signed the chapter off is end matter whatever verb of
approval it uses (decision 0528): "agreed by", "signed off by", "endorsed by" and the like say
what "approved by" says, and a council writes whichever its governance uses.

Each line is written for this test in our own words.
"""

import pytest


@pytest.mark.parametrize(
    "line",
    [
        "Version 4.2 \u2013 agreed by the Assistant Director for Safeguarding",
        "Version 3 - signed off by the Corporate Parenting Board",
        "Version 1.0, endorsed by the Lead Member for Children",
        "Version 6.1 | ratified by Cabinet",
        "Document version 2 \u2014 authorised by the Director of Children's Services",
        "Version 5 - adopted by the Children's Partnership",
    ],
)
def test_a_version_line_signed_off_in_other_words_closes_the_chapter(cues, line) -> None:
    assert cues.content_kind(line, near_end=True) == "end_matter"


@pytest.mark.parametrize(
    "line",
    [
        "The plan agreed by the panel is reviewed after six months.",
        "Version control is agreed by the team manager at each review, as set out above.",
        "A new version agreed by the board will be published in the spring.",
    ],
)
def test_sentences_about_agreement_are_not_a_version_line(cues, line) -> None:
    assert cues.content_kind(line, near_end=True) != "end_matter"
