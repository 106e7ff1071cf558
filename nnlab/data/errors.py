"""The one error family of ``nnlab.data``: every bad input ends in a DatasetError with a clear message."""

from __future__ import annotations


class DatasetError(Exception):
    """A data set cannot be read, found, downloaded or imported; the message says which file and why."""


class DatasetNotAvailable(DatasetError):
    """The data set is not on this computer yet (offer Download, Import or the offline digits)."""


class DownloadCancelled(DatasetError):
    """The user cancelled a download; nothing partial was left behind."""
