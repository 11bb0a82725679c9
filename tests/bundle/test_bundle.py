"""The installed bundle: what the .deb puts where, that every file the program reads at run
time is inside it, and the headless commands a user runs."""

from __future__ import annotations

import subprocess
from pathlib import Path

from openpyxl import load_workbook

from .conftest import ROOT, run


def source_runtime_files() -> list[Path]:
    """What the program reads from the source tree at run time, relative to it: translations
    (the .ts for the Excel and command-line texts, the compiled .qm for the window), report
    templates, the curated region and country names, the migrations."""
    found = [
        path.relative_to(ROOT)
        for folder in ("resources", "migrations")
        for path in (ROOT / folder).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    ]
    return sorted(found)


def test_the_deb_installs_under_opt_with_a_menu_entry_an_icon_and_a_command(deb, installed):
    fields = subprocess.run(
        ["dpkg-deb", "-f", str(deb), "Package", "Version", "Architecture", "Depends"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Package: ir-registry" in fields and "Architecture: amd64" in fields
    assert "Depends: libc6 (>= 2." in fields  # the build machine's glibc: the one system part
    assert deb.name == f"ir-registry_{fields.split('Version: ')[1].split()[0]}_amd64.deb"
    command = installed / "usr" / "bin" / "ir-registry"
    assert command.is_symlink() and str(command.readlink()) == "/opt/ir-registry/ir-registry"
    assert (installed / "opt" / "ir-registry" / "ir-registry").stat().st_mode & 0o111
    entry = (installed / "usr/share/applications/ir-registry.desktop").read_text()
    assert "Exec=ir-registry" in entry and "Icon=ir-registry" in entry
    assert "Name[ru]=Реестр международных связей" in entry
    assert (installed / "usr/share/icons/hicolor/scalable/apps/ir-registry.svg").exists()
    shipped = {p.relative_to(installed).parts[0] for p in installed.iterdir()}
    assert shipped == {"opt", "usr"}  # nothing in /etc, /home or elsewhere


def test_every_file_read_at_run_time_is_in_the_bundle(program):
    inside = program.parent / "_internal"
    wanted = source_runtime_files()
    assert Path("resources/regions_ru.csv") in wanted and Path("migrations/env.py") in wanted
    compiled = {p for p in wanted if p.suffix == ".qm"}
    assert compiled == {
        Path("resources/translations/ir_registry_en.qm"),
        Path("resources/translations/ir_registry_ru.qm"),
    }, "the build compiles every .ts"
    missing = [str(p) for p in wanted if not (inside / p).is_file()]
    assert missing == []
    differing = [str(p) for p in wanted if (inside / p).read_bytes() != (ROOT / p).read_bytes()]
    assert differing == []
    # Qt's own Russian (standard buttons) and pycountry's Russian country names.
    assert (inside / "PySide6/Qt/translations/qtbase_ru.qm").is_file()
    assert (inside / "pycountry/locales/ru/LC_MESSAGES/iso3166-1.mo").is_file()


def test_the_bundle_leaves_out_what_the_registry_does_not_use(program):
    inside = program.parent / "_internal"
    names = {p.name for p in inside.rglob("*")}
    for unused in (
        "libQt6WebEngineCore.so.6",
        "libQt6Quick.so.6",
        "libQt6Qml.so.6",
        "libQt6Multimedia.so.6",
        "libQt63DCore.so.6",
        "libQt6Pdf.so.6",
        "libpango-1.0.so.0",
    ):
        assert unused not in names
    assert "libQt6Charts.so.6" in names and "libqxcb.so" in names


def test_the_installed_program_fills_a_registry_and_makes_the_ministry_report(
    program, home, tmp_path
):
    made = run(program, "demo", "--db", "demo.sqlite", "--scale", "30", home=home, cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert "agreements 30" in made.stdout
    report = run(
        program,
        "report",
        "--db",
        "demo.sqlite",
        "--from",
        "2000-01-01",
        "--to",
        "2030-12-31",
        "--out",
        "report.xlsx",
        "--lang",
        "ru",
        home=home,
        cwd=tmp_path,
    )
    assert report.returncode == 0, report.stderr
    book = load_workbook(tmp_path / "report.xlsx", read_only=True)
    texts = {
        str(cell)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for cell in row
        if cell
    }
    book.close()
    assert len(book.sheetnames) >= 8
    # Russian country names come from pycountry's locale files inside the bundle.
    assert {"Китай", "Беларусь"} & texts, sorted(texts)[:50]


def test_every_subcommand_answers_its_help(program, home, tmp_path):
    listed = run(program, "--help", home=home, cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    for command in ("demo", "report", "export", "import", "backup", "restore", "check"):
        assert command in listed.stdout
        answered = run(program, command, "--help", home=home, cwd=tmp_path)
        assert answered.returncode == 0 and "usage" in answered.stdout, (command, answered)


def test_a_missing_file_is_told_in_one_line(program, home, tmp_path):
    result = run(
        program, "check", "--db", str(tmp_path / "nowhere" / "x.sqlite"), home=home, cwd=tmp_path
    )
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_the_installed_program_checks_phones_and_e_mails_on_import(program, home, tmp_path):
    """Validation loads phonenumbers' metadata and email-validator lazily: both are inside."""
    made = run(program, "demo", "--db", "r.sqlite", "--scale", "1", home=home, cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    form = run(
        program,
        "export",
        "--db",
        "r.sqlite",
        "people",
        "p.xlsx",
        "--template",
        "--lang",
        "ru",
        home=home,
        cwd=tmp_path,
    )
    assert form.returncode == 0, form.stderr
    book = load_workbook(tmp_path / "p.xlsx")
    sheet = book.worksheets[0]
    columns = {cell.value: cell.column_letter for cell in sheet[1]}
    sheet[f"{columns['ФИО (рус.)']}2"] = "Ван Лэй"
    sheet[f"{columns['Телефоны']}2"] = "+86 451 8253 1234"
    sheet[f"{columns['Эл. почта']}2"] = "Wang@Example.CN"
    sheet[f"{columns['ФИО (рус.)']}3"] = "Иванова Мария"
    sheet[f"{columns['Телефоны']}3"] = "12"
    book.save(tmp_path / "p.xlsx")
    args = ("import", "--db", "r.sqlite", "people", "p.xlsx", "--dry-run")
    refused = run(program, *args, home=home, cwd=tmp_path)
    assert refused.returncode == 1
    assert "строка 3" in refused.stderr and "Неверный номер телефона" in refused.stderr
    sheet[f"{columns['Телефоны']}3"] = "+7 912 345-67-89"
    book.save(tmp_path / "p.xlsx")
    checked = run(program, *args, home=home, cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr
    assert "новых: 2" in checked.stdout  # in the interface language (ru), issue 12


def opened_files(trace: Path) -> tuple[set[str], set[str]]:
    """Paths a strace -e trace=openat log shows opened, and those it looked for in vain."""
    opened, missing = set(), set()
    for line in trace.read_text().splitlines():
        if '"' in line:
            path = line.split('"')[1]
            (missing if "ENOENT" in line else opened).add(path)
    return opened, missing


def test_the_running_program_reads_its_files_from_inside_the_bundle(program, home, tmp_path):
    inside = program.parent / "_internal"
    template = inside / "resources" / "templates" / "ministry_example.xlsx"
    commands = [
        ("demo", "--db", "t.sqlite", "--scale", "5"),
        (
            "report",
            "--db",
            "t.sqlite",
            "--from",
            "2000-01-01",
            "--to",
            "2030-12-31",
            "--out",
            "r.xlsx",
            "--lang",
            "ru",
            "--template",
            str(template),
        ),
    ]
    opened, missing = set(), set()
    for number, command in enumerate(commands):
        trace = tmp_path / f"trace{number}"
        traced = subprocess.run(
            ["strace", "-f", "-e", "trace=openat", "-o", str(trace), str(program), *command],
            env={"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "ru_RU.UTF-8"},
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert traced.returncode == 0, traced.stderr
        found, looked_for = opened_files(trace)
        opened |= found
        missing |= looked_for
    assert [p for p in opened if p.startswith(str(ROOT))] == []  # never the source tree
    ours = (str(inside / "resources"), str(inside / "migrations"))
    assert [p for p in missing if p.startswith(ours) and "__pycache__" not in p] == []
    for wanted in (
        "resources/regions_ru.csv",
        "resources/translations/ir_registry_ru.ts",
        "migrations/env.py",
        "migrations/versions/0001_initial_schema.py",
    ):
        assert str(inside / wanted) in opened, wanted
