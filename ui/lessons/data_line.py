"""The data line of a lesson: which data set, which split, and the network shape built from it.

Every lesson that trains says in one line what it trains on, computed from the loaded Dataset
(never written into a sentence): the full MNIST, the offline MNIST bundled with nnlab (the 10,000
test digits split 8,000 / 2,000), or the 8×8 digits when the MNIST files could not be read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui.engine_names import dataset_text
from ui.sentences import join_sentences

if TYPE_CHECKING:
    from nnlab.data import Dataset


def data_line(data: Dataset, network: str = "", train_size: int | None = None) -> str:
    """'Data: …' for a lesson: which set, which split, and the network shape built from it.

    ``network`` is the shape text computed from the data (e.g. '784-50-10'); ``train_size`` says
    that the lesson trains on the first N training images only.
    """
    tr = QCoreApplication
    if data.name == "mnist-offline":
        text = tr.translate("DataLine", "Data: MNIST (offline: the 10,000 test digits), split %1 to "
                            "train / %2 to test, 28×28 pixels.")
    elif data.name == "mnist" and len(data.x_train) + len(data.x_test) == 10_000:
        text = tr.translate("DataLine", "Data: MNIST (the imported 10,000 test digits), split %1 to "
                            "train / %2 to test, 28×28 pixels.")
    elif data.name == "mnist":
        text = tr.translate("DataLine", "Data: MNIST, %1 training / %2 test images of 28×28 pixels, "
                            "as in the book.")
    elif data.name == "digits":
        text = tr.translate("DataLine", "Data: the 8×8 digits, %1 to train / %2 to test: the MNIST "
                            "files could not be read (the log says why), so the network has 64 "
                            "inputs instead of 784.")
    else:
        text = tr.translate("DataLine", "Data: %3, %1 to train / %2 to test.").replace(
            "%3", dataset_text(data.name))
    text = text.replace("%1", f"{len(data.x_train):,}").replace("%2", f"{len(data.x_test):,}")
    if train_size is not None and train_size < len(data.x_train):
        text = join_sentences(text, tr.translate("DataLine", "This lesson trains on the first %1 training "
                                                 "images only.").replace("%1", f"{train_size:,}"))
    if network:
        text = join_sentences(text, tr.translate("DataLine", "Network: %1.").replace("%1", network))
    return text
