"""A report and an export get the user's normal file mode (the umask's), not mkstemp's 0600;
the registry itself stays private."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from desktop.excel.exporter import export_registry
from desktop.excel.report_writer import write_report
from desktop.services.reports import build_report
from tests.excel.conftest import END, START

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.sqlite_only("the registry file stays private")
def test_a_report_and_an_export_are_readable_by_others(known, tmp_path, umask_022):
    report = write_report(build_report(known, START, END, "ru"), tmp_path / "report.xlsx")
    export = export_registry(known, "agreements", tmp_path / "agreements.xlsx")
    assert mode(report) == 0o644
    assert mode(export) == 0o644
    assert known.db.path is not None and mode(known.db.path) & 0o077 == 0  # still private


def test_the_mode_follows_the_umask(known, tmp_path):
    old = os.umask(0o027)
    try:
        export = export_registry(known, "regions", tmp_path / "regions.xlsx")
    finally:
        os.umask(old)
    assert mode(export) == 0o640
