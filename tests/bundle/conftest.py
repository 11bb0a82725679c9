"""The bundle as an office receives it: built once per test run by bundle/build.sh (or taken
from $IR_REGISTRY_BUNDLE, the OUT_DIR of a build made earlier), its .deb unpacked into a
temporary root, and the installed program run as a user runs it: in a fresh environment with
its own HOME, its windows on an Xvfb screen."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks.screen import TITLE, Screen, xvfb

ROOT = Path(__file__).resolve().parents[2]
__all__ = ["ROOT", "TITLE", "Screen", "run", "start_window", "user_environment"]


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


@pytest.fixture
def display() -> Iterator[str]:
    """A screen of the test's own: nothing one test's windows did can reach the next."""
    with xvfb() as number:
        yield number


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
