"""Two processes on one file: no corruption, no lost write, a bounded wait that names the
holder, and a lock file that tells a second window who has the registry open."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time

import pytest

from desktop.db import engine as db_engine
from desktop.db.errors import DatabaseBusyError
from desktop.db.lock import DatabaseLock, read_holder
from desktop.services import Query, open_services
from tests.conftest import add_region

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def run(code: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.sqlite_only("the lock file beside an SQLite registry")
def test_the_lock_file_names_the_holder_and_stale_locks_are_taken_over(db_path):
    first = DatabaseLock(db_path)
    assert first.acquire() is None
    other = DatabaseLock(db_path).acquire()
    assert other is not None and other.pid == os.getpid() and other.user and other.host
    first.release()
    holder = run(
        """
        import sys, time
        from pathlib import Path
        from desktop.db.lock import DatabaseLock
        DatabaseLock(Path(sys.argv[1])).acquire()
        print("locked", flush=True)
    """,
        str(db_path),
    )
    assert holder.stdout.readline().strip() == "locked"
    holder.wait()  # it exits without releasing: a crash
    assert read_holder(db_path).pid == holder.pid
    assert DatabaseLock(db_path).acquire() is None  # the dead process's lock is taken over


@pytest.mark.sqlite_only("SQLite's busy timeout (a server's lock_timeout: tests/pg)")
def test_a_writer_waits_a_bounded_time_then_names_the_holder(db_path, monkeypatch):
    services = open_services(db_path)
    add_region(services)
    services.close()
    holder = run(
        """
        import sys, time
        from pathlib import Path
        from desktop.db.lock import DatabaseLock
        from desktop.services import open_services
        path = Path(sys.argv[1])
        DatabaseLock(path).acquire()
        services = open_services(path)
        with services.db.write() as session:
            session.connection().exec_driver_sql("UPDATE foreign_region SET notes = 'busy'")
            print("writing", flush=True)
            time.sleep(4)
        print("done", flush=True)
    """,
        str(db_path),
    )
    assert holder.stdout.readline().strip() == "writing"
    monkeypatch.setattr(db_engine, "BUSY_TIMEOUT_MS", 500)
    services = open_services(db_path)
    started = time.monotonic()
    with pytest.raises(DatabaseBusyError) as caught:
        add_region(services, "ил Бурса", "TR", "Bursa")
    assert time.monotonic() - started < 3
    assert f"process {holder.pid}" in caught.value.text()
    assert holder.stdout.readline().strip() == "done"
    holder.wait()
    add_region(services, "ил Бурса", "TR", "Bursa")  # free again: it goes through
    assert services["regions"].count() == 2
    services.close()


def test_two_writers_lose_nothing(db_target):
    open_services(db_target).close()
    code = """
        import sys
        from desktop.services import open_services
        services = open_services(sys.argv[1])
        for n in range(40):
            services["regions"].create({"country_code": "CN", "kind": "city",
                                        "name_ru": f"{sys.argv[2]} {n}"})
        print("ok", flush=True)
    """
    writers = [run(code, str(db_target), name) for name in ("первый", "второй")]
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
    services = open_services(db_target)
    assert services["regions"].count() == 80
    assert len(services["regions"].search(Query(text="первый"))) == 40
    assert services.db.check() == []
    services.close()
