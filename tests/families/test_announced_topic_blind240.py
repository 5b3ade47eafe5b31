"""A paragraph's first sentence announcing its topic as a heading would name it ("One further
word on care leavers. …"), read as a heading run into the paragraph (blind240, decision 0364).
In our own words; a topic no heading cue names, one only a heading hint names ("how we
practise"), and an announcement inside a sentence name no kind this way."""

import pytest


@pytest.mark.parametrize(
    ("opening", "kind"),
    [
        ("One further word on care leavers. The offer is reviewed with them each year.",
         "key_principles"),
        ("A final note on confidentiality: records are kept on secure systems only.",
         "information_sharing"),
        ("A short word about corporate parenting. Every councillor shares the role.",
         "corporate_parenting"),
    ],
)  # fmt: skip
def test_an_announced_topic_names_its_kind(cues, opening, kind):
    assert cues.content_kind(opening) == kind


@pytest.mark.parametrize(
    "opening",
    [
        "One further word on the weather. Visits go ahead whatever the forecast says.",
        "We want to say one further word on care leavers later in this chapter.",
        "A word about how we practise: every worker is trained in the same methods.",
    ],
)
def test_an_announcement_of_no_kind_names_none(cues, opening):
    assert cues.content_kind(opening) is None
