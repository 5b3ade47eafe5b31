"""A heading joined by "and" whose cue names its kind only in the later part ("Our model and our
strategy") is read by what stands right under it (decision 0186): the first, un-named topic
heads the section and the named one, later, is an un-headed stretch of its own. A heading whose
first part names the kind keeps it.

Each page is written for this test in our own words.
"""

from app.families import get_family
from app.sections import compile_cues
from app.sections.assemble import _kind_named_after_and, _Open
from tests.sections.helpers import assert_tiles, outline_of

_PAGE = (
    "# Children's Services Policies, Values and Principles\n\n"
    "## 1. Our values\n\nWe listen to children, we are honest with their families and we keep "
    "the promises we make to them.\n\n"
    "## 2. {heading}\n\n"
    "Our social workers practise Signs of Safety. Every assessment sets out what is going well, "
    "what the worries are and what must happen next, in words that parents and children "
    "understand, and every safety plan is built with the family's own network of relatives "
    "and friends.\n\n"
    "Our strategy for the next four years is to bring early help and social work together in "
    "each district, so that fewer children need to come into care, and to spend what is saved "
    "on support for families and for young people leaving care. Progress is reported to "
    "councillors every quarter.\n\n"
    "## 3. Keeping information safe\n\nWe share information only where the law allows it.\n"
)


def _kinds(outline):
    return [(section.kind, section.heading) for section in outline.sections]


def test_unnamed_first_topic_heads_and_the_named_one_follows():
    outline = outline_of(_PAGE.format(heading="Our model and our strategy"), "markdown")
    kinds = _kinds(outline)
    assert ("practice_model", "2. Our model and our strategy") in kinds
    assert ("strategy", None) in kinds
    assert_tiles(outline)


def test_kind_named_by_a_later_part_only():
    cues = compile_cues(get_family().kinds)
    assert _kind_named_after_and(cues, _Open(0, "strategy", True, "4. Our model and our strategy"))
    assert not _kind_named_after_and(cues, _Open(0, "strategy", True, "Our strategy"))
    assert not _kind_named_after_and(
        cues, _Open(0, "corporate_parenting", True, "Corporate parenting and permanence")
    )
    assert not _kind_named_after_and(
        cues, _Open(0, "strategy", True, "Our model and our strategy", decided_by="model")
    )
