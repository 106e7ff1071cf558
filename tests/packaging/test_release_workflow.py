"""The release workflow runs only commands that also work (and are tested) on this Linux machine."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
# The local form of every `run:` step; tests/packaging/test_bundle.py runs the last two (-m packaging).
LOCAL_COMMANDS = {
    "bash .ci/install-system-deps",
    'python -m pip install -e ".[package]"',
    "python packaging/build.py --archive",
    "python packaging/check_bundle.py dist",
}


def run_steps() -> list[str]:
    return [m.group(1).strip() for m in re.finditer(r"^\s+run:\s*(.+)$", WORKFLOW.read_text(), re.MULTILINE)]


def test_every_run_step_is_a_local_command_listed_in_the_header():
    steps = run_steps()
    assert set(steps) == LOCAL_COMMANDS
    header = WORKFLOW.read_text().split("name: release")[0]
    for command in LOCAL_COMMANDS:
        assert command in header  # the comment tells a reader how to run it by hand
    assert "cannot run GitHub Actions" in header


def test_the_workflow_builds_three_systems_on_a_tag_and_uploads_the_archives():
    text = WORKFLOW.read_text()
    assert re.search(r"tags: \[\"v\*\"\]", text)
    assert re.search(r"os: \[ubuntu-[\d.]+, windows-\d+, macos-\d+\]", text)
    assert "dist/nnlab-*.tar.gz" in text and "dist/nnlab-*.zip" in text
    assert "softprops/action-gh-release" in text


def test_the_packaging_commands_accept_the_workflow_arguments():
    build = subprocess.run([sys.executable, "packaging/build.py", "--help"], cwd=ROOT,
                           capture_output=True, text=True, check=True).stdout
    assert "--archive" in build
    check = subprocess.run([sys.executable, "packaging/check_bundle.py", "--help"], cwd=ROOT,
                           capture_output=True, text=True, check=True).stdout
    assert "archive" in check
    assert (ROOT / ".ci" / "install-system-deps").is_file()
