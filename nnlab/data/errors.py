"""The one error family of ``nnlab.data``: every bad input ends in a DatasetError with a clear message."""

from __future__ import annotations

from nnlab.limits import BoundedError


class DatasetError(BoundedError):
    """A data set cannot be read, found, downloaded or imported; the message says which file and why.

    The message is one line of bounded length, however long the quoted file contents are.
    """


class DatasetNotAvailable(DatasetError):
    """The data set is not on this computer yet (offer Download, Import or the offline digits)."""


class DownloadCancelled(DatasetError):
    """The user cancelled a download; nothing partial was left behind."""


class DatasetDamaged(DatasetNotAvailable):
    """Cached files failed their checksum; they were moved aside, so Download/Import is offered again."""


class ImportCancelled(DatasetError):
    """The user cancelled an import; the cache was left as it was."""
