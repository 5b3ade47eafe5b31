from app.facts import PartialDate


def test_partial_date_prints_only_the_precision_it_has():
    assert PartialDate(2024).isoformat() == "2024"
    assert PartialDate(2024, 5).isoformat() == "2024-05"
    assert PartialDate(2024, 5, 3).isoformat() == "2024-05-03"


def test_partial_dates_sort_chronologically_with_missing_parts_first():
    dates = [PartialDate(2024, 6, 3), PartialDate(2019, 1), PartialDate(2024, 6), PartialDate(2024)]
    ordered = sorted(dates, key=lambda date: date.sort_key)
    assert [date.isoformat() for date in ordered] == ["2019-01", "2024", "2024-06", "2024-06-03"]
