"""``python -m nnlab train``: train a network from the command line and report how it learned."""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any

import numpy as np

from nnlab.cli.common import (
    EXIT_DIVERGED,
    EXIT_OK,
    CliError,
    check_writable,
    float_at_least,
    hidden_sizes,
    load_dataset,
    optimizer_name,
    positive_int,
)
from nnlab.run import ACTIVATION_NAMES, DEFAULT_LEARNING_RATES, SAMPLING_NAMES, TrainSettings
from nnlab.run_verdict import MIN_ITERATIONS, SLOW, TOO_HIGH, TOO_SHORT, WEAK, learning_verdict
from nnlab.trainer import Callback, History, Trainer

__all__ = ["register", "run_train", "verdict_note"]


def register(subparsers: Any) -> None:
    """Add the ``train`` command."""
    p = subparsers.add_parser("train", help="train a multi-layer network and report accuracy",
                              description="Train a MultiLayerNet with mini-batch gradient descent.")
    p.add_argument("--dataset", help="data set name (mnist, mnist-offline, fashion-mnist, digits, "
                   "xor, spiral, ...); default: MNIST if cached, else the offline MNIST (8,000/2,000)")
    p.add_argument("--train-size", type=positive_int,
                   help="use only the first N training examples")
    p.add_argument("--hidden", type=hidden_sizes, default=(50,),
                   help="hidden sizes, e.g. 50 or 100,100")
    p.add_argument("--activation", choices=ACTIVATION_NAMES, default="relu")
    p.add_argument("--init", default="he", help='"he", "xavier" or "std:0.01" (default: he)')
    p.add_argument("--optimizer", type=optimizer_name, default="SGD",
                   help="SGD, Momentum, Nesterov, AdaGrad, RMSProp or Adam (default: SGD)")
    p.add_argument("--lr", type=float_at_least(0.0, strict=True),
                   help="learning rate (default: " + ", ".join(
                       f"{name} {lr:g}" for name, lr in DEFAULT_LEARNING_RATES.items()) + ")")
    p.add_argument("--batch-size", type=positive_int, default=100)
    p.add_argument("--iterations", type=int, default=10_000)
    p.add_argument("--eval-every", type=positive_int, help="iterations between accuracy checks "
                   "(default: once per epoch)")
    p.add_argument("--eval-samples", type=positive_int, help="measure accuracy on N examples only")
    p.add_argument("--sampling", choices=SAMPLING_NAMES, default="replacement")
    p.add_argument("--seed", type=int,
                   help="random seed (default: a fresh one, reported at the end)")
    p.add_argument("--weight-decay-l2", type=float_at_least(0.0, strict=False), default=0.0,
                   metavar="LAMBDA")
    p.add_argument("--weight-decay-l1", type=float_at_least(0.0, strict=False), default=0.0,
                   metavar="LAMBDA")
    p.add_argument("--dropout", type=float_at_least(0.0, strict=False), default=0.0,
                   metavar="RATIO")
    p.add_argument("--batch-norm", action="store_true")
    p.add_argument("--dtype", choices=("float32", "float64"), default="float32")
    p.add_argument("--save", type=Path, metavar="PATH", help="save the trained network (.npz)")
    p.add_argument("--json", action="store_true",
                   help="print only machine-readable metrics to stdout")
    p.add_argument("--no-progress", action="store_true", help="hide the progress bar")
    p.add_argument("--export-script", type=Path, metavar="PATH",
                   help="also write this experiment as a standalone NumPy script (+ its data file)")
    p.add_argument("--export-notebook", type=Path, metavar="PATH",
                   help="also write it as a Jupyter notebook (+ its data file)")
    p.add_argument("--export-lang", choices=("en", "ja"), default="en",
                   help="language of the notebook's explanations (default: en)")
    p.set_defaults(func=run_train)


class _Reporter(Callback):
    """Progress bar on stderr and one line per evaluation."""

    def __init__(self, total: int, out: Any, progress: bool) -> None:
        from tqdm import tqdm

        self._tqdm = tqdm
        self.out = out
        self.bar = tqdm(total=total, unit="it", file=sys.stderr, disable=not progress,
                        dynamic_ncols=True, leave=False)
        self.per_epoch = 1

    def on_start(self, trainer: Trainer) -> None:
        self.per_epoch = trainer.iters_per_epoch

    def on_step(self, i: int, loss: float) -> None:
        self.bar.update(1)

    def on_evaluate(self, epoch: int, logs: dict) -> None:
        # The trainer numbers evaluations; with --eval-every they are not epochs, so the epoch
        # shown is computed from the iteration (fractional between epoch ends).
        it = logs["iteration"]
        epochs = (str(it // self.per_epoch) if it % self.per_epoch == 0
                  else f"{it / self.per_epoch:.2f}")
        self.bar.set_postfix(loss=f"{logs['loss']:.3f}", test=f"{logs['test_acc']:.3f}")
        self._tqdm.write(f"epoch {epochs:>6}  iteration {it:6d}  loss {logs['loss']:.4f}  "
                         f"train acc {logs['train_acc']:.4f}  test acc {logs['test_acc']:.4f}",
                         file=self.out)

    def on_finish(self, history: History) -> None:
        self.bar.close()


def _build(args: argparse.Namespace, dataset: Any, seed: int,
           callbacks: list[Callback]) -> tuple[Any, TrainSettings, Trainer]:
    """Network spec, settings and trainer from the command line options (nnlab.run's recipe)."""
    from nnlab.network import NetSpec
    from nnlab.run import make_trainer

    try:
        spec = NetSpec(input_size=dataset.input_size, hidden=tuple(args.hidden),
                       output_size=dataset.n_classes, activation=args.activation, init=args.init,
                       batch_norm=args.batch_norm, dropout=args.dropout,
                       weight_decay_l2=args.weight_decay_l2, weight_decay_l1=args.weight_decay_l1,
                       dtype=args.dtype)
        settings = TrainSettings(optimizer=args.optimizer, lr=args.lr, batch_size=args.batch_size,
                                 iterations=args.iterations, seed=seed, sampling=args.sampling)
        trainer = make_trainer(spec, settings, dataset, callbacks=callbacks,
                               eval_every=args.eval_every, eval_samples=args.eval_samples)
    except (ValueError, KeyError) as exc:
        raise CliError(str(exc.args[0]) if exc.args else str(exc)) from None
    except MemoryError:
        raise CliError(f"not enough memory for a {'-'.join(map(str, spec.sizes))} network; "
                       "choose smaller hidden layers") from None
    return spec, settings, trainer


def _export(args: argparse.Namespace, spec: Any, settings: TrainSettings, dataset: Any) -> None:
    """Write the --export-script / --export-notebook files before training starts."""
    from nnlab.export import Experiment, export_notebook, export_script

    experiment = Experiment(spec, settings, dataset)
    for path, write in ((args.export_script, lambda p: export_script(p, experiment)),
                        (args.export_notebook,
                         lambda p: export_notebook(p, experiment, args.export_lang))):
        if path is None:
            continue
        check_writable(path)
        try:
            written, data_file = write(path)
        except OSError as exc:
            raise CliError(f"cannot write {path}: {exc.strerror or exc}") from None
        print(f"exported {written} (data: {data_file})", file=sys.stderr)


def _finite(value: float) -> float | None:
    """JSON has no NaN: missing numbers become null."""
    return value if isinstance(value, (int, float)) and math.isfinite(value) else None


def _metrics(args: argparse.Namespace, dataset: Any, net: Any, optimizer: Any, history: History,
             seed: int, note: str) -> dict:
    """Everything worth keeping about one run, JSON-ready."""
    done = history.iterations_done
    return {
        "status": history.status,
        "message": history.message,
        "dataset": dataset.name,
        "dataset_note": note,
        "train_size": len(dataset.x_train),
        "test_size": len(dataset.x_test),
        "network": net.spec.label(),
        "spec": net.spec.to_dict(),
        "optimizer": getattr(optimizer, "name", type(optimizer).__name__),
        "lr": optimizer.lr,
        "batch_size": args.batch_size,
        "seed": seed,
        "iterations_done": done,
        "final_loss": _finite(history.losses[-1]) if history.losses else None,
        "train_acc": _finite(history.final_train_acc),
        "test_acc": _finite(history.final_test_acc),
        "evaluations": [{"iteration": it, "train_acc": _finite(tr), "test_acc": _finite(te)}
                        for it, tr, te in zip(history.eval_iterations, history.train_acc,
                                              history.test_acc, strict=True)],
        "train_seconds": round(history.train_seconds, 4),
        "eval_seconds": round(history.eval_seconds, 4),
        "ms_per_iteration": round(1000 * history.train_seconds / done, 4) if done else None,
        # Only a finished run is saved (see run_train): never claim a file that was not written.
        "saved": (str(args.save) if args.save is not None and history.status == "finished"
                  else None),
        "verdict": learning_verdict(history, dataset.n_classes),
    }


def run_train(args: argparse.Namespace) -> int:
    """Handler of ``nnlab train``."""
    if args.iterations < 0:
        raise CliError("--iterations must be >= 0")
    check_writable(args.save)
    dataset, note = load_dataset(args)
    seed = args.seed
    if seed is None:
        seed = int(np.random.SeedSequence().generate_state(1)[0])
    out = sys.stderr if args.json else sys.stdout
    reporter = _Reporter(args.iterations, out, progress=not args.no_progress)
    try:
        spec, settings, trainer = _build(args, dataset, seed, [reporter])
        _export(args, spec, settings, dataset)
    except CliError:
        reporter.bar.close()
        raise
    net, optimizer = trainer.net, trainer.optimizer
    print(note, file=sys.stderr)
    print(f"network {net.spec.label()}, {optimizer.name} lr={optimizer.lr:g}, "
          f"batch {args.batch_size}, {args.iterations} iterations, seed {seed}", file=out)
    try:
        history = trainer.run()
    finally:
        reporter.bar.close()
    if history.status == "finished" and args.save is not None:
        _save(net, args.save)
    metrics = _metrics(args, dataset, net, optimizer, history, seed, note)
    if args.json:
        print(json.dumps(metrics, indent=2))
    if history.status == "diverged":
        print(f"error: training diverged: {history.message}", file=sys.stderr)
        return EXIT_DIVERGED
    _summary(metrics, out)
    return EXIT_OK


def _save(net: Any, path: Path) -> None:
    """Write the network with nnlab.serialize; an unwritable path is a user error."""
    from nnlab.serialize import save_network

    try:
        save_network(net, path)
    except OSError as exc:
        raise CliError(f"cannot save to {path}: {exc.strerror or exc}") from None


def _summary(m: dict, out: Any) -> None:
    """Final human-readable lines."""
    acc = ("n/a" if m["test_acc"] is None
           else f"train {m['train_acc']:.4f}, test {m['test_acc']:.4f}")
    ms = m["ms_per_iteration"]
    speed = f"{ms:.3f} ms/iteration" if ms else "no iterations"
    print(f"{m['status']}: {m['iterations_done']} iterations, accuracy {acc}, {speed}, "
          f"evaluation {m['eval_seconds']:.2f} s", file=out)
    if m["saved"]:
        print(f"saved network to {m['saved']}", file=out)
    note = verdict_note(m)
    if note:
        print(f"note: {note}", file=out)


def verdict_note(m: dict) -> str:
    """One sentence on a run that did not learn, naming the learning rate ('' when it learned)."""
    lr, optimizer = m["lr"], m["optimizer"]
    if m["verdict"] == TOO_HIGH:
        return (f"the run did not learn (test accuracy {100 * m['test_acc']:.1f} %, no better than "
                f"guessing) and its loss jumped above where it started: the learning rate {lr:g} "
                f"is too high for {optimizer}; try {lr / 10:g}.")
    if m["verdict"] == SLOW:
        return (f"the loss hardly fell: the learning rate {lr:g} may be too small for "
                f"{optimizer}, or the run too short; try a larger rate or more iterations.")
    if m["verdict"] == TOO_SHORT:
        return (f"{m['iterations_done']} iterations are too few to tell whether the run learns; "
                f"run at least {MIN_ITERATIONS}.")
    if m["verdict"] == WEAK:
        return (f"the run learned only a little (test accuracy {100 * m['test_acc']:.1f} %): the "
                f"network may be too small for this data, or the run too short.")
    return ""
