"""A heading naming two kinds ("Corporate parenting and permanence") keeps the kind its first
part names when a full paragraph of that topic opens the section, though the paragraphs after it,
about the second topic, outweigh it in the whole text; they are a stretch of their own (decisions
0427 and 0429; the rule is 0429's). Written for this test in our own words."""

from tests.sections.helpers import outline_of

_HEAD = (
    "# Children's Services Policies, Values and Principles\n\n"
    "## Scope\n\nThis chapter applies to everyone in the borough's children's services.\n\n"
)
_CORPORATE = (
    "The council is the corporate parent of every child it looks after and of every care "
    "leaver. Councillors and officers share that role, and the Corporate Parenting Panel checks "
    "each year how well the whole council keeps to the seven corporate parenting principles, "
    "from promoting children's health and well-being to preparing them for adult life."
)
_PERMANENCE = (
    "When a child cannot live safely at home, we look first to relatives and friends. Every "
    "child in our care has a permanence plan by their second review, and we keep moves of home "
    "and school to a minimum so that children can settle.\n\n"
    "Young people leaving care keep a personal adviser until they are 21, and until 25 if they "
    "want one. We help them find a home, a course or a job, and we stay in touch.\n\n"
    "Children are best brought up in their own families wherever that is safe. We offer early "
    "help, we work with parents as partners, and we make timely decisions when a child needs a "
    "new home, so that no child waits longer than they must for a family of their own."
)


def _kinds(heading: str, body: str) -> list[str]:
    outline = outline_of(_HEAD + f"## {heading}\n\n{body}\n", "markdown")
    return [section.kind for section in outline.sections]


def test_the_first_named_topic_opening_the_section_keeps_the_heading() -> None:
    kinds = _kinds("Corporate parenting and permanence", _CORPORATE + "\n\n" + _PERMANENCE)
    assert kinds[2] == "corporate_parenting"
    assert "key_principles" in kinds[3:]


def test_a_short_lead_in_of_the_first_topic_does_not_keep_it() -> None:
    body = "We are the council's corporate parents.\n\n" + _PERMANENCE
    assert _kinds("Corporate parenting and permanence", body)[2] == "key_principles"
