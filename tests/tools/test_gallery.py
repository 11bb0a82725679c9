"""The screenshot gallery (python -m tools.gallery) runs on a tiny demo and writes pictures."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def test_the_gallery_writes_every_picture_in_both_languages(tmp_path: Path) -> None:
    out = tmp_path / "gallery"
    done = subprocess.run(
        [sys.executable, "-m", "tools.gallery", str(out), "--scale", "3"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr
    names = {p.name for p in out.glob("*.png")}
    for language in ("ru", "en"):
        for name in (
            "page-home",
            "page-home-empty",
            "page-agreements",
            "page-agreements-trash",
            "form-agreements-history",
            "form-agreements-new-details",
            "form-delegations-members",
            "dialog-report",
            "dialog-import",
            "dialog-backups",
            "dialog-settings",
            "dialog-shortcuts",
            "dialog-about",
            "dialog-conflict",
            "dialog-unsaved-changes",
        ):
            assert f"{language}-{name}.png" in names
    assert len(names) >= 2 * 60
    for path in out.glob("*.png"):
        image = QImage(str(path))
        assert image.width() >= 200 and image.height() >= 80, path.name
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 7)
            for y in range(0, image.height(), 7)
        }
        assert len(colours) > 3, f"{path.name} is blank"
    main = QImage(str(out / "ru-page-agreements.png"))
    assert (main.width(), main.height()) == (1366, 768)
