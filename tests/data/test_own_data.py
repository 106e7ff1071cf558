"""The learner's own data: CSVs of points and feature vectors, folders of images, remembered imports."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from PIL import Image

from nnlab.data import DatasetError
from nnlab.data.own_data import MAX_CLASSES, ImportCancelled, read_csv
from nnlab.data.own_images import read_image_folder
from nnlab.data.own_library import forget, load_remembered, read_own, remember, remembered


def write(path, text: str):
    path.write_text(text, encoding="utf-8")
    return path


def test_points_with_a_header_and_word_classes(tmp_path):
    own = read_csv(write(tmp_path / "pts.csv", "x,y,class\n0,0,red\n1,1,blue\n0,1,red\n1,0,blue\n"))
    assert own.kind == "points" and own.class_names == ["blue", "red"]
    np.testing.assert_array_equal(own.t, [1, 0, 1, 0])
    assert own.counts == [2, 2] and own.value_range == (0.0, 1.0)
    assert own.feature_names == ["x", "y"]


def test_features_without_header_take_the_last_column_as_class_in_numeric_order(tmp_path):
    rows = "".join(f"{k},{k * 2},{k * 3},{k % 3 * 5}\n" for k in range(12))
    own = read_csv(write(tmp_path / "f.csv", rows))
    assert own.kind == "features" and own.x.shape == (12, 3)
    assert own.class_names == ["0", "5", "10"]  # 10 after 5, not after 0


def test_a_named_label_column_may_come_first_and_semicolons_work(tmp_path):
    own = read_csv(write(tmp_path / "f.csv", "label;a;b;c\n1;0.5;0.1;2\n2;0.4;0.2;3\n"))
    np.testing.assert_allclose(own.x, [[0.5, 0.1, 2], [0.4, 0.2, 3]])
    assert own.class_names == ["1", "2"]


@pytest.mark.parametrize("text, message", [
    ("x,y,label\n0,0,a\n1,1\n", r"f\.csv, row 3: 2 cells, but the first row has 3"),
    ("x,y,label\n0,0,a\n1,oops,b\n", r"row 3, column 2: 'oops' is not a number"),
    ("x,y,label\n0,0,a\n1,1,a\n", r"one class \(only 'a'\)"),
    ("x,y,label\n0,0,a\n1,1e999,b\n", "row 3, column 2"),
    ("x,y,label\n", "no data rows"),
    ("justone\n1\n2\n", "one column only"),
])
def test_bad_csvs_name_the_file_and_the_row(tmp_path, text, message):
    with pytest.raises(DatasetError, match=message):
        read_csv(write(tmp_path / "f.csv", text))


def test_a_hundred_thousand_classes_are_refused(tmp_path):
    rows = "".join(f"{k},{k},c{k}\n" for k in range(100_000))
    with pytest.raises(DatasetError, match=f"100,000 classes; nnlab accepts at most {MAX_CLASSES:,}"):
        read_csv(write(tmp_path / "many.csv", rows))


def test_binary_files_and_missing_paths_are_refused(tmp_path):
    (tmp_path / "bin.csv").write_bytes(b"\x89PNG\0\0\0")
    with pytest.raises(DatasetError, match="not a text file"):
        read_csv(tmp_path / "bin.csv")
    with pytest.raises(DatasetError, match="no such file"):
        read_own(tmp_path / "absent.csv")


def test_the_split_keeps_every_class_in_both_parts_and_can_standardize(tmp_path):
    rows = "".join(f"{100 + k},{1000 * k},{k % 2}\n" for k in range(20))
    own = read_csv(write(tmp_path / "f.csv", rows))
    data = own.split(0.25, seed=1, standardize=True)
    assert len(data.x_train) == 16 and len(data.x_test) == 4  # 2 of the 10 of each class
    assert set(data.t_test.tolist()) == {0, 1} and set(data.t_train.tolist()) == {0, 1}
    np.testing.assert_allclose(data.x_train.mean(axis=0), 0, atol=1e-5)
    assert data.input_size == 2 and data.image_shape is None


def make_folder(root, classes=("cat", "dog"), per_class=3, size=(40, 30)):
    rng = np.random.default_rng(0)
    for name in classes:
        (root / name).mkdir(parents=True)
        for k in range(per_class):
            pixels = rng.integers(0, 255, (*size[::-1], 3), dtype=np.uint8)
            Image.fromarray(pixels).save(root / name / f"{k}.png")
    return root


def test_an_image_folder_is_read_as_28x28_grayscale(tmp_path):
    root = make_folder(tmp_path / "pets")
    (root / "cat" / "notes.txt").write_text("not an image")
    rgba = Image.new("RGBA", (10, 10), (0, 0, 0, 0))  # fully transparent: white paper
    rgba.save(root / "dog" / "clear.png")
    own = read_image_folder(root)
    assert own.kind == "images" and own.x.shape == (7, 784) and own.image_shape == (28, 28)
    assert own.class_names == ["cat", "dog"] and own.counts == [3, 4]
    assert own.skipped == [str(root / "cat" / "notes.txt")]
    assert own.value_range[0] >= 0.0 and own.value_range[1] <= 1.0
    np.testing.assert_allclose(own.x[-1], 1.0)  # clear.png sorts last in dog/


@pytest.mark.parametrize("damage, message", [
    (lambda root: (root / "dog" / "bad.png").write_bytes(b"\x89PNG garbage"),
     r"dog/bad\.png: not a readable"),
    (lambda root: (root / "dog" / "cut.png").write_bytes((root / "dog" / "0.png").read_bytes()[:60]),
     r"dog/cut\.png"),
    (lambda root: [p.unlink() for p in (root / "dog").iterdir()], r"dog: no images"),
])
def test_bad_image_folders_name_the_path(tmp_path, damage, message):
    root = make_folder(tmp_path / "pets")
    damage(root)
    with pytest.raises(DatasetError, match=message):
        read_image_folder(root)


def test_one_class_folder_and_a_folder_without_classes_are_refused(tmp_path):
    with pytest.raises(DatasetError, match="one class"):
        read_image_folder(make_folder(tmp_path / "one", classes=("cat",)))
    (tmp_path / "flat").mkdir()
    Image.new("L", (5, 5)).save(tmp_path / "flat" / "a.png")
    with pytest.raises(DatasetError, match="no sub-folders"):
        read_image_folder(tmp_path / "flat")


def test_a_cancelled_import_stops_with_import_cancelled(tmp_path):
    root = make_folder(tmp_path / "pets", per_class=150, size=(8, 8))
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(ImportCancelled):
        read_image_folder(root, cancel=cancel)
    seen = []
    read_image_folder(root, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (300, 300)


def test_imports_are_remembered_and_load_with_the_same_split(tmp_path):
    own = read_image_folder(make_folder(tmp_path / "pets", per_class=5))
    entry = remember(own, test_fraction=0.4, standardize=False, folder=tmp_path / "lib")
    [again] = remembered(tmp_path / "lib")
    assert again == entry and again.kind == "images" and again.samples == 10
    first = load_remembered(again, tmp_path / "lib")
    second = own.split(0.4)
    np.testing.assert_allclose(first.x_test, second.x_test, atol=1 / 255)
    assert first.image_shape == (28, 28) and first.n_classes == 2
    remember(own, test_fraction=0.2, standardize=False, folder=tmp_path / "lib")  # same folder again
    assert [e.test_fraction for e in remembered(tmp_path / "lib")] == [0.2]
    forget(again, tmp_path / "lib")
    assert remembered(tmp_path / "lib") == []


def test_a_damaged_remembered_entry_is_skipped_or_named(tmp_path):
    own = read_csv(write(tmp_path / "f.csv", "1,2,a\n3,4,b\n5,6,a\n7,8,b\n"))
    entry = remember(own, 0.5, False, folder=tmp_path / "lib")
    (tmp_path / "lib" / "junk.json").write_text("{not json")
    assert remembered(tmp_path / "lib") == [entry]
    (tmp_path / "lib" / f"{entry.key}.npz").write_bytes(b"broken")
    with pytest.raises(DatasetError, match=r"import .*f\.csv again"):
        load_remembered(entry, tmp_path / "lib")
