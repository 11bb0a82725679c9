"""A process that writes to a registry until it is killed, printing what it was told was
saved. Run by test_kill.py: ``python -m tests.crash.writer DB forms TAG`` saves records one by
one; ``python -m tests.crash.writer DB import TAG FILE`` imports a file of 100 records."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.excel.importer import read_import
from desktop.services import open_services
from desktop.services.importing import apply_import


def main() -> None:
    db, mode, tag = sys.argv[1], sys.argv[2], sys.argv[3]
    services = open_services(db)
    print("READY", flush=True)
    if mode == "forms":
        for n in range(100_000):
            services["regions"].create(
                {"country_code": "CN", "kind": "city", "name_ru": f"{tag} {n}"}
            )
            print(f"ACK {n}", flush=True)  # the user is told only after the commit
    else:
        plan = read_import(services, "regions", Path(sys.argv[4]))
        assert plan.ok, plan.problems
        apply_import(services, plan)
        print("IMPORTED", flush=True)


if __name__ == "__main__":
    main()
