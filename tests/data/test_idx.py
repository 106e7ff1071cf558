"""The IDX reader: round trips, every kind of damage named clearly, and a fuzz test."""

from __future__ import annotations

import gzip
import struct
import tracemalloc
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nnlab.data import DatasetError, parse_idx, read_idx, read_idx_pair, write_idx
from nnlab.data.idx import MAX_IDX_BYTES, encode_idx


def _images(n: int = 5) -> np.ndarray:
    return np.random.default_rng(1).integers(0, 256, (n, 28, 28), dtype=np.uint8)


def peak_while_refused(path: Path, match: str) -> int:
    """Peak traced memory (bytes) while read_idx refuses ``path`` with a message matching ``match``."""
    tracemalloc.start()
    try:
        with pytest.raises(DatasetError, match=match):
            read_idx(path)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("suffix", ["", ".gz"])
@pytest.mark.parametrize("dtype", ["u1", "i1", "i2", "i4", "f4", "f8"])
def test_round_trip_raw_and_gzip(tmp_path, suffix, dtype):
    array = (np.arange(2 * 3 * 4).reshape(2, 3, 4) - 7).astype(dtype)
    path = tmp_path / f"values-idx3{suffix}"
    write_idx(path, array)
    assert path.read_bytes()[:2] == (b"\x1f\x8b" if suffix else b"\x00\x00")
    back = read_idx(path)
    assert back.dtype == np.dtype(dtype) and back.dtype.isnative
    np.testing.assert_array_equal(back, array)


def test_gzip_detected_by_content_not_by_name(tmp_path):
    array = _images(2)
    gz_named_raw = tmp_path / "raw-but-named.gz"
    gz_named_raw.write_bytes(encode_idx(array))
    raw_named_gz = tmp_path / "gzip-without-suffix"
    raw_named_gz.write_bytes(gzip.compress(encode_idx(array)))
    np.testing.assert_array_equal(read_idx(gz_named_raw), array)
    np.testing.assert_array_equal(read_idx(raw_named_gz), array)


def test_multi_member_gzip_is_accepted():
    data = encode_idx(_images(3))
    two_members = gzip.compress(data[:1000]) + gzip.compress(data[1000:])
    np.testing.assert_array_equal(parse_idx(two_members), _images(3))


def test_pair_reads_images_and_labels(tmp_path):
    write_idx(tmp_path / "img.gz", _images(5))
    write_idx(tmp_path / "lab.gz", np.arange(5, dtype=np.uint8))
    images, labels = read_idx_pair(tmp_path / "img.gz", tmp_path / "lab.gz")
    assert images.shape == (5, 28, 28) and labels.tolist() == [0, 1, 2, 3, 4]


def _flip(data: bytes, index: int) -> bytes:
    return data[:index] + bytes([data[index] ^ 0xFF]) + data[index + 1:]


RAW = encode_idx(_images(4))
GZ = gzip.compress(RAW, mtime=0)
ABSURD_HEADER = bytes([0, 0, 8, 3]) + struct.pack(">3I", 0xFFFFFFFF, 28, 28)

MALFORMED = {
    "empty": (b"", "empty"),
    "short header": (b"\x00\x00\x08", "too short"),
    "wrong magic": (b"\x12\x34\x08\x03" + RAW[4:], "wrong magic"),
    "text file": (b"hello, this is not a data file\n", "wrong magic"),
    "unknown type code": (RAW[:2] + b"\x07" + RAW[3:], "type code 0x07"),
    "zero dimensions": (RAW[:3] + b"\x00" + RAW[4:], "0 dimensions"),
    "truncated dims": (RAW[:10], "header is truncated"),
    "truncated raw payload": (RAW[:-100], "truncated"),
    "trailing raw garbage": (RAW + b"junk", "trailing data"),
    "absurd dimensions": (ABSURD_HEADER + b"\x00" * 100, "more than"),
    "absurd dimensions gz": (gzip.compress(ABSURD_HEADER + b"\x00" * 100), "more than"),
    "truncated gzip": (GZ[: len(GZ) // 2], "truncated"),
    "gzip without trailer": (GZ[:-8], "truncated"),
    "gzip bad crc": (_flip(GZ, len(GZ) - 6), "damaged gzip"),
    "gzip bad length": (_flip(GZ, len(GZ) - 2), "damaged gzip"),
    "gzip bad header": (GZ[:2] + b"\x07" + GZ[3:], "damaged gzip"),
    "gzip trailing garbage": (GZ + b"garbage!", "after the end of the gzip data"),
    "gzip payload too long": (gzip.compress(RAW + b"\x00" * 10), "trailing data"),
    "gzip payload too short": (gzip.compress(RAW[:-10]), "truncated"),
}


@pytest.mark.parametrize("case", list(MALFORMED))
def test_malformed_file_gives_clear_dataset_error(tmp_path, case):
    content, problem = MALFORMED[case]
    path = tmp_path / "friend-images-idx3-ubyte.gz"
    path.write_bytes(content)
    with pytest.raises(DatasetError) as info:
        read_idx(path)
    message = str(info.value)
    assert "friend-images-idx3-ubyte.gz" in message
    assert problem in message


def test_bit_flip_inside_deflate_data_is_reported(tmp_path):
    # random image bytes make a stored/huffman body where a flip breaks either inflate or the CRC
    path = tmp_path / "flipped.gz"
    path.write_bytes(_flip(GZ, len(GZ) // 2))
    with pytest.raises(DatasetError, match=r"flipped\.gz: damaged gzip data"):
        read_idx(path)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(DatasetError, match=r"nothere\.gz: cannot open"):
        read_idx(tmp_path / "nothere.gz")
    with pytest.raises(DatasetError, match=r"cannot open|cannot read"):
        read_idx(tmp_path)


def test_gzip_bomb_is_not_decompressed(tmp_path):
    # the header declares 4 small images, the stream would inflate to 64 MiB of zeros
    bomb = gzip.compress(RAW + bytes(64 * 2**20), compresslevel=9)
    path = tmp_path / "bomb-idx3-ubyte.gz"
    path.write_bytes(bomb)
    assert peak_while_refused(path, r"bomb-idx3-ubyte\.gz: unexpected trailing data") < 8 * 2**20


@pytest.mark.parametrize("gz", [False, True])
def test_big_header_on_a_small_file_allocates_at_most_what_it_declares(tmp_path, gz):
    header = bytes([0, 0, 8, 3]) + struct.pack(">3I", 1000, 1000, 100)  # 1e8 bytes, under the cap
    content = header + bytes(3000)
    path = tmp_path / "liar-idx3-ubyte"
    path.write_bytes(gzip.compress(content) if gz else content)
    peak = peak_while_refused(path, r"liar-idx3-ubyte: truncated: .* but only 3,000 bytes")
    assert peak < 10**8 + 4 * 2**20  # one buffer of the declared size (untouched pages cost no RAM)


def test_cap_is_sane():
    assert 50 * 2**20 < MAX_IDX_BYTES <= 2**31


def test_pair_count_mismatch_names_both_files(tmp_path):
    write_idx(tmp_path / "imgs-idx3.gz", _images(5))
    write_idx(tmp_path / "labs-idx1.gz", np.zeros(4, dtype=np.uint8))
    with pytest.raises(DatasetError) as info:
        read_idx_pair(tmp_path / "imgs-idx3.gz", tmp_path / "labs-idx1.gz")
    assert "imgs-idx3.gz" in str(info.value) and "labs-idx1.gz" in str(info.value)
    assert "5 images" in str(info.value) and "4 labels" in str(info.value)


@pytest.mark.parametrize(
    ("images", "labels", "problem"),
    [
        (np.zeros((5, 28), np.uint8), np.zeros(5, np.uint8), "expected images"),
        (np.zeros((5, 28, 28), np.float32), np.zeros(5, np.uint8), "expected images"),
        (np.zeros((5, 28, 28), np.uint8), np.zeros((5, 1), np.uint8), "expected labels"),
        (np.zeros((0, 28, 28), np.uint8), np.zeros(0, np.uint8), "no images|empty array"),
    ],
)
def test_pair_rejects_wrong_kinds(tmp_path, images, labels, problem):
    write_idx(tmp_path / "a.gz", images)
    write_idx(tmp_path / "b.gz", labels)
    with pytest.raises(DatasetError, match=problem):
        read_idx_pair(tmp_path / "a.gz", tmp_path / "b.gz")


# ---- fuzz: random and mutated files never raise anything but DatasetError ----

_SMALL = np.arange(3 * 4 * 5, dtype=np.uint8).reshape(3, 4, 5)
_VALID = [encode_idx(_SMALL), gzip.compress(encode_idx(_SMALL), mtime=0),
          encode_idx(np.arange(7, dtype=np.uint8)), gzip.compress(encode_idx(np.arange(7, dtype=">i4")))]


@st.composite
def _mutated(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(["random", "truncate", "flip", "header", "append", "mix"]))
    if kind == "random":
        return draw(st.binary(max_size=200))
    data = bytearray(draw(st.sampled_from(_VALID)))
    if kind == "truncate":
        return bytes(data[: draw(st.integers(0, len(data)))])
    if kind == "append":
        return bytes(data) + draw(st.binary(min_size=1, max_size=20))
    n_changes = draw(st.integers(1, 4))
    for _ in range(n_changes):
        limit = 16 if kind == "header" else len(data) - 1
        index = draw(st.integers(0, min(limit, len(data) - 1)))
        if kind == "flip":
            data[index] ^= 1 << draw(st.integers(0, 7))
        else:
            data[index] = draw(st.integers(0, 255))
    return bytes(data)


def test_fuzz_only_dataset_error():
    outcomes = {"refused": 0, "read": 0}

    @settings(max_examples=2000, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow])
    @given(_mutated())
    def check(data: bytes) -> None:
        try:
            array = parse_idx(data, "fuzz.gz")
        except DatasetError as exc:
            assert str(exc).startswith("fuzz.gz: ")
            outcomes["refused"] += 1
        else:
            assert isinstance(array, np.ndarray) and array.nbytes <= len(data) * 1100
            outcomes["read"] += 1

    check()
    assert sum(outcomes.values()) >= 2000 and outcomes["refused"] > 1000
