"""The ``import`` subcommand's reading, writing and what it tells: the rows it skipped and
why, the columns kept in the notes, every problem grouped by kind, the records it created,
the file of rows to fix — in the language asked for (``--lang``)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from .domain.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from collections.abc import Callable

    from .excel.plan import ImportPlan
    from .services import Services

PROG = "ir-registry"


def parse_map(items: list[str], usage_error: type[Exception]) -> dict[str, str]:
    from .excel.headers import parse_mapping

    try:
        return parse_mapping(items)
    except ValueError as exc:
        raise usage_error(f'--map wants "HEADER=FIELD", not {exc}') from None


def run_import(services: Services, args: argparse.Namespace, mapping: dict[str, str]) -> int:
    from .excel.importer import read_import
    from .excel.problem_book import bad_rows_path
    from .services.importing import COUNTRIES, import_plan, registry_label
    from .services.reconciliation import recall

    language = args.lang

    def t(message: str, **params: object) -> str:
        return translate(message, language).format(**params)

    def say(line: str) -> None:
        print(f"{PROG}: {line}", file=sys.stderr)

    from .excel.headers import HeaderMatcher

    targets = HeaderMatcher(services[args.kind].entity).targets
    unknown = sorted({target for target in mapping.values() if target not in targets})
    if unknown:
        say(
            t(
                QT_TRANSLATE_NOOP("Domain", "--map: no field {fields}; the fields are: {known}"),
                fields=", ".join(unknown),
                known=", ".join(sorted(targets)),
            )
        )
        return 2
    remembered, choices = recall(services, args.kind)
    plan = read_import(
        services,
        args.kind,
        args.file,
        language,
        {**remembered, **mapping},
        args.create_missing,
        choices,
        getattr(args, "sheet", None),
    )
    plan.user_mapping = mapping  # what is new to remember; the rest is remembered already
    _tell_layout(plan, language, say)
    from .excel.plan import group_line, grouped

    for rows, what in grouped(plan.warnings, language, by_value=False):
        say(group_line(rows, what, language))
    for rows, what in grouped(plan.problems, language):
        say(group_line(rows, what, language))
    for number, record_id, _ in plan.duplicates:
        action = (
            QT_TRANSLATE_NOOP("Domain", "will update")
            if args.update_duplicates
            else QT_TRANSLATE_NOOP("Domain", "skipped")
        )
        say(
            t(
                QT_TRANSLATE_NOOP(
                    "Domain", "row {row}: probably the same as record #{id}, {action}"
                ),
                row=number,
                id=record_id,
                action=t(action),
            )
        )
    if plan.unresolved:
        say(
            t(
                QT_TRANSLATE_NOOP(
                    "Domain",
                    "{count} name(s) not found in the registry: --create-missing creates them",
                ),
                count=len(plan.unresolved),
            )
        )
    if not plan.ok and not args.skip_bad_rows:
        say(
            t(
                QT_TRANSLATE_NOOP(
                    "Domain",
                    "nothing imported: {count} problem(s) in {file} in {rows} row(s); fix them, "
                    "or import the good rows with --skip-bad-rows",
                ),
                count=len(plan.problems),
                file=args.file,
                rows=len(plan.bad_rows),
            )
        )
        return 1
    updates = len(plan.updates) + (len(plan.duplicates) if args.update_duplicates else 0)
    summary = t(
        QT_TRANSLATE_NOOP("Domain", "{new} new, {updated} updated, {unchanged} unchanged"),
        new=len(plan.creates),
        updated=updates,
        unchanged=len(plan.unchanged),
    )
    if args.dry_run:
        print(
            t(
                QT_TRANSLATE_NOOP(
                    "Domain", "checked {file}: would import {summary}; nothing written"
                ),
                file=args.file,
                summary=summary,
            )
        )
        for missing in plan.missing:
            say(
                t(
                    QT_TRANSLATE_NOOP(
                        "Domain", "would create in “{registry}”: {name} (rows {rows})"
                    ),
                    registry=t(registry_label(services, missing.registry)),
                    name=missing.values.get("name_ru") or missing.name,
                    rows=", ".join(str(r) for r in sorted(set(missing.rows))[:12]),
                )
            )
        if plan.bad_rows:
            say(
                t(
                    QT_TRANSLATE_NOOP(
                        "Domain", "{count} row(s) with problems would be written to {file}"
                    ),
                    count=len(plan.bad_rows),
                    file=bad_rows_path(plan.path),
                )
            )
        return 0
    result = import_plan(services, plan, args.update_duplicates, args.skip_bad_rows)
    if result.bad_rows_file is not None:
        say(
            t(
                QT_TRANSLATE_NOOP(
                    "Domain", "{count} row(s) with problems not imported: written to {file}"
                ),
                count=result.skipped_rows,
                file=result.bad_rows_file,
            )
        )
    for registry, made_id, name in result.created:
        created_one = (
            QT_TRANSLATE_NOOP("Domain", "created in “{registry}”: {name} (code {id})")
            if registry == COUNTRIES
            else QT_TRANSLATE_NOOP("Domain", "created in “{registry}”: {name} (#{id})")
        )
        say(t(created_one, registry=t(registry_label(services, registry)), name=name, id=made_id))
    created = t(
        QT_TRANSLATE_NOOP("Domain", "{count} referenced record(s) created"),
        count=len(result.created),
    )
    print(
        t(
            QT_TRANSLATE_NOOP("Domain", "imported {file}: {summary}"),
            file=args.file,
            summary=summary,
        )
        + (f"; {created}" if result.created else "")
    )
    return 0


def _tell_layout(plan: ImportPlan, language: str, say: Callable[[str], None]) -> None:
    """The rows skipped and why, the columns no field took (with the closest field)."""

    def t(message: str, **params: object) -> str:
        return translate(message, language).format(**params)

    for skipped in plan.skipped:
        say(
            t(
                QT_TRANSLATE_NOOP("Domain", "row {row} skipped, {why}: {text}"),
                row=skipped.row,
                why=skipped.why(language),
                text=skipped.text[:80],
            )
        )
    for column in plan.columns:
        from .excel.headers import KEEP

        if column.target != KEEP:
            continue
        line = t(
            QT_TRANSLATE_NOOP(
                "Domain", "column “{column}” has no field: its values are kept in the notes"
            ),
            column=column.text,
        )
        if column.suggestion:
            line += "; " + t(
                QT_TRANSLATE_NOOP(
                    "Domain", 'to read it as the closest field: --map "{column}={field}"'
                ),
                column=column.text,
                field=column.suggestion,
            )
        say(line)
