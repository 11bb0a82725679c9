"""A throwaway PostgreSQL cluster for the test suite: ``initdb`` into a temporary folder, a
server listening only on a Unix socket in that folder, removed when the session ends.

PostgreSQL refuses to run as root (CI runs as root): there the cluster belongs to the
``postgres`` user that Debian's package creates, and its commands run through ``runuser``.
Durability is switched off (fsync, full-page writes): a test database lives for one test.

``python -m tests.pg.cluster`` starts one and prints its URL, for trying things by hand.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

SUPERUSER = "postgres"
PORT = 5432  # only names the socket file: the socket lives in a folder of our own


def bin_dir() -> Path:
    """Where initdb and pg_ctl are: $PG_BIN, else the newest of Debian's installed servers."""
    if os.environ.get("PG_BIN"):
        return Path(os.environ["PG_BIN"])
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3])
    )
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    raise RuntimeError(
        "PostgreSQL is not installed: apt-get install postgresql (or set PG_BIN to the folder "
        "of initdb and pg_ctl)"
    )


def _as_owner(command: list[str]) -> list[str]:
    return ["runuser", "-u", SUPERUSER, "--", *command] if os.geteuid() == 0 else command


def _run(command: list[str]) -> None:
    done = subprocess.run(_as_owner(command), capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"{' '.join(command)} failed: {done.stdout}{done.stderr}")


def url(folder: Path, database: str = "postgres", user: str = SUPERUSER, password: str = "") -> str:
    secret = f":{password}" if password else ""
    return f"postgresql+psycopg://{user}{secret}@/{database}?host={folder}&port={PORT}"


SETTINGS = {
    "listen_addresses": "''",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "200",
    "shared_buffers": "64MB",
    # the suite creates a database per test; a checkpoint per CREATE DATABASE is cheap then
    "checkpoint_timeout": "30min",
    "max_wal_size": "2GB",
    "log_min_messages": "fatal",
}

# The superuser connects without a password (the suite's own connections); every other role
# must give its password, so that a wrong one can be tested.
HBA = "local all postgres trust\nlocal all all scram-sha-256\n"


@contextlib.contextmanager
def running_cluster() -> Iterator[Path]:
    """A started cluster; yields its folder (the socket's too), stops and removes it after."""
    binaries = bin_dir()
    # as root, in /tmp: the postgres user must reach the folder, which a private $TMPDIR bars
    within = "/tmp" if os.geteuid() == 0 and os.path.isdir("/tmp") else None
    folder = Path(tempfile.mkdtemp(prefix="registry-pg-", dir=within))
    data = folder / "data"
    try:
        if os.geteuid() == 0:
            shutil.chown(folder, SUPERUSER, SUPERUSER)
        _run(
            [
                str(binaries / "initdb"),
                "-D",
                str(data),
                "-U",
                SUPERUSER,
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ]
        )
        options = " ".join(f"-c {name}={value}" for name, value in SETTINGS.items())
        options += f" -c unix_socket_directories='{folder}' -p {PORT}"
        hba = data / "pg_hba.conf"
        hba.write_text(HBA)  # root may write into the owner's folder
        _run(
            [
                str(binaries / "pg_ctl"),
                "-D",
                str(data),
                "-o",
                options,
                "-l",
                str(folder / "server.log"),
                "-w",
                "-t",
                "60",
                "start",
            ]
        )
        try:
            yield folder
        finally:
            _run([str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"])
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _stop(_signal: int, _frame: object) -> None:
    raise KeyboardInterrupt


if __name__ == "__main__":
    # a background job ignores Ctrl+C's SIGINT: SIGTERM stops and removes the cluster too
    signal.signal(signal.SIGTERM, _stop)
    with running_cluster() as where:
        print(url(where), flush=True)
        print("Ctrl+C (or SIGTERM) stops it and removes it", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            while True:
                time.sleep(3600)
