"""Arrays as compact text for the backprop view."""

from __future__ import annotations

import numpy as np

from nnlab.matrix_text import compact_rows, format_number, is_elided, range_text, shape_text


def test_small_arrays_are_written_in_full() -> None:
    assert compact_rows(np.array([[1.0, -0.5], [0.25, 0.0]])) == [["1", "−0.5"], ["0.25", "0"]]
    assert compact_rows(np.array([True, False])) == [["1", "0"]]
    assert compact_rows(np.array([3, 7])) == [["3", "7"]]
    assert compact_rows(np.array([[2.5]])) == [["2.5"]]
    assert not is_elided(np.zeros((4, 6)))


def test_large_arrays_keep_their_ends() -> None:
    a = np.arange(784.0).reshape(1, 784)
    assert compact_rows(a, max_cols=4) == [["0", "1", "…", "783"]]
    big = np.arange(784 * 3.0).reshape(784, 3)
    rows = compact_rows(big, max_rows=3)
    assert len(rows) == 3 and rows[0] == ["0", "1", "2"] and rows[1] == ["…", "…", "…"]
    assert rows[2][0] == "2.35e+03"
    assert is_elided(big) and is_elided(a)


def test_shapes_and_ranges() -> None:
    assert shape_text(np.zeros((2, 3))) == "(2, 3)"
    assert shape_text(np.zeros(3)) == "(3,)"
    assert range_text(np.array([-1.5, 2.0])) == "−1.5 … 2"
    assert format_number(1.23456e-9) == "1.23e−09"
