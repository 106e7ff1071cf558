"""A quick form of the own-data fuzz run (tests/data/own_data_fuzz.py runs 10,000 of each)."""

from __future__ import annotations

from tests.data.own_data_fuzz import run_cases


def test_generated_csvs_and_image_folders_never_crash_the_import(tmp_path):
    result = run_cases(first=0, cases=300, folder=tmp_path)
    assert result["crashes"] == []
    counts = result["counts"]
    # Both outcomes occur, so the generator neither only breaks nor only keeps files valid.
    assert counts["csv data"] > 20 and counts["csv refused"] > 20
    assert counts["folder data"] > 10 and counts["folder refused"] > 10
