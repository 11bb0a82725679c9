import subprocess
import sys
from collections import Counter

from desktop.cli import main
from desktop.services import Query, open_services


def test_demo_fills_every_registry(db_target, capsys):
    assert main(["demo", "--db", str(db_target), "--scale", "300"]) == 0
    assert "agreements 300" in capsys.readouterr().out
    services = open_services(db_target)
    try:
        for name, registry in services.registries.items():
            assert registry.count() == 300, name
        agreements = services["agreements"]
        statuses = Counter(agreements.get(i)["status"] for i in agreements.search(Query()))
        assert {"draft", "signed", "registered", "expired", "terminated"} <= set(statuses)
        # the README's examples find something: Chinese partners carry their own script
        regions = services["regions"]
        assert regions.search(Query(text="黑龙")) and regions.search(Query(text="Хэйлун"))
        # an agreement the demo lets expire had a term that ended then, not one to 2031
        for record_id in agreements.search(Query()):
            values = agreements.get(record_id)
            expired = [s["on_date"] for s in values["history"] if s["status"] == "expired"]
            if expired:
                assert values["valid_to"] == expired[0] and not values["auto_prolongation"]
        # a Russian–Chinese EXPO is held in Russia or China, not in Mongolia
        events = services["events"]
        for record_id in events.search(Query(text="ЭКСПО")):
            assert events.get(record_id)["country_code"] in ("RU", "CN")
        # histories written by the demo obey the lifecycle: re-saving them validates them
        for record_id in agreements.search(Query(), limit=50):
            agreements.update(record_id, agreements.get(record_id)["version"], {})
    finally:
        services.close()


def test_bad_arguments_exit_non_zero_with_one_line(tmp_path):
    result = subprocess.run(
        [sys.executable, "main.py", "demo", "--db", str(tmp_path / "x.sqlite"), "--scale", "0"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1


def test_unusable_database_exits_non_zero(tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a database")
    result = subprocess.run(
        [sys.executable, "main.py", "demo", "--db", str(bad)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "not a registry database" in result.stderr
    assert bad.read_text() == "not a database"
