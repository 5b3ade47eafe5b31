"""An amendment line above the title (blind round 249, decision 0375): "Amended: 12/03/2025"
over the title line is read as a scope note before the title, and the chapter's own scope
paragraph under the title is still free to be read as scope: what stands above the title does
not use up a kind for the body. In our own words."""

from tests.sections.outline_helpers import section_kinds

_BODY = (
    "CHILDREN'S SERVICES POLICIES, VALUES AND PRINCIPLES\n\n"
    "This chapter applies to every social worker, manager and personal adviser in Dunmere's "
    "children's services and to the providers who care for children on the council's behalf.\n\n"
    "Our duties are set out in the Children Act 1989, the Children Act 2004, the Children and "
    "Young Persons Act 2008 and the Children and Families Act 2014.\n\n"
    "We are honest with children and families, we listen to them and we keep our promises.\n\n"
    "Information about children is shared only when it is needed to keep them safe.\n"
)


def test_the_scope_paragraph_under_the_title_is_scope_below_an_amendment_stamp() -> None:
    kinds = section_kinds("Amended: 04/11/2025\n\n" + _BODY, "plain")
    assert kinds[kinds.index("title") + 1] == "scope"


def test_the_same_body_without_the_stamp_reads_the_same() -> None:
    kinds = section_kinds(_BODY, "plain")
    assert kinds[kinds.index("title") + 1] == "scope"
