"""The offline exchange on the command line: a copy for a trip, its package of changes, the
merge back into the office and the conflicts a person resolves (services/offline.py,
services/merging.py). Exit status 3: conflicts wait to be resolved."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .domain.i18n import QT_TRANSLATE_NOOP, translate

CONFLICTS_PENDING = 3
SIDES = (QT_TRANSLATE_NOOP("Domain", "office"), QT_TRANSLATE_NOOP("Domain", "laptop"))


def _say(args: argparse.Namespace, message: str, stream: Any = None, **params: object) -> None:
    """One line in the interface language (``--lang``)."""
    print(translate(message, args.lang).format(**params), file=stream or sys.stdout)


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
    merge.add_argument("--take", choices=SIDES, help="with --resolve: whose value to keep")
    for command in (offline, changes, merge):
        command.add_argument(
            "--lang", choices=("ru", "en"), default="ru", help="language of the messages"
        )


def _offline(args: argparse.Namespace, open_services: Callable[..., Any]) -> int:
    with open_services(args.db, language=args.lang, writes=False) as services:
        made = services.exchange.take_copy(Path(args.out), args.name, not args.records_only)
    _say(
        args,
        QT_TRANSLATE_NOOP(
            "Domain", "wrote {path}: a copy to take away; bring back its changes with «changes»"
        ),
        path=made,
    )
    return 0


def _changes(args: argparse.Namespace, open_services: Callable[..., Any]) -> int:
    with open_services(args.db, language=args.lang, writes=False) as services:
        package = services.exchange.write_changes(Path(args.out))
    _say(
        args,
        QT_TRANSLATE_NOOP("Domain", "wrote {path}: changed records: {count}"),
        path=args.out,
        count=len(package.records) + len(package.purged),
    )
    return 0


def _shown(args: argparse.Namespace, value: Any) -> str:
    if isinstance(value, list):
        return translate(QT_TRANSLATE_NOOP("Domain", "rows: {count}"), args.lang).format(
            count=len(value)
        )
    return "—" if value in (None, "") else str(value)


def _list(args: argparse.Namespace, services: Any) -> int:
    found = services.exchange.conflicts()
    for c in found:
        _say(
            args,
            QT_TRANSLATE_NOOP(
                "Domain",
                "#{id} {entity} «{title}» (#{record}), {field}: office {office} | laptop "
                "{laptop} ({user})",
            ),
            id=c.id,
            entity=translate(c.entity_label, args.lang),
            title=c.title,
            record=c.record_id,
            field=translate(c.field_label, args.lang),
            office=_shown(args, c.office),
            laptop=_shown(args, c.laptop),
            user=c.laptop_user,
        )
    if found:
        _say(
            args,
            QT_TRANSLATE_NOOP(
                "Domain", "conflicts to resolve: {count}; merge --resolve ID --take office|laptop"
            ),
            count=len(found),
        )
        return CONFLICTS_PENDING
    _say(args, QT_TRANSLATE_NOOP("Domain", "no conflicts to resolve"))
    return 0


def _merge(args: argparse.Namespace, open_services: Callable[..., Any]) -> int:
    from .cli import UsageError

    if (args.resolve is None) != (args.take is None):
        raise UsageError("--resolve ID and --take office|laptop go together")
    if args.package is None and args.resolve is None and not args.list:
        raise UsageError("name the package to merge, or --list, or --resolve ID --take SIDE")
    # A dry run checks by merging and rolling back, so it needs the registry for writing:
    # while a window holds it, it is refused naming the holder (the window's own File →
    # Trip → Accept changes shows the same preview).
    writes = not args.list
    with open_services(
        args.db, language=args.lang, writes=writes, backup_folder=args.backup_folder
    ) as services:
        if args.resolve is not None:
            services.exchange.resolve(args.resolve, args.take)
            _say(
                args,
                QT_TRANSLATE_NOOP("Domain", "conflict #{id} resolved: kept the {side}'s value"),
                id=args.resolve,
                side=translate(args.take, args.lang),
            )
            return _list(args, services)
        if args.list:
            return _list(args, services)
        package = services.exchange.read_package(Path(args.package))
        report = services.exchange.merge(package, dry_run=args.dry_run)
        if report.already_merged:
            _say(
                args,
                QT_TRANSLATE_NOOP("Domain", "{file} was merged before: nothing changed"),
                file=args.package,
            )
            return 0
        for flag in report.flagged:
            _say(args, QT_TRANSLATE_NOOP("Domain", "note: {text}"), text=flag.text())
        summary = translate(
            QT_TRANSLATE_NOOP(
                "Domain",
                "new: {new}, updated: {updated}, moved to the trash: {trashed}, "
                "conflicts: {conflicts}",
            ),
            args.lang,
        ).format(
            new=len(report.created),
            updated=len(report.updated),
            trashed=len(report.trashed),
            conflicts=report.conflicts,
        )
        if args.dry_run:
            _say(
                args,
                QT_TRANSLATE_NOOP(
                    "Domain", "checked {file}: would merge {summary}; nothing written"
                ),
                file=args.package,
                summary=summary,
            )
            return 0
        _say(
            args,
            QT_TRANSLATE_NOOP("Domain", "merged {file}: {summary}"),
            file=args.package,
            summary=summary,
        )
        pending = len(services.exchange.conflicts())
    if pending:
        _say(
            args,
            QT_TRANSLATE_NOOP("Domain", "conflicts to resolve: {count}; merge --db {db} --list"),
            stream=sys.stderr,
            count=pending,
            db=args.db,
        )
        return CONFLICTS_PENDING
    return 0


HANDLERS = {"offline": _offline, "changes": _changes, "merge": _merge}
