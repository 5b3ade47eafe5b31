"""Section kinds of un-headed chapters met in the eighteenth blind round (issue 12, item 1): a
chapter naming the policy framework it describes opens its scope, and a paragraph in the
words of a hope for every child opens the vision, even where the family's usual order puts the
vision later and the paragraph stands alone.

Each chapter is written for this test in our own words.
"""

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source


def _kinds(text: str) -> list[tuple[str, str]]:
    analyzed = analyze(read_source(text.encode(), "chapter.txt"), get_family())
    return [(section.kind, section.text.strip()[:30]) for section in analyzed.outline.sections]


CHAPTER = """\
Children's Services Policies, Values and Principles

This chapter sets out the policy framework behind all of Moorlane's procedures for children.

The Council's duties come from the Children Act 1989 and the Children Act 2004, and they cover \
children in need, children in care and young people leaving care.

Partners in health, education and policing share the work of keeping children safe, and we plan \
with them from the start.

Our hope is that all of Moorlane's children grow up safe, loved and ready for adult life.

These hopes rest on values every worker shares: honesty with families, respect for their \
culture, and persistence when change is slow.

Every member of the Council is a corporate parent to the children it looks after, and must act \
as a good parent would.
"""


def test_a_chapter_naming_its_policy_framework_opens_the_scope():
    kinds = _kinds(CHAPTER)
    assert kinds[1] == ("scope", "This chapter sets out the poli")


def test_a_hope_for_every_child_is_the_vision_before_the_values():
    kinds = [kind for kind, _start in _kinds(CHAPTER)]
    assert "vision" in kinds
    assert kinds.index("vision") < kinds.index("values")


def test_the_framework_the_policy_sets_out_is_still_the_introduction():
    text = (
        "Policies, Values and Principles\n\nThis policy sets out the framework within which "
        "the Council works with children and families, and the law it rests on.\n"
    )
    assert _kinds(text)[1][0] == "introduction"


OUT_OF_TURN = """\
Children's Services Policies, Values and Principles

This chapter applies to all of Fellgate's children's social care teams and the partners who \
work with them.

The Council's duties come from the Children Act 1989 and the Children Act 2004, and they cover \
children in need, children in care and young people leaving care.

We want every child in Fellgate to grow up in a safe and loving home, to do well at school and \
to reach adult life healthy, confident and with people around them who care.

Honesty with families, respect for their culture and faith, and persistence when change is slow \
are the values we ask every worker to bring to their practice.

Every member of the Council is a corporate parent to the children it looks after, and must act \
as a good parent would.
"""


def test_a_one_paragraph_vision_may_come_before_the_values():
    """Councils put their vision anywhere: one paragraph of it, before the values the family's
    usual order puts first, is still a section of its own."""
    kinds = [kind for kind, _start in _kinds(OUT_OF_TURN)]
    assert kinds.index("vision") == kinds.index("values") - 1
