"""Guards against a PySide6 release that over-releases None (6.12.0 did): each call below
returns an empty QVariant; thousands of them must not abort the interpreter."""

import subprocess
import sys
import textwrap


def test_empty_variants_do_not_exhaust_none():
    script = textwrap.dedent("""
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication, QComboBox, QTableWidget
        app = QApplication([])
        combo = QComboBox()
        combo.addItem("", None)
        table = QTableWidget(2, 2)
        model = table.model()
        for _ in range(30000):
            combo.currentData()
            model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.DecorationRole)
            model.data(model.index(0, 0), Qt.ItemDataRole.UserRole)
        print("finished")
    """)
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert "finished" in result.stdout
