"""Data sets for nnlab: MNIST and Fashion-MNIST (cache, download, import), offline digits, toys.

Every problem with a file or a download raises ``DatasetError`` (or a subclass) whose message
names the file and says what is wrong; nothing here touches the network unless asked to.
"""

from __future__ import annotations

from nnlab.data.catalog import DATASET_NAMES, is_available, load, load_default_digits
from nnlab.data.dataset import Dataset, to_one_hot
from nnlab.data.download import RemoteFile
from nnlab.data.errors import DatasetError, DatasetNotAvailable, DownloadCancelled
from nnlab.data.idx import parse_idx, read_idx, read_idx_pair, write_idx
from nnlab.data.importers import import_path, imported_test_set_only
from nnlab.data.offline import OFFLINE_MNIST, load_digits, load_offline_mnist, read_mnist_test_set
from nnlab.data.sources import cache_root, dataset_dir, download, locate
from nnlab.data.toy import TOY_BOUNDS, TOY_NAMES, make_toy

__all__ = [
    "DATASET_NAMES", "TOY_NAMES", "TOY_BOUNDS", "Dataset", "DatasetError", "DatasetNotAvailable",
    "DownloadCancelled", "RemoteFile", "cache_root", "dataset_dir", "download", "import_path",
    "OFFLINE_MNIST", "imported_test_set_only", "is_available", "load", "load_default_digits",
    "load_digits", "load_offline_mnist", "locate", "make_toy", "read_mnist_test_set",
    "parse_idx", "read_idx", "read_idx_pair", "to_one_hot", "write_idx",
]
