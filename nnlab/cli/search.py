"""``python -m nnlab search``: the book's random hyperparameter search (§6.5) without a window.

Prints the trials ranked by validation accuracy and the narrowed ranges to try next, or (with
``--json``) the same as one JSON document.  The search itself is ``nnlab.hyperparameter_search``.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from typing import Any

import numpy as np

from nnlab.cli.common import EXIT_OK, CliError, load_dataset, positive_int
from nnlab.hyperparameter_search import (
    BOOK_SPACE,
    LogRange,
    SearchResult,
    SearchSettings,
    SearchSpace,
    Trial,
    narrow,
    run_search,
)

__all__ = ["register", "run_search_command", "search_report"]


def _exponent(text: str) -> float:
    """A finite power of ten, e.g. -6 for 10^-6."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a power of ten such as -6, got {text!r}") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"expected a finite power of ten, got {text!r}")
    return value


def register(subparsers: Any) -> None:
    """Add the ``search`` command."""
    p = subparsers.add_parser(
        "search", help="random search for learning rate and weight decay (book §6.5)",
        description="Random search as in the book: 500 training images, 20 %% of them for "
        "validation, a 6x100 ReLU network trained with SGD for 50 epochs per trial; learning rate "
        "10^U(-6,-2) and weight decay 10^U(-8,-4).")
    p.add_argument("--trials", type=positive_int, default=100,
                   help="number of trials (default 100)")
    p.add_argument("--seed", type=int, help="random seed (default: a fresh one, reported)")
    p.add_argument("--dataset", help="data set name (default: as for `nnlab train`)")
    p.add_argument("--epochs", type=positive_int, default=SearchSettings().epochs,
                   help="epochs per trial (default 50, the book's)")
    p.add_argument("--lr-exp", type=_exponent, nargs=2, metavar=("LOW", "HIGH"),
                   default=(BOOK_SPACE.lr.low, BOOK_SPACE.lr.high),
                   help="learning rate range as powers of ten (default -6 -2)")
    p.add_argument("--wd-exp", type=_exponent, nargs=2, metavar=("LOW", "HIGH"),
                   default=(BOOK_SPACE.weight_decay.low, BOOK_SPACE.weight_decay.high),
                   help="weight decay range as powers of ten (default -8 -4)")
    p.add_argument("--json", action="store_true", help="print only JSON to stdout")
    p.add_argument("--no-progress", action="store_true", help="hide the progress bar")
    p.set_defaults(func=run_search_command, train_size=None)


def _space(args: argparse.Namespace) -> SearchSpace:
    try:
        return SearchSpace(lr=LogRange(*args.lr_exp), weight_decay=LogRange(*args.wd_exp))
    except ValueError as exc:
        raise CliError(f"search: {exc}") from None


def run_search_command(args: argparse.Namespace) -> int:
    """Handler of ``nnlab search``."""
    space = _space(args)
    dataset, note = load_dataset(args)
    seed = args.seed
    if seed is None:
        seed = int(np.random.SeedSequence().generate_state(1)[0])
    settings = SearchSettings(epochs=args.epochs)
    print(note, file=sys.stderr)
    from tqdm import tqdm

    bar = tqdm(total=args.trials, unit="trial", file=sys.stderr, disable=args.no_progress,
               dynamic_ncols=True, leave=False)

    def on_trial(trial: Trial) -> None:
        bar.update(1)
        bar.set_postfix(val=f"{trial.final_val_acc:.2f}", lr=f"{trial.lr:.1e}")

    try:  # Ctrl-C ends here too; nnlab.cli.main reports it (exit 130)
        result = run_search(dataset, args.trials, space=space, settings=settings, seed=seed,
                            on_trial=on_trial)
    finally:
        bar.close()
    report = search_report(result, dataset.name)
    if result.best_network is not None:  # the one look at the test data, after the choice
        report["best_test_acc"] = result.test_accuracy(dataset.x_test, dataset.t_test)
        report["test_size"] = len(dataset.x_test)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        _print_table(report)
    return EXIT_OK


def search_report(result: SearchResult, dataset_name: str) -> dict[str, Any]:
    """Everything worth keeping about a search, JSON-ready, trials ranked best first."""
    ranked = result.ranked()
    next_space = narrow(ranked) if any(tr.status == "finished" for tr in ranked) else None

    def exponents(r: LogRange) -> list[float]:
        return [r.low, r.high]

    return {
        "status": result.status,
        "dataset": dataset_name,
        "seed": result.seed,
        "train_size": len(result.split.x_train),
        "validation_size": len(result.split.x_val),
        "epochs": result.settings.epochs,
        "network": "-".join(str(n) for n in result.settings.hidden) + " relu, SGD",
        "lr_exponents": exponents(result.space.lr),
        "weight_decay_exponents": exponents(result.space.weight_decay),
        "trials": [dict(rank=k + 1, **tr.to_dict()) for k, tr in enumerate(ranked)],
        "narrowed": None if next_space is None else {
            "lr_exponents": exponents(next_space.lr),
            "weight_decay_exponents": exponents(next_space.weight_decay)},
        "seconds": round(sum(tr.seconds for tr in result.trials), 3),
    }


def _print_table(report: dict[str, Any]) -> None:
    lr, wd = report["lr_exponents"], report["weight_decay_exponents"]
    print(f"{report['dataset']}: {report['train_size']} training + {report['validation_size']} "
          f"validation images, {report['epochs']} epochs per trial, seed {report['seed']}; "
          f"lr 10^[{lr[0]:g}, {lr[1]:g}], weight decay 10^[{wd[0]:g}, {wd[1]:g}]")
    print(f"{'rank':>4}  {'val acc':>7}  {'train acc':>9}  {'learning rate':>13}  "
          f"{'weight decay':>12}  trial")
    for row in report["trials"]:
        note = "" if row["status"] == "finished" else f"  ({row['status']})"
        print(f"{row['rank']:>4}  {row['val_acc']:>7.3f}  {row['train_acc']:>9.3f}  "
              f"{row['lr']:>13.3e}  {row['weight_decay']:>12.3e}  {row['trial']:>5}{note}")
    narrowed = report["narrowed"]
    if report.get("best_test_acc") is not None:
        print(f"best trial on the {report['test_size']:,} test images (measured once, after the "
              f"choice): {report['best_test_acc']:.3f}")
    if report["status"] != "finished":
        print(f"{report['status']}: {len(report['trials'])} trials done")
    if narrowed is not None:
        nlr, nwd = narrowed["lr_exponents"], narrowed["weight_decay_exponents"]
        print(f"narrowed to the best trials: --lr-exp {nlr[0]:g} {nlr[1]:g} "
              f"--wd-exp {nwd[0]:g} {nwd[1]:g}")
