"""Translated sentences are joined as each language writes them."""

from __future__ import annotations

from ui.sentences import join_sentences


def test_english_gets_a_space_japanese_none_after_its_full_stop_or_before_its_parenthesis():
    assert join_sentences("Data: MNIST.", "Network: 784-50-10.") == "Data: MNIST. Network: 784-50-10."
    joined = join_sentences("データ：MNIST。", "ネットワーク：784-50-10。")
    assert joined == "データ：MNIST。ネットワーク：784-50-10。"
    assert join_sentences("シグモイド", "（導関数）") == "シグモイド（導関数）"
    assert join_sentences("sigmoid", "(derivative)") == "sigmoid (derivative)"
    assert join_sentences("[nan, nan]", "", "note", space="  ") == "[nan, nan]  note"
