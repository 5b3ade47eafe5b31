"""Corporate parenting principles listed in plain words the 283rd blind round showed the reader
missing (decision 0417): "find out what children think", "get the most from ... services",
"push for good outcomes". Each case is written for this test in our own words about invented
councils, in other wordings than the round's; the near miss keeps what was read before."""

from tests.reading import facts_of

_TITLE = "Children's Services Policies, Values and Principles\n\n"


def _chapter(*paragraphs: str) -> str:
    return _TITLE + "\n\n".join(paragraphs) + "\n"


def test_plain_word_principles_are_counted() -> None:
    text = _chapter(
        "## Our promises",
        "As your corporate parents we will:",
        "1. act in each child's best interests;\n"
        "2. find out what young people think about their care;\n"
        "3. give their wishes room in every decision;\n"
        "4. help them get the most from council services;\n"
        "5. push for good outcomes in school and work;\n"
        "6. keep them safe;\n"
        "7. help them stand on their own feet.",
    )
    assert facts_of(text)["corporate_parenting_principles"].value == 7


def test_a_list_of_practice_habits_is_no_list_of_principles() -> None:
    text = _chapter(
        "## How we work",
        "Our social workers:",
        "1. find out what each child thinks before a visit;\n"
        "2. write plans that aim for good outcomes;\n"
        "3. record visits within a week;\n"
        "4. meet their manager every month;\n"
        "5. share plans with schools.",
    )
    assert facts_of(text)["corporate_parenting_principles"].value == 0
