"""The offline exchange on the command line: a copy for a trip, its package of changes, the
merge back into the office and the conflicts a person resolves (services/offline.py,
services/merging.py). Exit status 3: conflicts wait to be resolved."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

CONFLICTS_PENDING = 3


def add_commands(commands: Any) -> None:
    offline = commands.add_parser("offline", help="write a copy of the registry to take on a trip")
    offline.add_argument("--db", required=True, dest="db", help="the office registry file")
    offline.add_argument("--out", required=True, help="the copy to write (.sqlite)")
    offline.add_argument("--name", help="what the change log calls the copy (default: user, away)")
    offline.add_argument(
        "--records-only", action="store_true", help="leave the attached files behind"
    )
    changes = commands.add_parser(
        "changes", help="write what was changed on a trip's copy, for the office to merge"
    )
    changes.add_argument("--db", required=True, dest="db", help="the copy taken on the trip")
    changes.add_argument("--out", required=True, help="the package to write (.irchanges)")
    merge = commands.add_parser(
        "merge", help="merge a trip's package of changes into the office registry"
    )
    merge.add_argument("--db", required=True, dest="db", help="the office registry")
    merge.add_argument("package", nargs="?", help="the .irchanges file")
    merge.add_argument("--dry-run", action="store_true", help="tell what would happen only")
    merge.add_argument("--list", action="store_true", help="list the conflicts to resolve")
    merge.add_argument("--resolve", type=int, metavar="ID", help="resolve this conflict")
    merge.add_argument(
        "--take", choices=("office", "laptop"), help="with --resolve: whose value to keep"
    )


def _offline(args: argparse.Namespace, open_services: Callable[..., Any]) -> int:
    with open_services(args.db, writes=False) as services:
        made = services.exchange.take_copy(Path(args.out), args.name, not args.records_only)
    print(f"wrote {made}: a copy to take away; bring back its changes with «changes»")
    return 0


def _changes(args: argparse.Namespace, open_services: Callable[..., Any]) -> int:
    with open_services(args.db, writes=False) as services:
        package = services.exchange.write_changes(Path(args.out))
    print(f"wrote {args.out}: {len(package.records) + len(package.purged)} changed record(s)")
    return 0


def _shown(value: Any) -> str:
    if isinstance(value, list):
        return f"{len(value)} row(s)"
    return "—" if value in (None, "") else str(value)


def _list(services: Any) -> int:
    found = services.exchange.conflicts()
    for c in found:
        print(
            f"#{c.id} {c.entity} «{c.title}» (#{c.record_id}), {c.field}: "
            f"office {_shown(c.office)} | laptop {_shown(c.laptop)} ({c.laptop_user})"
        )
    if found:
        print(f"{len(found)} conflict(s) to resolve: merge --resolve ID --take office|laptop")
        return CONFLICTS_PENDING
    print("no conflicts to resolve")
    return 0


def _merge(args: argparse.Namespace, open_services: Callable[..., Any]) -> int:
    from .cli import UsageError

    if (args.resolve is None) != (args.take is None):
        raise UsageError("--resolve ID and --take office|laptop go together")
    if args.package is None and args.resolve is None and not args.list:
        raise UsageError("name the package to merge, or --list, or --resolve ID --take SIDE")
    writes = not (args.dry_run or args.list)
    with open_services(args.db, writes=writes, backup_folder=args.backup_folder) as services:
        if args.resolve is not None:
            services.exchange.resolve(args.resolve, args.take)
            print(f"conflict #{args.resolve} resolved: kept the {args.take}'s value")
            return _list(services)
        if args.list:
            return _list(services)
        package = services.exchange.read_package(Path(args.package))
        report = services.exchange.merge(package, dry_run=args.dry_run)
        if report.already_merged:
            print(f"{args.package} was merged before: nothing changed")
            return 0
        for flag in report.flagged:
            print(f"note: {flag.text()}")
        summary = (
            f"{len(report.created)} new, {len(report.updated)} updated, "
            f"{len(report.trashed)} moved to the trash, {report.conflicts} conflict(s)"
        )
        if args.dry_run:
            print(f"checked {args.package}: would merge {summary}; nothing written")
            return 0
        print(f"merged {args.package}: {summary}")
        pending = len(services.exchange.conflicts())
    if pending:
        print(
            f"{pending} conflict(s) to resolve: merge --db {args.db} --list",
            file=sys.stderr,
        )
        return CONFLICTS_PENDING
    return 0


HANDLERS = {"offline": _offline, "changes": _changes, "merge": _merge}
