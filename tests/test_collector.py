import gc
import threading

from app.analysis import analyze
from app.collector import collector_paused
from app.diff import compare
from app.families import get_family
from app.ingest import read_source


def test_the_collector_is_paused_inside_and_left_as_it_was_after():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled(), "resumed a collector the caller had switched off"
    finally:
        gc.enable()


def test_overlapping_pauses_keep_the_collector_paused_until_the_last_one_ends():
    assert gc.isenabled()
    try:
        with collector_paused():
            with collector_paused():
                pass
            assert not gc.isenabled(), "resumed while another comparison was still running"
        assert gc.isenabled()
    finally:
        gc.enable()


def test_paused_comparisons_in_threads_leave_the_collector_running():
    family = get_family()
    version, other = (
        analyze(
            read_source(
                (f"Scope of this chapter\n\nThe council works with {who}.\n" * 50).encode(), "x.txt"
            ),
            family,
        )
        for who in ("children", "young people")
    )
    start = threading.Barrier(4)
    results: list[bool] = []

    def run() -> None:
        start.wait()
        for _ in range(5):
            with collector_paused():
                results.append(compare(version, other).differs)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [True] * 20
    assert gc.isenabled()
