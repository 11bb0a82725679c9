"""Load on a server (issue 14, item 7; not timed): 20 officers' processes create and edit
records on one registry for 60 s (``REGISTRY_LOAD_SECONDS``). Every acknowledged write is
there, no update is lost (each record holds the value of its last acknowledged save, and no
two saves were acknowledged over one version), every refusal was a conflict, and nothing
failed as busy or locked. The figures are printed for the notes."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.services import open_services
from tests.conftest import add_region

pytestmark = pytest.mark.usefixtures("pg_server")

CLIENTS = 20
SECONDS = float(os.environ.get("REGISTRY_LOAD_SECONDS", "60"))
ROOT = Path(__file__).resolve().parents[2]


def test_twenty_officers_for_a_minute_lose_nothing(services, db_target, tmp_path):
    shared = [add_region(services, name=f"Общий регион {i}") for i in range(10)]
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.pg.load_client", str(db_target), str(n), str(SECONDS)]
            + [",".join(map(str, shared)), str(tmp_path / f"client{n}.json")],
            cwd=ROOT,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(CLIENTS)
    ]
    for run in runs:
        _, errors = run.communicate(timeout=SECONDS + 300)
        assert run.returncode == 0, errors
    results = [json.loads((tmp_path / f"client{n}.json").read_text()) for n in range(CLIENTS)]

    assert [failure for r in results for failure in r["failures"]] == []
    created = [c for r in results for c in r["created"]]
    updated = [u for r in results for u in r["updated"]]
    conflicts = sum(r["conflicts"] for r in results)
    last: dict[int, dict] = {}
    versions: set[tuple[int, int]] = set()
    for update in updated:
        key = (update["id"], update["version"])
        assert key not in versions, f"two saves acknowledged over one version: {key}"
        versions.add(key)
        if update["version"] > last.get(update["id"], {"version": 0})["version"]:
            last[update["id"]] = update
    with open_services(db_target) as check:
        regions = check["regions"]
        for made in created:
            assert regions.get(made["id"])["name_ru"] == made["name"]
        for record_id, update in last.items():
            stored = regions.get(record_id)
            assert (stored["version"], stored["notes"]) == (update["version"], update["value"])
    assert created and updated and conflicts  # the load did reach the shared records

    latencies = sorted(x for r in results for x in r["latencies"])
    p95 = latencies[int(len(latencies) * 0.95)]
    print(
        f"\n{CLIENTS} clients, {SECONDS:.0f} s: {len(created)} creates, {len(updated)} updates, "
        f"{conflicts} conflicts; {len(latencies) / SECONDS:.0f} writes/s, save p95 "
        f"{p95 * 1000:.0f} ms, median {statistics.median(latencies) * 1000:.0f} ms"
    )
