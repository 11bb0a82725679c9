"""The bundle as an office receives it: built once per test run by bundle/build.sh (or taken
from $IR_REGISTRY_BUNDLE, the OUT_DIR of a build made earlier), its .deb unpacked into a
temporary root, and the installed program run as a user runs it: in a fresh environment with
its own HOME, its windows on an Xvfb screen."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TITLE = "Реестр международных связей"


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("IR_REGISTRY_BUNDLE")
    if given:
        return Path(given)
    out = tmp_path_factory.mktemp("bundle")
    started = time.perf_counter()
    result = subprocess.run(
        ["bash", str(ROOT / "bundle" / "build.sh"), str(out)],
        env={**os.environ, "PYTHON": sys.executable},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    print(f"bundle built in {time.perf_counter() - started:.0f} s")
    return out


@pytest.fixture(scope="session")
def deb(built: Path) -> Path:
    (found,) = built.glob("ir-registry_*_amd64.deb")
    return found


@pytest.fixture(scope="session")
def installed(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A root the .deb was unpacked into, as dpkg would install it."""
    root = tmp_path_factory.mktemp("root")
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    return root


@pytest.fixture(scope="session")
def program(installed: Path) -> Path:
    return installed / "opt" / "ir-registry" / "ir-registry"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def user_environment(home: Path, display: str | None = None, lang: str = "ru_RU.UTF-8") -> dict:
    """What a desktop session gives a program: no test settings (QT_QPA_PLATFORM=offscreen
    is the test suite's), no virtual environment, a home of its own."""
    environment = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": lang}
    if display:
        environment["DISPLAY"] = display
    return environment


def run(program: Path, *args: str, home: Path, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(program), *args],
        env=user_environment(home),
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="session")
def display() -> Iterator[str]:
    """An Xvfb screen for the session (Xvfb picks a free display number)."""
    if shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
        pytest.fail("Xvfb and xdotool are needed: apt-get install xvfb xdotool (see .ci/run)")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as announced:
        number = announced.readline().strip()
    assert number, "Xvfb did not start"
    yield f":{number}"
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
                shown[parts[0]] = self.x("xdotool", "getwindowname", str(int(parts[0], 16)))
        return {window: title.strip() for window, title in shown.items()}

    def wait_for_main_window(self, process: subprocess.Popen, timeout: float = 120) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert process.poll() is None, process.communicate()
            for window, title in self.shown_windows().items():
                if title.startswith(TITLE):
                    return window
            time.sleep(0.5)
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


@pytest.fixture
def screen(display: str) -> Screen:
    return Screen(display)


def start_window(program: Path, *args: str, home: Path, display: str) -> subprocess.Popen:
    return subprocess.Popen(
        [str(program), *args],
        env=user_environment(home, display),
        cwd=home.parent,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
