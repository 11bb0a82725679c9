"""Command line: the application by default, subcommands for headless jobs.

Every subcommand exits 0 on success, or non-zero with a one-line reason on standard error.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence

from .db.errors import StorageError

PROG = "ir-registry"


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
    return parser


def _demo(args: argparse.Namespace) -> int:
    from .db.database import open_database
    from .services.demo import fill_demo

    started = time.perf_counter()
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
    handlers = {"demo": _demo, None: _gui}
    try:
        return handlers[args.command](args)
    except StorageError as exc:
        print(f"{PROG}: {exc.text()}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
