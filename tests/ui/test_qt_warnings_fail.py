"""The suite's own strictness: a Qt warning fails the test that caused it."""

import pytest


def test_a_qt_warning_fails_a_test(pytester: pytest.Pytester) -> None:
    pytester.makeini("""
[pytest]
qt_api = pyside6
qt_log_level_fail = WARNING
""")
    pytester.makepyfile("""
from PySide6.QtCore import qWarning

def test_warns(qtbot):
    qWarning("something is off")
""")
    result = pytester.runpytest_subprocess()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*something is off*"])
