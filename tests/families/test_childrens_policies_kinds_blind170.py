"""Section kinds met in blind round 170 (decision 0273): under a heading no cue knows, the
service's teams, named with whom they serve, said to work to, follow or use a well-known
practice model ("Our teams for older children work to No Wrong Door") head the practice model.

Each document is written for this test in our own words.
"""

import pytest

from tests.reading import read_kinds_and_headings


@pytest.mark.parametrize(
    "opening",
    [
        "Our social workers in the adolescent service work to Family Safeguarding.",
        "The teams that support families on the edge of care follow Signs of Safety.",
        "Practitioners across both localities use Restorative Practice in every visit.",
    ],
)
def test_teams_with_a_qualifier_working_to_a_known_model_head_the_practice_model(
    opening: str,
) -> None:
    text = (
        "# What we promise families\n\n"
        "## We will act as a good parent\n\n"
        "The whole council shares the duties of a parent to every child in its care.\n\n"
        "## We will start from what is going right\n\n"
        f"{opening} Families are asked what is working before anyone asks what is wrong.\n"
    )
    assert ("practice_model", "We will start from what is going right") in read_kinds_and_headings(
        text, "page.md"
    )


def test_teams_that_do_not_work_to_a_model_are_no_practice_model() -> None:
    text = (
        "# What we promise families\n\n"
        "## We will act as a good parent\n\n"
        "The whole council shares the duties of a parent to every child in its care.\n\n"
        "## We will answer your letters\n\n"
        "Our teams for older children do not work to Signs of Safety yet, but every letter "
        "you send is answered within ten days.\n"
    )
    assert ("practice_model", "We will answer your letters") not in read_kinds_and_headings(
        text, "page.md"
    )
