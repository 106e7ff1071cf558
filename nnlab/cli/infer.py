"""``python -m nnlab infer --weights book``: the book's trained network on the 10,000 MNIST test images."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from nnlab.cli.common import EXIT_BAD_INPUT


def register(subparsers: Any) -> None:
    """Add the ``infer`` command."""
    p = subparsers.add_parser(
        "infer", help="accuracy of a trained network on the 10,000 MNIST test images",
        description="Run a trained network on the 10,000 MNIST test images (bundled with nnlab) "
                    "and print its accuracy and how long the forward passes took.")
    p.add_argument("--weights", required=True, metavar="book|PATH",
                   help="'book': the book's sample weights (ch03/sample_weight.pkl, §3.6); "
                        "or a network saved by nnlab (.npz) with 784 inputs")
    p.add_argument("--batch-size", type=int, default=100,
                   help="images per forward pass (1: one at a time, as in §3.6.2; default 100)")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    p.set_defaults(func=run_infer)


def _load_network(weights: str) -> Any:
    from nnlab.book_network import load_book_network
    from nnlab.serialize import load_network

    if weights == "book":
        return load_book_network()
    return load_network(weights)


def run_infer(args: argparse.Namespace) -> int:
    """Print the accuracy (text or JSON); one 'error: ...' line and exit 2 on bad input."""
    from nnlab.book_network import infer, load_test_images
    from nnlab.data import DatasetError

    if args.batch_size < 1:
        print(f"error: --batch-size must be at least 1, got {args.batch_size}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        net = _load_network(args.weights)
        x, t = load_test_images()
    except (DatasetError, OSError, ValueError) as exc:
        print(f"error: {' '.join(str(exc).split())}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if net.spec.input_size != x.shape[1]:
        print(f"error: {args.weights}: the network has {net.spec.input_size} inputs; the MNIST "
              f"test images have {x.shape[1]} pixels", file=sys.stderr)
        return EXIT_BAD_INPUT
    result = infer(net, x, t, batch_size=args.batch_size)
    record = {"weights": args.weights, "network": net.spec.label(), "images": len(t),
              "correct": result.n_correct, "accuracy": result.accuracy,
              "batch_size": args.batch_size, "seconds": round(result.seconds, 4)}
    if args.json:
        print(json.dumps(record))
    else:
        print(f"Accuracy:{result.accuracy}")
        print(f"{result.n_correct:,} of {len(t):,} MNIST test images right; network "
              f"{record['network']}; batch size {args.batch_size}; forward passes "
              f"{result.seconds:.3f} s")
    return 0
