"""The family's extractors on a wording met in blind round 237 (decision 0361): a chapter written
formally that calls itself "the statement" dated as revised. In our own words; the negative
cases are wordings a careless reader would take for the fact."""

import pytest

from tests.reading import facts_of


@pytest.mark.parametrize(
    ("line", "month"),
    [
        ("This statement was updated in April 2026 to add the kinship offer.", "2026-04"),
        ("Every manager works to the statement, which was amended in August 2025.", "2025-08"),
    ],
)
def test_the_statement_dated_as_changed_is_an_amendment(line: str, month: str) -> None:
    text = "Our policy\n\n" + line + "\n\nIntroduction\n\nThis chapter covers our work.\n"
    assert facts_of(text)["amendment_date"].value == month


@pytest.mark.parametrize(
    "line",
    [
        "Each home's statement of purpose was revised in June 2025.",
        "In June 2025 the minister published the statement on kinship care.",
    ],
)
def test_another_statement_dated_is_no_amendment(line: str) -> None:
    text = "Our policy\n\nIntroduction\n\n" + line + " It sets out what carers can expect.\n"
    assert facts_of(text)["amendment_date"].value is None
