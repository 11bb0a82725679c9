from datetime import date

import pytest

from desktop.services.attachments import add, listing, remove, restore
from desktop.services.backups import backup_now
from desktop.services.dashboard import DashboardRules, build_dashboard, next_report_date
from tests.excel.conftest import agreement

TODAY = date(2026, 11, 28)


def test_dashboard_lists_follow_the_deadlines(services):
    soon = agreement(
        services, "истекает весной", [("signed", "2020-01-01")], valid_to=date(2027, 4, 1)
    )
    agreement(
        services, "истекает через год", [("signed", "2020-01-01")], valid_to=date(2027, 12, 1)
    )
    agreement(
        services,
        "продлевается само",
        [("signed", "2020-01-01")],
        valid_to=date(2027, 1, 1),
        auto_prolongation=True,
    )
    waiting = agreement(
        services,
        "давно на согласовании",
        [("draft", "2026-01-10"), ("sent_for_approval", "2026-02-01")],
    )
    agreement(
        services,
        "недавно на согласовании",
        [("draft", "2026-11-01"), ("sent_for_approval", "2026-11-20")],
    )
    unregistered = agreement(
        services, "без номера", [("signed", "2025-01-01"), ("registered", "2025-02-01")]
    )
    visit = (
        services["delegations"]
        .create(
            {
                "purpose": "Визит на следующей неделе",
                "direction": "incoming",
                "date_from": date(2026, 12, 3),
                "country_code": "CN",
                "status": "confirmed",
            }
        )
        .ids[0]
    )
    services["delegations"].create(
        {
            "purpose": "Визит в феврале",
            "direction": "outgoing",
            "date_from": date(2027, 2, 1),
            "country_code": "CN",
            "status": "planned",
        }
    )
    unreported = (
        services["delegations"]
        .create(
            {
                "purpose": "Прошедший визит",
                "direction": "outgoing",
                "date_from": date(2026, 10, 1),
                "country_code": "CN",
                "status": "held",
            }
        )
        .ids[0]
    )
    board = build_dashboard(
        services, TODAY, DashboardRules(expiring_months=6, awaiting_days=60, upcoming_days=30)
    )
    assert [a.record_id for a in board.expiring] == [soon]
    assert [a.record_id for a in board.awaiting] == [waiting]
    assert [(a.entity, a.record_id) for a in board.upcoming] == [("delegations", visit)]
    incomplete = {(a.entity, a.record_id, a.note) for a in board.incomplete}
    assert ("agreements", unregistered, "no registration number") in incomplete
    assert ("delegations", unreported, "no trip report") in incomplete
    assert board.report_due == date(2027, 2, 1) and board.days_to_report == 65
    assert board.in_force_by_country == [("Китай", 4)]
    assert board.signed_per_year == {2020: 3, 2025: 1}
    assert board.delegations_per_year == {2026: (0, 1)}


def test_next_report_date_rolls_over_the_year():
    assert next_report_date(date(2026, 1, 15), 2, 1) == date(2026, 2, 1)
    assert next_report_date(date(2026, 2, 2), 2, 1) == date(2027, 2, 1)


@pytest.mark.sqlite_only("attachments are files beside an SQLite registry (issue 14 item 5)")
def test_attachments_are_stored_once_listed_and_trashed(services, db_path, tmp_path):
    rid = (
        services["regions"]
        .create({"country_code": "CN", "kind": "province", "name_ru": "провинция Цзилинь"})
        .ids[0]
    )
    scan = tmp_path / "скан.pdf"
    scan.write_bytes(b"%PDF-1.4 original")
    copy = tmp_path / "копия.pdf"
    copy.write_bytes(b"%PDF-1.4 original")
    first = add(services, "regions", rid, scan)
    second = add(services, "regions", rid, copy)
    assert first.path == second.path  # the same content, stored once
    assert len(list((db_path.parent / "attachments").rglob("*"))) == 2  # one folder, one file
    assert [a.name for a in listing(services, "regions", rid)] == ["скан.pdf", "копия.pdf"]
    remove(services, second.id)
    assert [a.name for a in listing(services, "regions", rid)] == ["скан.pdf"]
    assert [a.name for a in listing(services, "regions", rid, trash=True)] == ["копия.pdf"]
    restore(services, second.id)
    assert len(listing(services, "regions", rid)) == 2
    history = [(e.field, e.old_value, e.new_value) for e in services["regions"].history(rid)]
    assert ("attachments", None, "скан.pdf") in history
    assert ("attachments", "копия.pdf", None) in history
    made = backup_now(services)
    assert (made.parent / "attachments" / first.path.parent.name / first.path.name).exists()
    first.path.unlink()  # lost from the store
    assert all(a.missing for a in listing(services, "regions", rid))


def test_a_list_stops_at_its_limit_but_its_count_is_whole(services, monkeypatch):
    """Home shows at most LIST_LIMIT lines of a list; its title counts all of them."""
    from desktop.services import dashboard

    monkeypatch.setattr(dashboard, "LIST_LIMIT", 2)
    for n in range(3):
        agreement(services, f"истекает {n}", [("signed", "2020-01-01")], valid_to=date(2027, 3, 1))
    board = build_dashboard(services, TODAY)
    assert len(board.expiring) == 2 and board.totals["expiring"] == 3
