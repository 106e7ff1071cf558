"""Numbers and arrays as a learner reads them: no NumPy padding, the typographic minus."""

from __future__ import annotations

import numpy as np

from nnlab import number_text
from nnlab.number_text import MINUS


def test_arrays_have_no_padding_and_use_the_typographic_minus():
    assert number_text.array(np.array([1.0, 0.5])) == "[1, 0.5]"  # NumPy prints "[1.  0.5]"
    assert number_text.array(np.array([[1, -2], [3, 4]])) == f"[[1, {MINUS}2],\n [3, 4]]"
    assert number_text.array([-6.11110793e-10, 0.0]) == f"[{MINUS}6.11110793e{MINUS}10, 0]"
    assert number_text.array([1.0541480911, 1e-6 / 3], 4) == "[1.0541, 3.3333e−07]"
    assert "  " not in number_text.array(np.linspace(-1, 1, 7))
    assert "-" not in number_text.array(np.linspace(-1, 1, 7))
    assert number_text.array([np.nan, np.inf, -np.inf], 4) == f"[nan, ∞, {MINUS}∞]"


def test_numbers_signs_and_terms():
    assert number_text.number(-0.0) == "0"  # never "−0"
    assert number_text.number(220.00000000000003, 10) == "220"
    assert number_text.exact(-0.1999999999990898) == f"{MINUS}0.1999999999990898"
    assert number_text.fixed(-0.36281009, 8) == f"{MINUS}0.36281009"
    assert number_text.signed_term(-0.25, 2) == f"{MINUS} 0.25"
    assert number_text.signed_term(0.25, 2) == "+ 0.25"
    assert number_text.signed(-0.5, 2) == f"{MINUS}0.50" and number_text.signed(0.5, 2) == "+0.50"
    assert number_text.scientific(1.234e-5) == f"1.23e{MINUS}05"
