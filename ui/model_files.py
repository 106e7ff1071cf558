"""Save and load trained networks from the playground (file dialogs around nnlab.serialize)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from nnlab.limits import bounded, size_text
from nnlab.network import MultiLayerNet
from nnlab.serialize import ModelFileError, ModelInfo, ModelTooLarge, load_network, save_network

log = logging.getLogger(__name__)


def _file_filter() -> str:
    return QCoreApplication.translate("ModelFiles", "nnlab model (*.npz);;All files (*)")


def save_model_as(parent: QWidget, net: MultiLayerNet, suggested: str = "model.npz") -> Path | None:
    """Ask for a file name and save ``net`` there; return the path, or None when cancelled or failed."""
    title = QCoreApplication.translate("ModelFiles", "Save model")
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, _file_filter())
    if not name:
        return None
    return save_model_to(parent, net, name)


def save_model_to(parent: QWidget, net: MultiLayerNet, name: str | Path) -> Path | None:
    """Save ``net`` to ``name`` (suffix .npz added); show a clear message and return None on failure."""
    path = Path(name)
    if path.suffix.lower() != ".npz":
        path = path.with_suffix(".npz")
    try:
        save_network(net, path)
    except (OSError, ModelFileError) as exc:
        log.exception("saving the model to %s failed", path)
        text = QCoreApplication.translate("ModelFiles", "The model could not be saved to\n%1\n\n%2")
        QMessageBox.warning(parent, QCoreApplication.translate("ModelFiles", "Save model"),
                            text.replace("%1", str(path)).replace("%2", str(exc)))
        return None
    log.info("model saved to %s", path)
    return path


def load_model_from(parent: QWidget, path: str | Path) -> MultiLayerNet | None:
    """Load a network from ``path``; show a clear message and return None when the file is not usable.

    A network large enough to take a while (and hundreds of MB) is loaded only after the
    learner agreed, with its size stated.
    """
    try:
        try:
            net = load_network(path)
        except ModelTooLarge as large:
            if not confirm_large_model(parent, path, large.info):
                log.info("loading the large model %s was declined", path)
                return None
            net = load_network(path, allow_large=True)
    except (OSError, ValueError, KeyError, MemoryError) as exc:  # ModelFileError is a ValueError
        log.warning("loading a model from %s failed: %s", path, exc)
        text = QCoreApplication.translate("ModelFiles", "%1 is not a usable nnlab model file.\n\n%2")
        QMessageBox.warning(parent, QCoreApplication.translate("ModelFiles", "Load model"),
                            text.replace("%1", str(path)).replace("%2", bounded(str(exc))))
        return None
    log.info("model loaded from %s: %s", path, net.spec.label())
    return net


def confirm_large_model(parent: QWidget, path: str | Path, info: ModelInfo) -> bool:
    """Ask before building a huge network; True when the learner chose to load it."""
    text = QCoreApplication.translate(
        "ModelFiles", "The model in %1 is a large network (%2) with %3 parameters, about %4 of "
        "memory. Loading it may take a while and slow this computer down.\n\nLoad it anyway?")
    text = text.replace("%1", Path(path).name).replace("%2", info.spec.label()) \
        .replace("%3", f"{info.n_params:,}").replace("%4", size_text(3 * info.n_bytes))
    answer = QMessageBox.question(parent, QCoreApplication.translate("ModelFiles", "Load model"), text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def open_model(parent: QWidget) -> MultiLayerNet | None:
    """Ask for a model file and load it; None when cancelled or unusable."""
    title = QCoreApplication.translate("ModelFiles", "Load model")
    name, _ = QFileDialog.getOpenFileName(parent, title, "", _file_filter())
    return load_model_from(parent, name) if name else None
