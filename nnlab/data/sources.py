"""Where MNIST and Fashion-MNIST come from: mirrors, checksums, the per-user cache, system copies."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from nnlab.data import cache_check
from nnlab.data.dataset import DIGIT_NAMES, Dataset, image_dataset
from nnlab.data.download import GRACE, MIN_RATE, Cancel, Progress, RemoteFile, fetch_files
from nnlab.data.errors import DatasetDamaged, DatasetError, DatasetNotAvailable
from nnlab.data.idx import read_idx_pair
from nnlab.data.split import split_test_set
from nnlab.limits import MAX_DATASET_BYTES, Budget

# The four canonical file stems, in the order (x_train, t_train, x_test, t_test).
IDX_STEMS = ("train-images-idx3-ubyte", "train-labels-idx1-ubyte",
             "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte")
TEST_STEMS = IDX_STEMS[2:]
CACHE_ENV = "NNLAB_DATA_DIR"
# A folder that holds only the 10,000-image test pair (the bundled MNIST, or an import of just
# those two files) is split into 8,000 to train and 2,000 to test: (test size, seed).
TEST_SET_SPLIT = (2_000, 0)
TEST_ONLY_NOTE = ("; only its test images, split {n_test:,} for testing and the rest for training "
                  "(seed {seed})")


@dataclass(frozen=True)
class IdxSource:
    """A data set published as the four MNIST-style IDX gzip files."""

    name: str
    title: str
    credit: str
    files: tuple[RemoteFile, ...]  # same order as IDX_STEMS
    mirrors: tuple[str, ...]
    class_names: tuple[str, ...]
    class_names_ja: tuple[str, ...]
    system_dirs: tuple[Path, ...] = ()  # read-only copies installed by the OS


def _idx_files(*sized: tuple[int, str]) -> tuple[RemoteFile, ...]:
    """The four ``.gz`` files of an IDX set, in IDX_STEMS order, from their sizes and SHA-256."""
    return tuple(RemoteFile(f"{stem}.gz", size, "sha256", digest)
                 for stem, (size, digest) in zip(IDX_STEMS, sized, strict=True))


MNIST = IdxSource(
    name="mnist",
    title="MNIST handwritten digits",
    credit="Y. LeCun, C. Cortes, C. J. C. Burges; CC BY-SA 3.0",
    # SHA-256 of the canonical .gz files (identical on every mirror below).
    files=_idx_files(
        (9_912_422, "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609"),  # train images
        (28_881, "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c"),  # train labels
        (1_648_877, "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6"),  # test images
        (4_542, "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6"),  # test labels
    ),
    mirrors=(
        "https://ossci-datasets.s3.amazonaws.com/mnist/",  # torchvision's current mirror
        "http://yann.lecun.com/exdb/mnist/",  # the original host the book uses
        "https://storage.googleapis.com/cvdf-datasets/mnist/",  # TensorFlow's mirror
    ),
    class_names=tuple(DIGIT_NAMES),
    class_names_ja=tuple(DIGIT_NAMES),
)

FASHION_MNIST = IdxSource(
    name="fashion-mnist",
    title="Fashion-MNIST clothing pictures",
    credit="H. Xiao, K. Rasul, R. Vollgraf (Zalando Research); MIT licence",
    # SHA-256 of the .gz files Zalando publishes. Debian's dataset-fashion-mnist package stores
    # the same data recompressed without the file name in the gzip header, so its files have
    # other checksums; they are used in place, checked by the IDX reader, never downloaded.
    files=_idx_files(
        (26_421_880, "3aede38d61863908ad78613f6a32ed271626dd12800ba2636569512369268a84"),  # train images
        (29_515, "a04f17134ac03560a47e3764e11b92fc97de4d1bfaf8ba1a3aa29af54cc90845"),  # train labels
        (4_422_102, "346e55b948d973a97e58d2351dde16a484bd415d4595297633bb08f03db6a073"),  # test images
        (5_148, "67da17c76eaffca5446c3361aaab5c3cd6d1c2608764d35dfb1850b086bf8dd5"),  # test labels
    ),
    mirrors=(
        "https://fashion-mnist.s3.eu-central-1.amazonaws.com/",
        "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/",
        "https://raw.githubusercontent.com/zalandoresearch/fashion-mnist/master/data/fashion/",
    ),
    class_names=("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                 "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"),
    class_names_ja=("Tシャツ/トップス", "ズボン", "プルオーバー", "ドレス", "コート",
                    "サンダル", "シャツ", "スニーカー", "バッグ", "アンクルブーツ"),
    system_dirs=(Path("/usr/share/datasets/fashion-mnist"),),
)

IDX_SOURCES: dict[str, IdxSource] = {"mnist": MNIST, "fashion-mnist": FASHION_MNIST}


def cache_root(cache_dir: str | os.PathLike[str] | None = None) -> Path:
    """The folder holding one sub-folder per downloaded data set.

    Order: the cache_dir argument (the app's setting), then $NNLAB_DATA_DIR, then
    ``platformdirs.user_data_dir("nnlab")/datasets``.
    """
    if cache_dir:
        return Path(cache_dir).expanduser()
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV]).expanduser()
    return Path(platformdirs.user_data_dir("nnlab", appauthor=False)) / "datasets"


def get_source(name: str) -> IdxSource:
    """Return the IdxSource called name, or raise DatasetError listing the known ones."""
    try:
        return IDX_SOURCES[name]
    except KeyError:
        known = ", ".join(IDX_SOURCES)
        raise DatasetError(f"unknown data set {name!r} (downloadable: {known})") from None


def dataset_dir(name: str, cache_dir: str | os.PathLike[str] | None = None) -> Path:
    """The cache folder of one data set (it may not exist yet)."""
    return cache_root(cache_dir) / get_source(name).name


def _normalized(file_name: str) -> str:
    # "train-images.idx3-ubyte" (Kaggle) and "train-images-idx3-ubyte.gz" both -> the stem
    lowered = file_name.lower()
    lowered = lowered[:-3] if lowered.endswith(".gz") else lowered
    return lowered.replace(".", "-")


def _idx_files_by_stem(folder: Path) -> dict[str, Path]:
    """The canonical IDX files in folder by stem (the .gz one when both forms are there)."""
    try:
        entries = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    except OSError:
        return {}
    found: dict[str, Path] = {}
    for path in entries:
        stem = _normalized(path.name)
        if stem in IDX_STEMS and (stem not in found or path.name.endswith(".gz")):
            found[stem] = path
    return found


def find_idx_files(folder: Path) -> tuple[Path, Path, Path, Path] | None:
    """Return the four IDX files in folder (gzipped or not, canonical names), or None."""
    found = _idx_files_by_stem(folder)
    if len(found) < len(IDX_STEMS):
        return None
    return tuple(found[stem] for stem in IDX_STEMS)  # type: ignore[return-value]


def find_test_files(folder: Path) -> tuple[Path, Path] | None:
    """Return the t10k images and labels files in folder, or None when either is missing."""
    found = _idx_files_by_stem(folder)
    if not all(stem in found for stem in TEST_STEMS):
        return None
    return found[TEST_STEMS[0]], found[TEST_STEMS[1]]


def locate(name: str, cache_dir: str | os.PathLike[str] | None = None) -> Path | None:
    """The folder holding all four files of a data set: the cache first, then system copies."""
    source = get_source(name)
    for folder in (dataset_dir(name, cache_dir), *source.system_dirs):
        if find_idx_files(folder) is not None:
            return folder
    return None


def locate_test_set_only(name: str, cache_dir: str | os.PathLike[str] | None = None) -> Path | None:
    """The cache folder of a data set imported as its test pair alone (no full set anywhere)."""
    if locate(name, cache_dir) is not None:
        return None
    folder = dataset_dir(name, cache_dir)
    return folder if find_test_files(folder) is not None else None


def download(
    name: str,
    *,
    cache_dir: str | os.PathLike[str] | None = None,
    progress: Progress | None = None,
    cancel: Cancel = None,
    mirrors: Sequence[str] | None = None,
    files: Sequence[RemoteFile] | None = None,
    timeout: float = 30.0,
    min_rate: float = MIN_RATE,
    grace: float = GRACE,
) -> Path:
    """Download a data set's four files into its cache folder and return that folder.

    ``mirrors`` and ``files`` (names, sizes, checksums) default to the canonical ones; tests
    pass their own to talk to a local server. ``min_rate``/``grace`` set each file's deadline.
    """
    source = get_source(name)
    folder = dataset_dir(name, cache_dir)
    files = tuple(files if files is not None else source.files)
    fetch_files(files, mirrors if mirrors is not None else source.mirrors,
                folder, progress=progress, cancel=cancel, timeout=timeout,
                min_rate=min_rate, grace=grace)
    cache_check.record(folder, [folder / f.filename for f in files],
                       {f.filename: f.digest for f in files if f.algorithm == "sha256"})
    cache_check.clear_leftovers(folder)
    return folder


def _canonical_digests(source: IdxSource) -> dict[str, str]:
    return {f.filename: f.digest for f in source.files if f.algorithm == "sha256"}


def cache_status(name: str, cache_dir: str | os.PathLike[str] | None = None) -> str:
    """'cached', 'damaged', 'installed (read-only)' or 'not downloaded' (hashes the cached files)."""
    source = get_source(name)
    folder = dataset_dir(name, cache_dir)
    paths = find_idx_files(folder)
    if paths is not None:
        damaged = cache_check.damaged_files(paths, _canonical_digests(source), record_new=False)
        return "damaged" if damaged else "cached"
    if cache_check.leftovers(folder):
        return "damaged"
    return "not downloaded" if locate(name, cache_dir) is None else "installed (read-only)"


def verify_cache(name: str, folder: Path) -> None:
    """Check the cached files' SHA-256; move damaged ones aside and raise DatasetDamaged naming them."""
    source = get_source(name)
    paths = find_idx_files(folder)
    damaged = cache_check.damaged_files(paths or (), _canonical_digests(source))
    if not damaged:
        return
    moved = cache_check.move_aside(damaged)
    raise DatasetDamaged(
        f"{folder}: the cached {source.title} is damaged: {', '.join(p.name for p in damaged)} "
        f"does not match the checksum recorded when it was downloaded or imported "
        f"(moved aside as {', '.join(p.name for p in moved) or 'nothing: the folder is read-only'}). "
        f"Download it again (`python -m nnlab data download {name}`, or Download in the app) or "
        "import it."
    )
def read_test_set_folder(folder: Path) -> tuple:
    """Read the t10k pair of a folder and split it (stratified, fixed seed) into four arrays."""
    paths = find_test_files(folder)
    if paths is None:
        raise DatasetError(f"{folder}: expected at least the two files "
                           f"{' and '.join(s + '[.gz]' for s in TEST_STEMS)}")
    n_test, seed = TEST_SET_SPLIT
    x, t = read_idx_pair(*paths)
    if len(x) <= n_test:
        raise DatasetError(f"{paths[0]}: {len(x):,} images are too few to split off "
                           f"{n_test:,} for testing")
    return split_test_set(x, t, n_test=n_test, seed=seed)


def read_idx_folder(folder: Path) -> tuple:
    """Read (x_train, t_train, x_test, t_test) from a folder of the four IDX files.

    A folder with only the t10k pair is read too, split by TEST_SET_SPLIT.
    """
    paths = find_idx_files(folder)
    if paths is None:
        if find_test_files(folder) is not None:
            return read_test_set_folder(folder)
        raise DatasetError(
            f"{folder}: expected the four files {', '.join(s + '[.gz]' for s in IDX_STEMS)} "
            f"(or at least the two {' and '.join(s + '[.gz]' for s in TEST_STEMS)})"
        )
    budget = Budget(MAX_DATASET_BYTES, str(folder), DatasetError)  # all four files together
    x_train, t_train = read_idx_pair(paths[0], paths[1], budget)
    x_test, t_test = read_idx_pair(paths[2], paths[3], budget)
    if x_train.shape[1:] != x_test.shape[1:]:
        raise DatasetError(
            f"{folder}: training images are {x_train.shape[1]}×{x_train.shape[2]} pixels "
            f"but test images are {x_test.shape[1]}×{x_test.shape[2]}"
        )
    return x_train, t_train, x_test, t_test


def load_idx_dataset(
    name: str,
    *,
    cache_dir: str | os.PathLike[str] | None = None,
    download_missing: bool = False,
    progress: Progress | None = None,
    cancel: Cancel = None,
    normalize: bool = True,
    flatten: bool = True,
    one_hot: bool = False,
) -> Dataset:
    """Load MNIST or Fashion-MNIST from the cache or a system copy, downloading if allowed."""
    source = get_source(name)
    folder = locate(name, cache_dir)
    if folder is None and download_missing:
        folder = download(name, cache_dir=cache_dir, progress=progress, cancel=cancel)
    test_only = folder is None and locate_test_set_only(name, cache_dir) is not None
    if test_only:
        folder = dataset_dir(name, cache_dir)
    if folder is None:
        raise DatasetNotAvailable(
            f"{source.title} is not on this computer yet (looked in {dataset_dir(name, cache_dir)}). "
            "Download it, import the files you already have, or use the offline MNIST bundled with nnlab."
        )
    if folder == dataset_dir(name, cache_dir):
        verify_cache(name, folder)
    arrays = read_idx_folder(folder)
    if arrays[0].shape[1:] != (28, 28):
        raise DatasetError(f"{folder}: {source.title} images must be 28×28 pixels, "
                           f"found {arrays[0].shape[1]}×{arrays[0].shape[2]}")
    return image_dataset(
        name, arrays, max_value=255,
        class_names=list(source.class_names), class_names_ja=list(source.class_names_ja),
        source=f"{source.title} ({source.credit}), read from {folder}"
        + (TEST_ONLY_NOTE.format(n_test=TEST_SET_SPLIT[0], seed=TEST_SET_SPLIT[1]) if test_only else ""),
        location=folder,
        normalize=normalize, flatten=flatten, one_hot=one_hot,
    )
