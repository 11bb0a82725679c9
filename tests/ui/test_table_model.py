import subprocess
import sys
import textwrap


def test_many_header_calls_do_not_crash_the_interpreter_on_exit(db_path):
    """PySide6 6.12 over-releases None in QAbstractTableModel.headerData's base call; after
    enough calls the interpreter aborts at exit. Our model must never trigger it."""
    script = textwrap.dedent(f"""
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication
        from desktop.services import open_services
        from desktop.ui.table_model import IdListModel
        app = QApplication([])
        services = open_services({str(db_path)!r})
        model = IdListModel(services["regions"], lambda column, descending: None)
        for section in range(3000):
            for role in range(14):
                for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
                    model.headerData(section % 9, orientation, role)
        print("finished")
    """)
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "finished" in result.stdout
    assert "Fatal" not in result.stderr
