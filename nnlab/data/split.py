"""A stratified, seeded train/test split: every digit keeps its share, every run gets the same one."""

from __future__ import annotations

import numpy as np

from nnlab.data.errors import DatasetError


def class_quotas(counts: np.ndarray, n_test: int) -> np.ndarray:
    """How many samples of each class go to the test part so that they sum to n_test.

    Each class gets its share rounded down; the samples still missing go to the classes with
    the largest remainders (ties to the smaller class number), so the sum is exact.
    """
    total = int(counts.sum())
    exact = counts * (n_test / total)
    quotas = np.floor(exact).astype(np.int64)
    missing = n_test - int(quotas.sum())
    order = np.lexsort((np.arange(len(counts)), -(exact - quotas)))
    quotas[order[:missing]] += 1
    return quotas


def stratified_split(t: np.ndarray, n_test: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Return (train_indices, test_indices) of the labels t: disjoint, stratified, shuffled.

    Both parts are shuffled once with the seed, so the first N training indices hold every
    class in about its share (a lesson that takes the first 300 images still sees all digits).
    """
    t = np.asarray(t)
    if not 0 < n_test < len(t):
        raise DatasetError(f"cannot put {n_test} of {len(t)} samples in the test part")
    rng = np.random.default_rng(seed)
    classes, counts = np.unique(t, return_counts=True)
    quotas = class_quotas(counts, n_test)
    train_parts, test_parts = [], []
    for label, quota in zip(classes, quotas, strict=True):
        members = rng.permutation(np.flatnonzero(t == label))
        test_parts.append(members[:quota])
        train_parts.append(members[quota:])
    train = rng.permutation(np.concatenate(train_parts))
    test = rng.permutation(np.concatenate(test_parts))
    return train, test


def split_test_set(
    x: np.ndarray, t: np.ndarray, *, n_test: int, seed: int,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(x_train, t_train, x_test, t_test) of one labelled set, by the stratified split."""
    train, test = stratified_split(t, n_test, seed)
    return x[train], t[train], x[test], t[test]
