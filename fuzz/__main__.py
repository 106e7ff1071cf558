"""Fuzz every reader of nnlab, seeded and reproducible, each in a child process with limits.

    python -m fuzz --quick                  # 1,500 inputs per reader, a few minutes (CI)
    python -m fuzz --count 10000            # the full run: 10,000 per reader
    python -m fuzz --seed 7 --readers idx,pkl --count 500
    python -m fuzz --replay idx:123 --seed 7 --out case.bin   # write one input to a file

Each input is made from (seed, reader, index) alone. A worker process runs one reader with an
address-space cap (``--memory-mib``, default 1024 MiB above its start-up size) and each input gets
``--timeout`` seconds; a worker that does not answer in time is killed (a "hang") and restarted.
Exit status 1 when any reader had a crash or a hang, or its peak memory passed the cap.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
import time
from dataclasses import asdict, dataclass, field

MAX_INPUT_BYTES = 10 * 2**20


@dataclass
class Tally:
    """What one reader did with its inputs."""

    reader: str
    inputs: int = 0
    refused: int = 0
    accepted: int = 0
    crashes: int = 0
    hangs: int = 0
    peak_rss_mib: float = 0.0
    slowest_s: float = 0.0
    largest_input_kib: float = 0.0
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)


class _Worker:
    def __init__(self, reader: str, cap_bytes: int) -> None:
        from fuzz.worker import serve

        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=serve, args=(child, reader, cap_bytes), daemon=True)
        self.process.start()
        child.close()

    def stop(self) -> None:
        self.conn.close()
        self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()


def fuzz_reader(name: str, count: int, seed: int, timeout: float, cap_mib: int) -> Tally:
    """Feed ``count`` inputs to one reader; return its tally."""
    from fuzz.readers import READERS, make_input

    reader = READERS[name]
    tally = Tally(name)
    started = time.perf_counter()
    worker = _Worker(name, cap_mib * 2**20)
    first_timeout = timeout + 60  # the first answer also waits for the worker's imports
    for index in range(count):
        data = make_input(reader, seed, index)
        if len(data) > MAX_INPUT_BYTES:
            continue
        tally.inputs += 1
        tally.largest_input_kib = max(tally.largest_input_kib, len(data) / 1024)
        worker.conn.send((index, data))
        answer = None
        if worker.conn.poll(first_timeout if index == 0 else timeout):
            try:
                answer = worker.conn.recv()
            except EOFError:
                answer = None
            except Exception as exc:  # noqa: BLE001 - an answer that does not unpickle
                answer = (index, "crash", f"unreadable answer from the worker: {exc!r}"[:200], 0, 0.0)
        if answer is None:
            died = not worker.process.is_alive()
            worker.process.kill()
            worker.process.join()
            if died:
                tally.crashes += 1
                tally.failures.append(f"{name}:{index} worker died (exit {worker.process.exitcode})")
            else:
                tally.hangs += 1
                tally.failures.append(f"{name}:{index} no answer within {timeout:g} s")
            worker = _Worker(name, cap_mib * 2**20)
            first_timeout = timeout + 60
            continue
        first_timeout = timeout
        _, outcome, detail, peak, seconds = answer
        tally.peak_rss_mib = max(tally.peak_rss_mib, peak / 2**20)
        tally.slowest_s = max(tally.slowest_s, seconds)
        if outcome == "crash":
            tally.crashes += 1
            tally.failures.append(f"{name}:{index} {detail}")
        elif outcome == "refused":
            tally.refused += 1
        else:
            tally.accepted += 1
    worker.stop()
    tally.seconds = time.perf_counter() - started
    return tally


def render(tallies: list[Tally], seed: int, cap_mib: int) -> str:
    """The figures as a table, then every failure with the command that replays it."""
    head = (f"{'reader':<9} {'inputs':>7} {'refused':>8} {'accepted':>9} {'crashes':>8} {'hangs':>6} "
            f"{'peak MiB':>9} {'slowest s':>10} {'largest kB':>11} {'run s':>7}")
    lines = [f"nnlab fuzz run, seed {seed}, memory cap {cap_mib} MiB above start-up", head, "-" * len(head)]
    for t in tallies:
        lines.append(f"{t.reader:<9} {t.inputs:>7,} {t.refused:>8,} {t.accepted:>9,} {t.crashes:>8,} "
                     f"{t.hangs:>6,} {t.peak_rss_mib:>9.0f} {t.slowest_s:>10.2f} "
                     f"{t.largest_input_kib:>11,.0f} {t.seconds:>7.0f}")
    for t in tallies:
        for failure in t.failures[:20]:
            reader, rest = failure.split(":", 1)
            index = rest.split(" ", 1)[0]
            lines.append(f"FAIL {failure}   (replay: python -m fuzz --seed {seed} --replay "
                         f"{reader}:{index} --out case)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    from fuzz.readers import READERS, make_input

    parser = argparse.ArgumentParser(prog="python -m fuzz", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="1,500 inputs per reader")
    parser.add_argument("--count", type=int, default=10_000, help="inputs per reader")
    parser.add_argument("--seed", type=int, default=None, help="default: from the clock (printed)")
    parser.add_argument("--readers", default=",".join(READERS), help="comma-separated")
    parser.add_argument("--timeout", type=float, default=5.0, help="seconds per input")
    parser.add_argument("--memory-mib", type=int, default=1024, help="address-space cap per worker")
    parser.add_argument("--replay", default=None, help="READER:INDEX: write that input to --out")
    parser.add_argument("--out", default="fuzz-case.bin")
    parser.add_argument("--json", default=None, help="also write the figures to this file")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else int(time.time()) % 100_000
    if args.replay:
        name, index = args.replay.split(":")
        data = make_input(READERS[name], seed, int(index))
        with open(args.out + READERS[name].suffix, "wb") as fh:
            fh.write(data)
        print(f"wrote {len(data):,} bytes to {args.out}{READERS[name].suffix}")
        return 0
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # inherited by the workers
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    count = 1_500 if args.quick else args.count
    print(f"fuzz seed {seed}: {count:,} inputs per reader", flush=True)
    tallies = []
    for name in args.readers.split(","):
        tallies.append(fuzz_reader(name, count, seed, args.timeout, args.memory_mib))
        print(f"  {name}: done in {tallies[-1].seconds:.0f} s", flush=True)
    print(render(tallies, seed, args.memory_mib))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump({"seed": seed, "count": count, "readers": [asdict(t) for t in tallies]}, fh, indent=1)
    bad = any(t.crashes or t.hangs or t.peak_rss_mib > args.memory_mib for t in tallies)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
