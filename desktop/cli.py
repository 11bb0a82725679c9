"""Command line: the application by default, subcommands for headless jobs.

Every subcommand exits 0 on success, or non-zero with a one-line reason on standard error.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from . import cli_offline
from .domain.entities import BY_NAME
from .domain.errors import UserError
from .services.opening import (
    RegistryInUseError,
    StorageError,
    lock_holder,
    open_database,
    open_read_only,
    other_holder,
)
from .services.report_forms import FORMS, form, previous_year

if TYPE_CHECKING:
    from .services import Services

PROG = "ir-registry"


class UsageError(Exception):
    """Arguments that parse but make no sense together: exit status 2, like argparse."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # One line, as promised in the README, instead of argparse's usage block.
        self.exit(2, f"{self.prog}: {message}\n")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value}")
    return value


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date as YYYY-MM-DD: {text!r}") from None


def _backup_folder_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--backup-folder",
        metavar="DIR",
        help="absolute folder for the backups this command makes (default: backups/ beside "
        "the database)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="International-relations registry")
    parser.add_argument(
        "--db",
        help="database file or SQLAlchemy URL (default: registry.sqlite in the user data folder)",
    )
    parser.add_argument("--lang", choices=("ru", "en"), help="interface language")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    demo = commands.add_parser("demo", help="fill a database with realistic sample records")
    demo.add_argument("--db", required=True, dest="db", help="database file or URL")
    demo.add_argument(
        "--scale",
        type=_positive,
        default=1000,
        help="about how many records per registry (default 1000)",
    )
    demo.add_argument("--seed", type=int, default=2026, help="random seed (default 2026)")
    report = commands.add_parser("report", help="write the ministry report for a period")
    report.add_argument("--db", required=True, dest="db", help="database file or URL")
    report.add_argument(
        "--from",
        dest="start",
        type=_iso_date,
        help="first day of the period, YYYY-MM-DD (with --form: the previous year by default)",
    )
    report.add_argument(
        "--to", dest="end", type=_iso_date, help="last day of the period, YYYY-MM-DD"
    )
    report.add_argument("--out", required=True, help="the .xlsx file to write")
    report.add_argument(
        "--lang",
        choices=("ru", "en"),
        default="ru",
        help="language of headers and values (default ru)",
    )
    report.add_argument(
        "--template",
        help="fill this .xlsx template instead of the built-in layout (placeholders: see README)",
    )
    report.add_argument(
        "--form",
        choices=[f.key for f in FORMS],
        help="fill a built-in form: 911 (municipal ties), 280 (cross-border ties), "
        "municipal-list (the list of municipal agreements)",
    )
    kinds = list(BY_NAME)
    export = commands.add_parser("export", help="write every record of a registry to .xlsx")
    export.add_argument("--db", required=True, dest="db", help="database file or URL")
    export.add_argument("kind", choices=kinds, help="which registry")
    export.add_argument("file", help="the .xlsx file to write")
    export.add_argument(
        "--template",
        action="store_true",
        help="only the headers and drop-down lists: a form to fill in",
    )
    export.add_argument(
        "--lang",
        choices=("ru", "en"),
        default="ru",
        help="language of headers and values (default ru)",
    )
    load = commands.add_parser("import", help="read records of a registry from .xlsx")
    load.add_argument(
        "--db", required=True, dest="db", help="database file or URL (created when missing)"
    )
    load.add_argument("kind", choices=kinds, help="which registry")
    load.add_argument("file", help="the .xlsx file to read")
    load.add_argument("--dry-run", action="store_true", help="check only, write nothing")
    load.add_argument(
        "--update-duplicates",
        action="store_true",
        help="update records that match a row by name instead of skipping it",
    )
    load.add_argument(
        "--lang", choices=("ru", "en"), default="ru", help="language of the messages (default ru)"
    )
    load.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="HEADER=FIELD",
        help='read a column as a field, e.g. "Срок действия=term" (FIELD "keep": into the '
        'notes, "skip": not read); remembered for the registry',
    )
    load.add_argument(
        "--create-missing",
        action="store_true",
        help="create the countries, regions and organisations the rows name and the registry lacks",
    )
    load.add_argument(
        "--sheet",
        help="the sheet to read, when several sheets of the workbook could be the registry",
    )
    load.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="import the good rows; write the bad ones with their problems beside the file",
    )
    _backup_folder_option(load)
    backup = commands.add_parser(
        "backup",
        help="make a checked backup of the database (of a server's: an SQLite registry file)",
    )
    backup.add_argument("--db", required=True, dest="db", help="database file or server URL")
    backup.add_argument("--out", help="write the backup here instead of the backups folder")
    backup.add_argument(
        "--force", action="store_true", help="overwrite the --out file if it exists"
    )
    _backup_folder_option(backup)
    restore = commands.add_parser(
        "restore",
        help="replace the database with a backup (the replaced one is kept as a backup first); "
        "into a server, only into an empty database",
    )
    restore.add_argument("--db", required=True, dest="db", help="database file or server URL")
    restore.add_argument("file", help="the backup to restore")
    _backup_folder_option(restore)
    upgrade = commands.add_parser(
        "upgrade",
        help="bring the database to this version's schema (on a server: as the owner role, "
        "after a checked copy into the backup folder)",
    )
    upgrade.add_argument("--db", required=True, dest="db", help="database file or server URL")
    _backup_folder_option(upgrade)
    check = commands.add_parser("check", help="check the integrity of the database")
    check.add_argument("--db", required=True, dest="db", help="database file")
    cli_offline.add_commands(commands)
    _backup_folder_option(commands.choices["merge"])  # a merge backs the office up first
    return parser


def _open(
    target: str,
    create: bool = False,
    language: str = "ru",
    writes: bool = True,
    backup_folder: str | None = None,
) -> Services:
    from .services import Services
    from .services.backups import checked_folder

    folder = checked_folder(backup_folder)  # a relative one refused before anything opens
    held = _refuse_if_held(target, writes)
    if held is None:
        database = open_database(target, create=create, backup_folder=folder)
        return Services(database, language=language, backup_folder=folder)
    read_only = open_read_only(held)
    if read_only is None:  # its schema needs an upgrade, a write
        raise RegistryInUseError(str(held), lock_holder(held))
    return Services(read_only, language=language, backup_folder=folder)


def _refuse_if_held(target: str, writes: bool) -> Path | None:
    """While another process (a window) has the registry file open, a job that writes is
    refused, naming who has it; one that only reads gets the path back, to open it read-only
    (a read-only close cannot checkpoint or delete the WAL that process still uses)."""
    if "://" in target and not target.startswith("sqlite"):
        return None  # a server database has its own locking
    from sqlalchemy.engine import make_url

    name = (make_url(target).database or "") if "://" in target else target
    path = Path(name).expanduser().resolve()
    holder = other_holder(path)
    if holder is None:
        return None
    if writes:
        raise RegistryInUseError(str(path), holder.describe())
    return path


def _report(args: argparse.Namespace) -> int:
    if args.form and args.template:
        raise UsageError("--form and --template: give one of them")
    if args.form and args.start is None and args.end is None:
        args.start, args.end = previous_year()  # what the yearly forms report on
    if args.start is None or args.end is None:
        raise UsageError("--from and --to are required (or --form alone, for the previous year)")
    if args.end < args.start:
        raise UsageError(f"--to {args.end} is before --from {args.start}")
    template = form(args.form).path if args.form else args.template
    with _open(args.db, language=args.lang, writes=False) as services:
        report = services.reports.build(args.start, args.end)
        out = services.reports.write(report, args.out, template)
    counts = ", ".join(f"{t.key} {len(t.rows)}" for t in report.tables)
    print(f"wrote {out}: {counts}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from .excel.exporter import export_registry

    with _open(args.db, language=args.lang, writes=False) as services:
        out = export_registry(services, args.kind, args.file, args.lang, args.template)
        count = 0 if args.template else services[args.kind].count()
    print(f"wrote {out}: {count} {args.kind}")
    return 0


def _import(args: argparse.Namespace) -> int:
    from .cli_import import parse_map, run_import

    mapping = parse_map(args.map, UsageError)
    if args.dry_run and "://" not in args.db and not Path(args.db).expanduser().exists():
        # a check never creates a file: a registry that does not exist yet is checked
        # against an empty one that is thrown away
        import tempfile

        with (
            tempfile.TemporaryDirectory() as folder,
            _open(str(Path(folder) / "empty.sqlite"), create=True, language=args.lang) as empty,
        ):
            return run_import(empty, args, mapping)
    with _open(
        args.db, True, args.lang, writes=not args.dry_run, backup_folder=args.backup_folder
    ) as services:
        return run_import(services, args, mapping)


def _backup(args: argparse.Namespace) -> int:
    from .services.backups import backup_now

    with _open(args.db, writes=False, backup_folder=args.backup_folder) as services:
        made = backup_now(services, out=Path(args.out) if args.out else None, force=args.force)
    print(f"backed up to {made} (checked)")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from .services.backups import (
        check_backup,
        checked_folder,
        restore_damaged,
        restore_to_server,
    )

    checked_folder(args.backup_folder)
    if not Path(args.file).is_file():
        raise UsageError(f"no such backup: {args.file}")
    if _is_server(args.db):
        copied = restore_to_server(args.db, Path(args.file))
        print(f"restored {args.file} into the server: {sum(copied.values())} records")
        return 0
    check_backup(Path(args.file))  # completely, before the registry is touched
    _refuse_if_held(args.db, writes=True)  # before the damaged branch, which writes too
    try:
        services = _open(args.db, backup_folder=args.backup_folder)
    except StorageError as exc:
        if not exc.replaceable:
            raise
        # a registry that cannot be opened: kept aside as it is, the backup put in its place
        live = Path(args.db).expanduser().resolve()
        damaged = restore_damaged(live, Path(args.file), verified=True)
        print(f"restored {args.file}; the file it replaced was kept as {damaged}")
        return 0
    with services:
        kept = services.backups.restore(Path(args.file), verified=True)
    print(f"restored {args.file}; the replaced registry was kept as {kept}")
    return 0


def _upgrade(args: argparse.Namespace) -> int:
    from .services.opening import grant_staff

    with _open(args.db, backup_folder=args.backup_folder) as services:  # opening upgrades
        where = services.db.where
        granted = grant_staff(services.db)  # again: the staff role may be newer
    print(f"{where}: the schema is up to date" + ("; staff rights given" if granted else ""))
    return 0


def _is_server(target: str) -> bool:
    return "://" in target and not target.startswith("sqlite")


def _check(args: argparse.Namespace) -> int:
    with _open(args.db, writes=False) as services:
        problems = services.backups.check() + services.attachments.verify()
    for problem in problems:
        print(f"{PROG}: {problem}", file=sys.stderr)
    if problems:
        return 1
    print(f"{args.db}: integrity ok, no broken references")
    return 0


def _demo(args: argparse.Namespace) -> int:
    from .services.demo import fill_demo

    started = time.perf_counter()
    _refuse_if_held(args.db, writes=True)
    db = open_database(args.db)
    try:
        counts = fill_demo(db, args.scale, args.seed)
    finally:
        db.close()
    added = ", ".join(f"{name} {count}" for name, count in counts.items())
    print(f"added {added} in {time.perf_counter() - started:.1f} s")
    return 0


def _gui(args: argparse.Namespace) -> int:
    from .ui.app import run_application

    return run_application(args.db, args.lang)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handlers: dict[str | None, Callable[[argparse.Namespace], int]] = {
        "demo": _demo,
        "report": _report,
        "export": _export,
        "import": _import,
        "backup": _backup,
        "restore": _restore,
        "upgrade": _upgrade,
        "check": _check,
        None: _gui,
        **{name: partial(run, open_services=_open) for name, run in cli_offline.HANDLERS.items()},
    }
    try:
        return handlers[args.command](args)
    except UsageError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2
    except UserError as exc:
        print(f"{PROG}: {exc.text()}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
