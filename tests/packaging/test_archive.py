"""The download archives: links stay links (tar and zip), executables stay executable, names per OS."""

from __future__ import annotations

import os
import sys
import tarfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
from archive import archive_name, make_archive, unpack, unpacked_size

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges")


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    """A small stand-in for dist/nnlab: an executable, a library and two links to it."""
    folder = tmp_path / "nnlab"
    (folder / "_internal").mkdir(parents=True)
    (folder / "nnlab").write_text("#!/bin/sh\necho ok\n")
    (folder / "nnlab").chmod(0o755)
    (folder / "_internal" / "libQt6Core.so.6.8.0").write_bytes(os.urandom(200_000))
    os.symlink("libQt6Core.so.6.8.0", folder / "_internal" / "libQt6Core.so.6")
    os.symlink("libQt6Core.so.6", folder / "_internal" / "libQt6Core.so")
    return folder


def test_names_say_version_system_and_machine():
    assert archive_name("linux", "x86_64") == "nnlab-0.1.0-linux-x86_64.tar.gz"
    assert archive_name("win32", "AMD64") == "nnlab-0.1.0-windows-amd64.zip"
    assert archive_name("darwin", "arm64") == "nnlab-0.1.0-macos-arm64.zip"


@pytest.mark.parametrize("platform_name", ["linux", "darwin"])
def test_links_are_stored_once_and_come_back_as_links(bundle, tmp_path, platform_name):
    archive = make_archive(bundle, platform_name=platform_name)
    assert archive.parent == bundle.parent and archive.is_file()
    assert archive.stat().st_size < 1.5 * 200_000  # the library once, not three times
    top = unpack(archive, tmp_path / "unpacked")
    lib = top / "_internal"
    assert os.readlink(lib / "libQt6Core.so") == "libQt6Core.so.6"
    assert (lib / "libQt6Core.so").read_bytes() == (bundle / "_internal" / "libQt6Core.so.6.8.0").read_bytes()
    assert os.access(top / "nnlab", os.X_OK)
    assert unpacked_size(top) == unpacked_size(bundle) == 200_000 + len("#!/bin/sh\necho ok\n")


def test_the_linux_archive_is_a_tar_gz_with_link_members(bundle):
    archive = make_archive(bundle, platform_name="linux")
    with tarfile.open(archive) as tar:
        member = tar.getmember("nnlab/_internal/libQt6Core.so.6")
    assert member.issym() and member.linkname == "libQt6Core.so.6.8.0"
    assert not list(bundle.parent.glob("*.part"))


def test_the_bundle_check_finds_the_verdict_in_the_log_when_there_is_no_stdout(tmp_path):
    from check_bundle import result_line

    logs = tmp_path / "localappdata" / "nnlab" / "Logs"
    logs.mkdir(parents=True)
    (logs / "nnlab.log").write_text("10:00 INFO ui.self_test [MainThread]: self-test ok: 10 lessons\n")
    assert result_line("", tmp_path).endswith("self-test ok: 10 lessons")
    assert result_line("self-test FAILED: x\n", tmp_path) == "self-test FAILED: x"
    assert "no verdict" in result_line("", tmp_path / "elsewhere")
