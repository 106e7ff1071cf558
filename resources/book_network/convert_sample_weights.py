"""Convert the book's ch03/sample_weight.pkl into sample_weight.npz, which loads without pickle.

    python resources/book_network/convert_sample_weights.py PATH/TO/sample_weight.pkl

The pickle is read once, here, with nnlab's RestrictedUnpickler (it builds plain NumPy arrays and
refuses everything else), after checking the file's SHA-256 against the one of the book's
repository (oreilly-japan/deep-learning-from-scratch, commit 07b1161). The six float32 arrays
W1 (784, 50), b1, W2 (50, 100), b2, W3 (100, 10), b3 are written unchanged to an .npz that
``numpy.load(..., allow_pickle=False)`` reads. The script then prints the arrays' content
checksum that nnlab.book_network.BOOK_WEIGHTS_SHA256 holds.
"""

from __future__ import annotations

import hashlib
import io
import sys
from pathlib import Path

import numpy as np

from nnlab.book_network import BOOK_KEYS, weights_digest
from nnlab.data.safe_pickle import RestrictedUnpickler

BOOK_PICKLE_SHA256 = "b7f55a27988ba34c3777b0f1bbd464817c8a4db855723e6ff26f703501917a13"
OUT = Path(__file__).resolve().parent / "sample_weight.npz"


def convert(pickle_path: Path, out: Path = OUT) -> str:
    """Write the npz and return the content checksum of its arrays."""
    content = pickle_path.read_bytes()
    if hashlib.sha256(content).hexdigest() != BOOK_PICKLE_SHA256:
        raise SystemExit(f"{pickle_path}: not the book's sample_weight.pkl (SHA-256 differs)")
    weights = RestrictedUnpickler(io.BytesIO(content)).load()
    arrays = {key: np.ascontiguousarray(weights[key]) for key in BOOK_KEYS}
    np.savez(out, **arrays)
    return weights_digest(arrays)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    print(f"wrote {OUT}\ncontent sha256: {convert(Path(sys.argv[1]))}")
