"""The fuzz harness (python -m fuzz) stays usable: inputs are reproducible, seed files are accepted."""

from __future__ import annotations

import pytest

from fuzz.readers import READERS, make_input


@pytest.mark.parametrize("name", sorted(READERS))
def test_inputs_are_a_function_of_seed_and_index(name: str) -> None:
    reader = READERS[name]
    assert [make_input(reader, 7, i) for i in range(5)] == [make_input(reader, 7, i) for i in range(5)]
    assert make_input(reader, 7, 1) != make_input(reader, 8, 1)


@pytest.mark.parametrize("name", sorted(set(READERS) - {"settings"}))
def test_every_seed_file_is_accepted(name: str, tmp_path) -> None:
    reader = READERS[name]
    for k, data in enumerate(reader.seeds()):
        path = tmp_path / f"seed{k}{reader.suffix}"
        path.write_bytes(data)
        assert reader.run(path) == "accepted"
