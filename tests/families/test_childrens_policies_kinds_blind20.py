"""Section kinds met in the twentieth blind round (issue 12, item 1): a heading that is only
"Leaving care" or "Care leavers" names the key principles' leaving-care part, whatever the
text under it says of the council as corporate parent.

Each chapter is written for this test in our own words.
"""

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source


def _kinds(text: str) -> list[tuple[str, str]]:
    analyzed = analyze(read_source(text.encode(), "chapter.md"), get_family())
    return [(section.kind, section.text.strip()[:20]) for section in analyzed.outline.sections]


def test_a_care_leavers_heading_over_corporate_parent_words_stays_a_key_principle():
    text = (
        "# Our policy\n\n## Scope\n\nThis chapter covers all social work teams.\n\n"
        "## Leaving care\n\n"
        "As corporate parents, we stand by every young person who was looked after until they "
        "are 25.\n"
    )
    kind, opening = _kinds(text)[-1]
    assert (kind, opening.startswith("## Leaving care")) == ("key_principles", True)


def test_a_heading_naming_care_leavers_among_other_words_is_still_only_a_hint():
    text = (
        "# Our policy\n\n## Scope\n\nThis chapter covers all social work teams.\n\n"
        "## Corporate parenting and care leavers\n\n"
        "Every councillor is a corporate parent and must act as a good parent would.\n"
    )
    assert _kinds(text)[-1][0] == "corporate_parenting"


def test_a_heading_about_children_on_the_edge_of_care_is_a_key_principle():
    text = (
        "# Our policy\n\n## Scope\n\nThis chapter covers all social work teams.\n\n"
        "## Teenagers on the edge of care\n\n"
        "Sixteen-year-olds who lose their home are seen by our duty team before housing is "
        "involved.\n"
    )
    assert _kinds(text)[-1][0] == "key_principles"
