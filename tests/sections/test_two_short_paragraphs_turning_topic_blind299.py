"""An un-headed turn of topic under a heading that runs over two short paragraphs says its topic
at length, as one long paragraph does: the partners and the framework they work to, after the
Acts under a heading on the law, are a shared-responsibility stretch of their own, though
neither paragraph alone reaches the length a lone aside needs (decision 0435). Written for this
test in our own words."""

from tests.sections.helpers import outline_of

_HEAD = (
    "# Children's Services Policies, Values and Principles\n\n"
    "## Scope\n\nThis chapter applies to everyone who works in the county's children's "
    "services, and to those who provide care for us.\n\n"
    "## Our legal basis\n\n"
    "Our duties to children and families are set by the Children Act 1989, the Children Act "
    "2004 and the Children and Families Act 2014, with the guidance issued under them.\n\n"
)
_PARTNERS = (
    "Safeguarding children is work we do alongside others. Health visitors, teachers, youth "
    "workers and police officers often see a child long before we do.\n\n"
    "Our local safeguarding partnership agrees with those agencies how they raise concerns "
    "and how they work together once a family needs help."
)
_TAIL = (
    "\n\n## Our values\n\nWe listen to children, we are honest with families and we keep our "
    "word.\n"
)


def _kinds(body: str) -> list[str]:
    outline = outline_of(_HEAD + body + _TAIL, "markdown")
    return [section.kind for section in outline.sections]


def test_two_short_paragraphs_on_the_partners_are_a_stretch() -> None:
    kinds = _kinds(_PARTNERS)
    assert kinds[2] == "introduction"
    assert kinds[3] == "shared_responsibility"
    assert kinds[4] == "values"


def test_one_short_sentence_on_the_partners_stays_with_the_law() -> None:
    kinds = _kinds("Other agencies help us too.")
    assert kinds[2:] == ["introduction", "values"]


def test_two_short_paragraphs_on_two_other_topics_stay_with_the_law() -> None:
    body = (
        "Care leavers can keep a personal adviser until they are 21, and longer if they ask.\n\n"
        "As corporate parent, the whole council shares responsibility for every child it looks "
        "after."
    )
    assert _kinds(body)[2:] == ["introduction", "values"]
