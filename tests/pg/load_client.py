"""One officer of the load test (tests/pg/test_load.py), as a process of its own: for the
given seconds it creates regions and edits shared and own ones as a window would (read,
then save over the version read), and writes what the server acknowledged to a JSON file.

    python -m tests.pg.load_client URL CLIENT SECONDS SHARED_IDS OUT.json
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

from desktop.services import open_services
from desktop.services.errors import ConflictError


def run(url: str, client: int, seconds: float, shared: list[int], out: Path) -> None:
    chance = random.Random(client)
    created: list[dict] = []  # acknowledged creates: id, name
    updated: list[dict] = []  # acknowledged updates: id, the version written, the value
    conflicts = 0
    failures: list[str] = []
    latencies: list[float] = []
    with open_services(url, user=f"officer{client}") as services:
        regions = services["regions"]
        own: list[int] = []
        deadline = time.monotonic() + seconds
        step = 0
        while time.monotonic() < deadline:
            step += 1
            try:
                if chance.random() < 0.3 or not own:
                    name = f"Регион {client}-{step}"
                    started = time.perf_counter()
                    record_id = regions.create(
                        {"country_code": "CN", "name_ru": name, "kind": "province"}
                    ).ids[0]
                    latencies.append(time.perf_counter() - started)
                    created.append({"id": record_id, "name": name})
                    own.append(record_id)
                    continue
                record_id = chance.choice(shared if chance.random() < 0.7 else own)
                current = regions.get(record_id)
                value = f"officer{client} step {step}"
                started = time.perf_counter()
                saved = regions.save_over(record_id, current["version"], {"notes": value})
                latencies.append(time.perf_counter() - started)
                updated.append({"id": record_id, "version": saved.version, "value": value})
            except ConflictError:
                conflicts += 1  # another officer saved it between the read and this save
            except Exception as exc:  # noqa: BLE001 - every other failure is the test's finding
                failures.append(f"{type(exc).__name__}: {exc}")
    out.write_text(
        json.dumps(
            {
                "created": created,
                "updated": updated,
                "conflicts": conflicts,
                "failures": failures,
                "latencies": latencies,
            }
        )
    )


if __name__ == "__main__":
    url, client, seconds, shared, out = sys.argv[1:6]
    run(url, int(client), float(seconds), [int(i) for i in shared.split(",")], Path(out))
