"""A real X screen (Xvfb) and what a user sees on it: the windows shown, the main window, and
Ctrl+Q to quit. Used by the bundle tests (tests/bundle) and by ``bundle_startup_s``."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

TITLE = "Реестр международных связей"


@contextmanager
def xvfb() -> Iterator[str]:
    """An Xvfb screen (it picks a free display number); yields the DISPLAY value.

    ``-noreset``: the server does not reset when its last client leaves (a window closing
    between two tests); a window connecting during such a reset cannot start. The server's
    own messages are kept and printed if it dies while in use."""
    if shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
        raise RuntimeError("Xvfb and xdotool are needed: apt-get install xvfb xdotool x11-utils")
    with tempfile.TemporaryFile(mode="w+") as log:
        read, write = os.pipe()
        server = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-noreset", "-screen", "0", "1280x1024x24"]
            + ["-nolisten", "tcp"],
            pass_fds=(write,),
            stderr=log,
        )
        os.close(write)
        with os.fdopen(read) as announced:
            number = announced.readline().strip()
        try:
            if not number:
                raise RuntimeError("Xvfb did not start")
            yield f":{number}"
        finally:
            if server.poll() is not None:
                log.seek(0)
                print(f"Xvfb :{number} ended while in use ({server.returncode}):\n{log.read()}")
            server.terminate()
            server.wait(timeout=30)


@dataclass
class Screen:
    display: str

    def x(self, *args: str) -> str:
        return subprocess.run(
            list(args),
            env={"DISPLAY": self.display, "PATH": "/usr/bin:/bin"},
            capture_output=True,
            text=True,
            timeout=30,
        ).stdout

    def shown_windows(self) -> dict[str, str]:
        """Every viewable top-level window: id -> title (a message box is one of them)."""
        shown = {}
        for line in self.x("xwininfo", "-root", "-children").splitlines():
            parts = line.split()
            if not parts or not parts[0].startswith("0x"):
                continue
            if "Map State: IsViewable" in self.x("xwininfo", "-id", parts[0]):
                title = self.x("xdotool", "getwindowname", str(int(parts[0], 16)))
                shown[parts[0]] = title.strip()
        return shown

    def wait_for_main_window(
        self, process: subprocess.Popen, timeout: float = 120, poll: float = 0.5
    ) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise AssertionError(process.communicate())
            for window, title in self.shown_windows().items():
                if title.startswith(TITLE):
                    return window
            time.sleep(poll)
        raise AssertionError(f"no main window; shown: {self.shown_windows()}")

    def quit(self, window: str, process: subprocess.Popen) -> int:
        """Ctrl+Q typed into the window, as a user quits (retried: under load the first key
        can arrive before the window takes the focus)."""
        for _ in range(10):
            self.x("xdotool", "windowfocus", "--sync", str(int(window, 16)))
            time.sleep(0.5)
            self.x("xdotool", "key", "ctrl+q")
            try:
                return process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                continue
        process.kill()
        raise AssertionError("the window did not close on Ctrl+Q")
