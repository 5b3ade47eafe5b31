"""Un-headed runs in the order a council chose (decision 0195): a chapter written one or two
sentences a paragraph weighs each paragraph as a full one, and a section the order costs left
"other" takes the kind the model is very sure of. Texts written for these tests."""

from app.sections.assemble import (
    RUN_WORDS_FOR_FULL_WEIGHT,
    SHORT_PARAGRAPH_EXPONENT,
    SHORT_PARAGRAPH_WORDS,
    SHORT_RUN_PARAGRAPHS,
    _short_paragraph_scale,
)
from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of


def _paragraphs(count: int, words: int) -> list[str]:
    return [" ".join(["word"] * words) for _ in range(count)]


def test_a_run_of_short_paragraphs_weighs_each_more() -> None:
    contents = _paragraphs(SHORT_RUN_PARAGRAPHS + 2, 12)
    scale = _short_paragraph_scale(contents, [True] * len(contents))
    assert scale == (RUN_WORDS_FOR_FULL_WEIGHT / 12) ** SHORT_PARAGRAPH_EXPONENT
    assert 1.0 < scale < RUN_WORDS_FOR_FULL_WEIGHT / 12


def test_paragraphs_of_the_usual_length_weigh_as_before() -> None:
    contents = _paragraphs(SHORT_RUN_PARAGRAPHS + 2, RUN_WORDS_FOR_FULL_WEIGHT + 5)
    assert _short_paragraph_scale(contents, [True] * len(contents)) == 1.0


def test_a_few_short_paragraphs_say_nothing_of_how_the_author_writes() -> None:
    contents = _paragraphs(SHORT_RUN_PARAGRAPHS - 1, 12)
    assert _short_paragraph_scale(contents, [True] * len(contents)) == 1.0


def test_a_list_of_lines_is_not_a_run_of_short_paragraphs() -> None:
    """A contents list or a run of names: lines of a few words weigh as before."""
    contents = _paragraphs(SHORT_RUN_PARAGRAPHS + 4, SHORT_PARAGRAPH_WORDS - 7)
    assert _short_paragraph_scale(contents, [True] * len(contents)) == 1.0


def test_blocks_that_cannot_open_a_section_do_not_count() -> None:
    contents = _paragraphs(SHORT_RUN_PARAGRAPHS + 2, 12) + _paragraphs(20, 40)
    may_open = [True] * (SHORT_RUN_PARAGRAPHS + 2) + [False] * 20
    assert _short_paragraph_scale(contents, may_open) == (
        (RUN_WORDS_FOR_FULL_WEIGHT / 12) ** SHORT_PARAGRAPH_EXPONENT
    )


SHORT_CHAPTER = (
    "Fernlow Council: Children's Services Policies, Values and Principles\n\n"
    "This chapter is for all staff in Fernlow children's services.\n\n"
    "Agency workers and the services we commission must follow it too.\n\n"
    "Elected members and officers are corporate parents to every child in our care.\n\n"
    "They keep to the seven corporate parenting principles in everything they decide.\n\n"
    "We are honest with children and their families about what worries us.\n\n"
    "We are fair, we keep our word, and we apologise when we get it wrong.\n\n"
    "Our social workers use the Signs of Safety approach in every assessment they write.\n\n"
    "It helps families see what is working well and what needs to change next.\n\n"
    "Keeping children safe is a job we share with the police, schools and health.\n\n"
    "The local safeguarding partnership agrees how the agencies work together on it.\n"
)


def test_a_chapter_of_short_paragraphs_keeps_its_follow_on_in_the_scope() -> None:
    """Weighing short paragraphs more must not let a one-sentence follow-on ("… must follow it
    too."), which the model leans weakly to values, open a section of its own."""
    outline = outline_of(SHORT_CHAPTER)
    assert_tiles(outline)
    kinds = kinds_and_starts(outline)
    assert [kind for kind, _start in kinds][:3] == ["title", "scope", "corporate_parenting"]
    assert ("values", "We are honest with children and their fa") in kinds
    assert ("corporate_parenting", "Elected members and officers are corpora") in kinds


CORPORATE_PARENTING_FIRST = (
    "Kestrelby Council - Children's Services Policies, Values and Principles\n\n"
    "Being a corporate parent means that the whole council, its elected members and every one "
    "of its officers, takes on for each child in our care the responsibilities a good parent "
    "would take on. The Children and Social Work Act 2017 sets out the principles corporate "
    "parents must have regard to, and our Corporate Parenting Panel reports each year on how "
    "the council has kept to them.\n\n"
    "This chapter applies to everyone who works in Kestrelby children's services, and to the "
    "organisations that provide services to children on our behalf.\n\n"
    "Our work rests on the Children Act 1989, the Children Act 2004 and the Children and "
    "Families Act 2014, together with the statutory guidance made under them.\n\n"
    "No single agency can keep children safe. The police, health services and schools plan "
    "with us through the Kestrelby safeguarding partnership.\n"
)


def test_a_confident_paragraph_left_other_by_the_order_takes_its_kind() -> None:
    """Corporate parenting straight under the title, then the scope: starting there would make
    every kind after it a turn back, so the search leaves it "other"; the model is sure of it."""
    outline = outline_of(CORPORATE_PARENTING_FIRST)
    assert_tiles(outline)
    kinds = kinds_and_starts(outline)
    assert kinds[1] == ("corporate_parenting", "Being a corporate parent means that the ")
    assert ("scope", "This chapter applies to everyone who wor") in kinds


SHORT_OUT_OF_ORDER = (
    "Brindle Hythe Council: Children's Services Policies, Values and Principles\n\n"
    "This chapter is for everyone who works in Brindle Hythe children's services.\n\n"
    "It covers the organisations we commission to work with children as well.\n\n"
    "As corporate parents we hold to the seven principles the law sets for children in care.\n\n"
    "We act in their best interests, hear their views and ready them for adult life.\n\n"
    "Our duties come from the Children Act 1989 and the Children and Families Act 2014.\n\n"
    "Every child deserves a home that will last through childhood.\n\n"
    "We agree a permanence plan within four months of a child coming into care.\n\n"
    "We are truthful with families.\n\n"
    "We keep our word, and we apologise when we get things wrong.\n\n"
    "Our assessments follow the Signs of Safety framework.\n\n"
    "Its questions about worries, strengths and next steps shape every meeting.\n\n"
    "Safeguarding is shared.\n\n"
    "The police, schools and health services sit with us in the safeguarding partnership.\n\n"
    "We share information when a child's safety needs it, and we tell families when we do.\n"
)


def test_short_paragraphs_sure_of_their_kinds_after_a_turn_back_keep_their_sections() -> None:
    """After the law, cued where corporate parenting had already been reached, every kind the
    family's order puts before corporate parenting is a turn back: one-sentence paragraphs
    weighed by their words alone could pay for none, and permanence, values, the practice model
    and the partners ran together as one section of no kind."""
    outline = outline_of(SHORT_OUT_OF_ORDER)
    assert_tiles(outline)
    kinds = [kind for kind, _start in kinds_and_starts(outline)]
    assert "other" not in kinds
    assert kinds[-5:] == [
        "key_principles",
        "values",
        "practice_model",
        "shared_responsibility",
        "information_sharing",
    ]
