"""The family's extractors on a wording met in blind round 233 (decision 0357): a chapter that
calls itself "this document" dated as revised in a relative clause. In our own words; the
negative case is a wording a careless reader would take for the fact."""

import pytest

from tests.reading import facts_of


@pytest.mark.parametrize(
    ("line", "month"),
    [
        ("All our teams follow this document, which was revised in June 2025.", "2025-06"),
        ("This document was updated in February 2026 to add the kinship offer.", "2026-02"),
    ],
)
def test_this_document_dated_as_changed_is_an_amendment(line: str, month: str) -> None:
    text = "Our policy\n\n" + line + "\n\nIntroduction\n\nThis chapter covers our work.\n"
    assert facts_of(text)["amendment_date"].value == month


def test_another_document_dated_is_no_amendment() -> None:
    text = (
        "Our policy\n\nIntroduction\n\nThe sufficiency strategy, which was revised in June "
        "2025, sets out how many homes we need.\n"
    )
    assert facts_of(text)["amendment_date"].value is None
