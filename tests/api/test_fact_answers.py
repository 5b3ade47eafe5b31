"""Questions by fact across authorities, and the matrix and answers as downloads."""

from __future__ import annotations

import csv
import io
import re

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import API, CORPUS_DIR

pytestmark = pytest.mark.usefixtures("corpus")

CHAPTER = "childrens-services-policies-values-and-principles"


def _says_25(slug: str, file: str) -> bool:
    text = (CORPUS_DIR / "childrens-policies" / slug / file).read_text(encoding="utf-8")
    return re.search(r"\b(?:25|twenty-five)\b", text, re.IGNORECASE) is not None


def test_leaving_care_to_25_answers_exactly_the_councils_whose_text_says_25(
    client: TestClient,
) -> None:
    answer = client.get(
        f"{API}/chapters/{CHAPTER}/facts",
        params={"fact": "leaving_care_support_age", "value": "25"},
    ).json()

    slugs = {item["authority"]["slug"] for item in answer["answers"]}
    assert slugs == {"derbyshire", "merton", "sample-borough"}
    assert answer["count"] == 3
    current = {"bolton": "2024-06.txt", "durham": "2024-05.txt", "unnamed-2018": "2018-12.txt"}
    assert not any(_says_25(slug, file) for slug, file in current.items())
    for item in answer["answers"]:
        assert item["evidence"], item
        assert any("25" in evidence["quote"] for evidence in item["evidence"])


def test_an_answer_is_read_from_the_version_in_force_on_the_date(client: TestClient) -> None:
    answer = client.get(
        f"{API}/chapters/{CHAPTER}/facts",
        params={"fact": "leaving_care_support_age", "value": "25", "as_of": "2022-10-01"},
    ).json()

    sample = next(
        item for item in answer["answers"] if item["authority"]["slug"] == "sample-borough"
    )
    assert sample["value"]["age"] == 21
    assert sample["value"]["extended"][0]["age"] == 25


def test_without_a_value_every_council_answers_with_its_value(client: TestClient) -> None:
    answer = client.get(
        f"{API}/chapters/{CHAPTER}/facts", params={"fact": "permanence_plan_months"}
    ).json()
    matrix = client.get(f"{API}/chapters/{CHAPTER}/matrix").json()

    assert [item["value"] for item in answer["answers"]] == [
        row["cells"]["permanence_plan_months"]["value"] for row in matrix["rows"]
    ]


def test_cites_finds_the_councils_citing_an_instrument_with_the_items(client: TestClient) -> None:
    answer = client.get(
        f"{API}/chapters/{CHAPTER}/facts", params={"cites": "Working Together 2023"}
    ).json()

    assert answer["fact"] == "legislation"
    assert {item["authority"]["slug"] for item in answer["answers"]} == {"bolton", "durham"}
    for item in answer["answers"]:
        assert [cited["cited"] for cited in item["value"]] == [
            "Working Together to Safeguard Children 2023"
        ]
        assert any("Working Together" in e["quote"] for e in item["evidence"])


@pytest.mark.parametrize(
    ("params", "fragment"),
    [
        ({"fact": "no_such_fact"}, "no fact 'no_such_fact'"),
        ({"value": "25"}, "value needs a fact"),
        ({}, "say which fact"),
    ],
)
def test_a_bad_question_is_a_problem_that_says_how_to_fix_it(
    client: TestClient, params: dict[str, str], fragment: str
) -> None:
    response = client.get(f"{API}/chapters/{CHAPTER}/facts", params=params)

    assert response.status_code in (400, 422)
    assert response.headers["content-type"].startswith("application/problem+json")
    assert fragment in response.json()["detail"]
    assert "To fix" in response.json()["detail"]


def test_answers_and_the_matrix_download_as_csv(client: TestClient) -> None:
    answers = client.get(
        f"{API}/chapters/{CHAPTER}/facts",
        params={"fact": "leaving_care_support_age", "value": "25", "format": "csv"},
    )
    matrix = client.get(f"{API}/chapters/{CHAPTER}/matrix/export", params={"format": "csv"})
    matrix_json = client.get(f"{API}/chapters/{CHAPTER}/matrix/export", params={"format": "json"})

    assert answers.headers["content-type"].startswith("text/csv")
    assert "attachment" in answers.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(answers.text)))
    assert {row["authority"] for row in rows} == {"derbyshire", "merton", "sample-borough"}
    grid = list(csv.DictReader(io.StringIO(matrix.text)))
    assert len(grid) == 6
    assert "leaving_care_support_age" in grid[0]
    merton = next(row for row in grid if row["authority"] == "merton")
    merton_json = next(
        row for row in matrix_json.json()["rows"] if row["authority"]["slug"] == "merton"
    )
    assert merton["permanence_plan_months"] == str(
        merton_json["cells"]["permanence_plan_months"]["value"]
    )
    assert len(matrix_json.json()["rows"]) == 6
