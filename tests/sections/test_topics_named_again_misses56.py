"""Known misses round 56 (decision 0424): a numbered paragraph that goes on with the numbered
topics above its heading, a hinted heading whose opening names a kind one of its own
sub-headings holds, and a paragraph naming again the practice model an earlier paragraph named.
Each case is written for this test in our own words about invented councils."""

from __future__ import annotations

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source
from app.sections import compile_cues


def _sections(text: str, name: str = "chapter.md") -> list[tuple[str, str]]:
    analyzed = analyze(read_source(text.encode(), name), get_family())
    return [(section.kind, section.text.strip()[:40]) for section in analyzed.outline.sections]


_NUMBERED = (
    "# Children's Services Policies, Values and Principles\n\n"
    "**Scope of this chapter**\n\n"
    "This chapter applies to everyone who works in Halvergate's children's services and to "
    "the agencies that provide services for children on the council's behalf.\n\n"
    "**What we believe**\n\n"
    "We want parents to find us truthful, dependable and fair. We tell them plainly what "
    "worries us and we keep the promises we make to them.\n\n"
    "1. We will share the work of keeping children safe with our partners. Schools, health "
    "services and the police carry the same duty under Working Together to Safeguard "
    "Children, and we will decide with them wherever we can.\n\n"
    "2. We will act as good corporate parents. Every councillor and officer takes a share "
    "of the responsibility for the children in our care.\n\n"
    "3. We will find a permanent home for every child. A child who cannot go home will have "
    "a permanence plan within four months of coming into care.\n\n"
    "**Our way of working**\n\n"
    "Halvergate uses Restorative Practice in every social work team. It gives families and "
    "workers one language for talking about worries, strengths and next steps.\n\n"
)


def test_a_numbered_paragraph_going_on_with_the_topics_above_its_heading_is_its_own() -> None:
    text = _NUMBERED + (
        "4. We will carry out our children's services strategy for 2025 to 2028, which shifts "
        "money and staff towards early help so that fewer families reach a crisis.\n"
    )
    sections = _sections(text)
    assert sections[-1][0] == "strategy"
    assert sections[-1][1].startswith("4. We will carry out")
    assert sections[-2][0] == "practice_model"


def test_a_paragraph_numbered_afresh_under_its_heading_stays_with_it() -> None:
    text = _NUMBERED + (
        "7. We will carry out our children's services strategy for 2025 to 2028, which shifts "
        "money and staff towards early help so that fewer families reach a crisis.\n"
    )
    assert _sections(text)[-1][0] == "practice_model"


_STATEMENT = (
    "# Looked After Children Policy\n\n"
    "## 1 Purpose\n\n"
    "This document explains the principles that guide Brackley Council's work with children "
    "in its care.\n\n"
    "## 3 Policy statement\n\n"
    "For every child who comes into our care, the entire council acts as their parent. Our "
    "duties come from the Children Act 1989 and the Acts that followed it, and from the "
    "statutory guidance issued under them.\n\n"
    "### 3.1 Our values\n\n"
    "We are patient, honest and ambitious for children, and we listen before we decide.\n\n"
)


def test_a_hinted_heading_keeps_its_hint_where_a_sub_heading_holds_the_opening_kind() -> None:
    text = _STATEMENT + (
        "### 3.2 Corporate parenting\n\n"
        "Councillors on the Corporate Parenting Panel meet children in care every term and "
        "check that the council keeps its pledge to them.\n"
    )
    kinds = [kind for kind, _start in _sections(text)]
    assert kinds[kinds.index("values") - 1] == "introduction"
    assert kinds.count("corporate_parenting") == 1


def test_without_such_a_sub_heading_the_opening_cue_still_wins() -> None:
    text = _STATEMENT + (
        "### 3.2 Permanence\n\n"
        "Every child in care has a plan for permanence by the second review, and we look first "
        "to relatives and friends when a child cannot live at home.\n"
    )
    kinds = [kind for kind, _start in _sections(text)]
    assert kinds[kinds.index("values") - 1] == "corporate_parenting"


def test_the_cues_of_a_place_named_vision_and_of_members_and_officers_as_parents() -> None:
    family = get_family()
    cues = compile_cues(family.kinds, family.other_heading_cues)
    assert cues.content_kind("We would like all Fenmarsh children to grow up loved.") == "vision"
    assert cues.content_kind("We want each Ashby child to become a confident adult.") == "vision"
    assert cues.content_kind("We want every child to be safe and happy.") is None
    assert cues.content_kind("We want every Ashby child to be healthy and achieve.") is None
    opening = (
        "Around two hundred children live in our care. Elected members and staff all take on "
        "the role of a good parent for each of them."
    )
    assert cues.content_kind(opening) == "corporate_parenting"
    assert cues.content_kind("Parents share the duties of a parent with the school.") is None


_UNHEADED = (
    "Children's Services Policies, Values and Principles\n\n"
    "Every social worker in Dunmere Vale works to the approach we call Family "
    "Circles. A worker meets the family and the people who matter to them together, "
    "and the plan is written with them rather than for them, in words the children "
    "can read.\n\n"
    "Children do best when they grow up with their own families, so the first "
    "question we ask is what help would let a child stay safely at home. Where that "
    "is not possible, relatives and friends are considered before anyone else.\n\n"
    "The council is a corporate parent to every child in its care. Councillors and "
    "officers have regard to the seven corporate parenting principles whenever they "
    "make a decision about a child looked after.\n\n"
    "Our work rests on the Children Act 1989, the Children Act 2004, the Children and "
    "Families Act 2014 and the Children and Social Work Act 2017.\n\n"
    "We value kindness, patience and honesty, and we expect everyone who works with "
    "children to keep the promises they make.\n\n"
    "Schools, health services and the police share our duty to keep children safe, "
    "and we plan with them under Working Together to Safeguard Children.\n\n"
    "Family Circles will be looked at again with parents and staff during 2027, and "
    "what we learn will change how we write our guidance.\n\n"
    "What children tell us matters. Each child in care is asked before every review "
    "what they would like to happen, and when we cannot do what they ask we explain "
    "why in person.\n\n"
    "Questions about this chapter: Principal Social Worker, Dunmere Vale Council, "
    "Civic Centre.\n"
)


def _decided(text: str, opening: str) -> list[tuple[str, str]]:
    analyzed = analyze(read_source(text.encode(), "chapter.txt"), get_family())
    return [
        (section.kind, section.decided_by)
        for section in analyzed.outline.sections
        if section.text.strip().startswith(opening)
    ]


def test_a_paragraph_naming_the_practice_model_again_comes_back_to_it() -> None:
    """The name, not the kind model, brings the paragraph back: a paragraph the model itself
    reads as the practice model (as "… our practice guidance" came to be) would not try it."""
    assert _decided(_UNHEADED, "Family Circles will") == [("practice_model", "cue")]
    sections = _sections(_UNHEADED, "chapter.txt")
    after = [kind for kind, start in sections if start.startswith("What children tell us")]
    assert after and after != ["practice_model"]


def test_a_name_another_section_shares_says_nothing_of_the_kind() -> None:
    text = _UNHEADED.replace(
        "to Safeguard Children.", "to Safeguard Children. Our partners learn Family Circles too."
    )
    returned = [
        kind
        for kind, start in _sections(text, "chapter.txt")
        if start.startswith("Family Circles will")
    ]
    assert returned != ["practice_model"]


def test_a_plan_reviewed_by_its_reviewing_officer_is_a_procedure_step() -> None:
    family = get_family()
    cues = compile_cues(family.kinds, family.other_heading_cues)
    step = (
        "The plan for every child in care is reviewed by their independent reviewing officer "
        "within four weeks of the child's arrival, and at set intervals after that."
    )
    assert cues.states_procedure("key_principles", step)
    promise = (
        "We make sure that the plan for every child in care is reviewed by an independent "
        "reviewing officer who knows the child."
    )
    assert not cues.states_procedure("key_principles", promise)
    kept_under_review = (
        "Each child's permanence plan is agreed within two months of their coming into care, and "
        "is reviewed by the independent reviewing officer until it has been achieved."
    )
    assert not cues.states_procedure("key_principles", kept_under_review)
