"""Fuzz inputs for every reader: valid seed files, mutation of them, and structure-aware generation.

Every input is a pure function of (seed, reader, index): ``make_input(reader, seed, i)`` gives
the same bytes on every machine, so a crash is replayed with ``python -m fuzz --replay``.
Compressed formats are mutated inside (the gzip payload, each zip member) and then packed again,
because flipping compressed bytes mostly only trips a checksum.
"""

from __future__ import annotations

import gzip
import io
import json
import pickle
import random
import struct
import zipfile
from functools import cache
from pathlib import Path

import numpy as np

INTERESTING = (0, 1, 2, 3, 7, 8, 10, 28, 127, 128, 255, 256, 784, 10_000, 60_000, 65_535, 65_536,
               2**24, 2**31 - 1, 2**31, 2**32 - 1, 1_369_000)
BOMB_BYTES = 150 * 2**20  # just under the 160 MiB data-set budget: the worst honest case


# --- byte-level mutation -------------------------------------------------------------------------
def mutate_bytes(data: bytes, rng: random.Random, max_ops: int = 6) -> bytes:
    """A few random edits: bit flips, interesting numbers, inserts, deletes, copies, truncation."""
    out = bytearray(data)
    for _ in range(rng.randint(1, max_ops)):
        op = rng.randrange(8)
        pos = rng.randrange(len(out) + 1)
        if op == 0 and out:
            out[pos % len(out)] ^= 1 << rng.randrange(8)
        elif op == 1 and out:
            out[pos % len(out)] = rng.randrange(256)
        elif op == 2:
            width, order = rng.choice((1, 2, 4, 8)), rng.choice("<>")
            value = rng.choice(INTERESTING) % 2 ** (8 * width)
            out[pos:pos + width] = struct.pack(order + {1: "B", 2: "H", 4: "I", 8: "Q"}[width], value)
        elif op == 3:
            out[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        elif op == 4:
            del out[pos:pos + rng.randint(1, 64)]
        elif op == 5 and out:
            start = rng.randrange(len(out))
            out[pos:pos] = out[start:start + rng.randint(1, 256)]
        elif op == 6:
            del out[rng.randrange(len(out) + 1):]
        else:
            out += bytes(rng.randrange(256) for _ in range(rng.randint(1, 32)))
    return bytes(out)


def zip_members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def pack_zip(members: dict[str, bytes], rng: random.Random | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            method = zipfile.ZIP_DEFLATED if rng is None or rng.random() < 0.8 else zipfile.ZIP_STORED
            # A fixed time stamp: a name alone would stamp the current time, and the same seed
            # must give the same bytes (replaying a failure needs that).
            archive.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), data,
                             compress_type=method)
    return out.getvalue()


def write_zip(path: Path, members: dict[str, bytes]) -> Path:
    """Write ``members`` as a deflated zip (an .npz) at ``path``; returns ``path``."""
    path.write_bytes(pack_zip(members))
    return path


def mutate_zip(data: bytes, rng: random.Random) -> bytes:
    """Edit the members of a zip (content, npy header text, names, set of members), then re-pack."""
    members = zip_members(data)
    names = list(members)
    op = rng.randrange(6)
    name = rng.choice(names)
    if op == 0:
        members[name] = mutate_bytes(members[name][:256], rng) + members[name][256:]
    elif op == 1:
        members[name] = mutate_bytes(members[name], rng)
    elif op == 2:
        members[mutate_bytes(name.encode(), rng, 2).decode("latin-1").strip("/") or "x"] = members.pop(name)
    elif op == 3:
        del members[name]
    elif op == 4:
        members[rng.choice(["extra.npy", "W9.npy", "notes.txt", name + "x"])] = members[name]
    else:
        members[name] = members[rng.choice(names)]
    packed = pack_zip(members, rng)
    return mutate_bytes(packed, rng, 2) if rng.random() < 0.2 else packed


def mutate_gzip(data: bytes, rng: random.Random) -> bytes:
    inner = mutate_bytes(gzip.decompress(data), rng)
    packed = gzip.compress(inner, mtime=0) if rng.random() < 0.85 else inner
    return mutate_bytes(packed, rng, 2) if rng.random() < 0.15 else packed


# --- helpers for structure-aware generation -------------------------------------------------------
def npy_bytes(array: np.ndarray) -> bytes:
    out = io.BytesIO()
    np.save(out, array, allow_pickle=False)
    return out.getvalue()


def npy_header(descr: str, shape: tuple[int, ...]) -> bytes:
    """Just the .npy header NumPy writes for an array of this dtype and shape."""
    out = io.BytesIO()
    np.lib.format.write_array_header_1_0(out, {"descr": descr, "fortran_order": False, "shape": shape})
    return out.getvalue()


def forged_npy(rng: random.Random, payload: int = 64) -> bytes:
    """A .npy header with hostile fields, then a few bytes."""
    descr = rng.choice(["<f4", "<f8", "|u1", "<i8", "|O", "<U5", "x" * rng.choice((5, 5000)),
                        "<f4", "[('a', '<f4')]", ">f4", "|b1", "<c16", "<M8[s]"])
    shape = tuple(rng.choice(INTERESTING + (-1,)) for _ in range(rng.randint(0, 4)))
    fortran = rng.choice(["False", "True", "0", "None"])
    text = rng.choice([
        f"{{'descr': {descr!r}, 'fortran_order': {fortran}, 'shape': {shape!r}, }}",
        f"{{'descr': {descr!r}, 'fortran_order': {fortran}, 'shape': ({shape[0] if shape else 0}L,), }}",
        "{'descr': '''<f4\n",
        "[" * rng.choice((100, 5000)) + "]" * 10,
        f"{{'descr': {descr!r}, 'shape': {shape!r}}}",
    ]).encode("latin-1", "replace")
    version = rng.choice((1, 2, 3, 9))
    length = len(text) if rng.random() < 0.8 else rng.choice(INTERESTING)
    size = struct.pack("<H", length % 65536) if version == 1 else struct.pack("<I", length % 2**32)
    data = bytes(rng.randrange(256) for _ in range(payload))
    return b"\x93NUMPY" + bytes([version, 0]) + size + text + data


@cache
def gzip_zeros(n_bytes: int) -> bytes:
    return gzip.compress(bytes(n_bytes), compresslevel=1, mtime=0)


def zip_bomb_member(name: str, header: bytes, n_bytes: int, others: dict[str, bytes] | None = None) -> bytes:
    """A zip whose member ``name`` is ``header`` then n_bytes zeros (streamed), plus ``others``."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for other, data in (others or {}).items():
            archive.writestr(other, data)
        with archive.open(name, "w", force_zip64=True) as fh:
            fh.write(header)
            zeros = bytes(2**20)
            for _ in range(n_bytes // 2**20):
                fh.write(zeros)
            fh.write(bytes(n_bytes % 2**20))
    return out.getvalue()


def odd_json_value(rng: random.Random, depth: int = 0) -> object:
    """A JSON-able value of a surprising type or size (text of raw JSON when marked with 'RAW:')."""
    choices = [0, -1, 1, 2**31, 2**63, 1e400, 1.5, True, False, None, "", "relu", "x" * 1000,
               [], {}, [1e400], [0], [-5], [20000, 20000], [True], "RAW:" + "9" * 5000,
               "RAW:NaN", "RAW:Infinity", "RAW:" + "[" * 3000 + "]" * 3000]
    if depth < 2 and rng.random() < 0.2:
        return [odd_json_value(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    return rng.choice(choices)


def dumps_with_raw(value: object) -> str:
    """json.dumps, then splice the 'RAW:' strings in as raw JSON text."""
    text = json.dumps(value)
    while '"RAW:' in text:
        start = text.index('"RAW:')
        end = text.index('"', start + 5)
        text = text[:start] + text[start + 5:end] + text[end + 1:]
    return text


def pickled(value: object, rng: random.Random) -> bytes:
    return pickle.dumps(value, protocol=rng.choice((0, 1, 2, 3, 4, 5)))


@cache
def seed_arrays() -> tuple[np.ndarray, ...]:
    rng = np.random.default_rng(0)
    return (rng.integers(0, 256, (20, 28, 28), dtype=np.uint8), rng.integers(0, 10, 20, dtype=np.uint8),
            rng.integers(0, 256, (8, 28, 28), dtype=np.uint8), rng.integers(0, 10, 8, dtype=np.uint8))


__all__ = [
    "BOMB_BYTES",
    "INTERESTING",
    "dumps_with_raw",
    "forged_npy",
    "gzip_zeros",
    "mutate_bytes",
    "mutate_gzip",
    "mutate_zip",
    "npy_bytes",
    "npy_header",
    "odd_json_value",
    "pack_zip",
    "pickled",
    "seed_arrays",
    "zip_bomb_member",
    "zip_members",
]
