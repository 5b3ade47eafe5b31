from app.facts import Evidence, Fact, FactValue, PartialDate


def test_partial_date_prints_only_the_precision_it_has():
    assert PartialDate(2024).isoformat() == "2024"
    assert PartialDate(2024, 5).isoformat() == "2024-05"
    assert PartialDate(2024, 5, 3).isoformat() == "2024-05-03"


def test_partial_dates_sort_chronologically_with_missing_parts_first():
    dates = [PartialDate(2024, 6, 3), PartialDate(2019, 1), PartialDate(2024, 6), PartialDate(2024)]
    ordered = sorted(dates, key=lambda date: date.sort_key)
    assert [date.isoformat() for date in ordered] == ["2019-01", "2024", "2024-06", "2024-06-03"]


def test_a_fact_conflicts_exactly_when_it_has_alternatives():
    evidence = Evidence("other", 0, 2, "21")
    plain = Fact("leaving_care_support_age", {"age": 21, "extended": []}, (evidence,))
    assert not plain.conflict
    assert plain.alternatives == ()

    other = FactValue({"age": 25, "extended": []}, (Evidence("other", 5, 7, "25"),))
    conflicting = Fact(plain.key, plain.value, plain.evidence, (other,))
    assert conflicting.conflict
    assert conflicting.value == {"age": 21, "extended": []}
    assert conflicting.alternatives[0].value == {"age": 25, "extended": []}
