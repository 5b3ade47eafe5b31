"""A group of paragraphs numbered under one number ("3.1", "3.2" …) is of its opening
paragraph's kind (decision 0351): the author states the group's topic first, and a later
paragraph of the group that turns to another topic stays in it by its number (decisions 0052,
0116), so the group is not named by its longer, later half. This holds for an un-headed group
and for a group under a heading that names no kind; a group whose opening the model does not
read clearly, and a table's rows that start with a number, are read whole as before.

Every text is written for these tests in our own words about invented councils. Sections still
tile the text.
"""

from __future__ import annotations

from app.sections.paragraph_numbers import opens_group_in_words
from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

_UNHEADED = (
    "Ashcombe Vale Council\n\n"
    "Policies, Values and Principles for Children's Services\n\n"
    "1.1 This policy is one of the first chapters of Ashcombe Vale's manual of children's "
    "services procedures. It states the values and principles behind every other procedure and "
    "applies to all staff and volunteers who work with children for the council.\n\n"
    "1.2 Team managers make sure their staff know this policy and tell its owner of any part "
    "that no longer matches practice.\n\n"
    "2.1 Every family in Ashcombe Vale deserves a service that is courteous, dependable and "
    "fair. We do what we say we will do.\n\n"
    "2.2 We build on what families do well, we involve children in decisions at every age, and "
    "we stand against discrimination wherever we find it.\n\n"
    "2.3 The council is the corporate parent of every child it looks after and of its care "
    "leavers. In all it does for them the council has regard to the seven corporate parenting "
    "principles in section 1 of the Children and Social Work Act 2017, and it reports on them "
    "every year to its Corporate Parenting Panel.\n\n"
    "2.4 Corporate parenting reaches beyond children's services: housing, libraries, leisure "
    "centres and the council's apprenticeships all give care leavers priority.\n\n"
    "3.1 Wherever it is safe, children should grow up in their own families, and help should "
    "come as soon as problems appear.\n\n"
    "3.2 A child who becomes looked after should have a permanence plan within six months.\n\n"
    "4.1 Information about a child is shared only where the law allows and where sharing is "
    "needed to keep a child safe or to provide a service.\n"
)


def test_an_unheaded_group_that_opens_with_values_is_values() -> None:
    outline = outline_of(_UNHEADED)
    assert_tiles(outline)
    kinds = kinds_and_starts(outline, 12)
    assert ("values", "2.1 Every fa") in kinds
    assert "corporate_parenting" not in [kind for kind, _ in kinds]


_HEADED = (
    "# Policies, Values and Principles for Children\n\n"
    "## 1. Introduction\n\n"
    "1.1 This policy describes the values and principles that guide Nettlestead's children's "
    "services, and it applies to every team and to the services we commission.\n\n"
    "1.2 It applies to everyone who works with children for the council.\n\n"
    "## 2. What children can expect from us\n\n"
    "2.1 We listen to children before we decide anything about their lives, we are honest "
    "with families about our worries, and we treat every family with respect.\n\n"
    "2.2 When a child comes into the care of Nettlestead, the whole council becomes that "
    "child's corporate parent. Councillors and officers have regard to the corporate parenting "
    "principles set out in the Children and Social Work Act 2017, and the Corporate Parenting "
    "Board checks each year how the council has met them for every child in its care.\n\n"
    "2.3 The Corporate Parenting Board, chaired by the leader of the council, hears from the "
    "Children in Care Council at every meeting, and care leavers sit on its panels.\n\n"
    "## 3. Planning for children\n\n"
    "3.1 Wherever it is safe, children should live with their own families.\n"
)


def test_a_group_under_a_heading_of_no_kind_is_its_openings_kind() -> None:
    outline = outline_of(_HEADED, "markdown")
    assert_tiles(outline)
    kinds = kinds_and_starts(outline, 30)
    assert ("values", "## 2. What children can expect") in kinds


def test_a_group_opening_is_said_in_words_not_a_tables_row() -> None:
    assert opens_group_in_words("2.1 We listen to children before we decide.")
    assert opens_group_in_words("  4.1. Information is shared only where the law allows.")
    assert not opens_group_in_words("2.1 | 3 March 2023 | J. Pell | Section 4 rewritten")
    assert not opens_group_in_words("2.2 We build on what families do well.")
    assert not opens_group_in_words("2.1")
