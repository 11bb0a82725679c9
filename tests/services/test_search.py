from datetime import date

import pytest

from desktop.services import Query
from tests.conftest import add_organisation, add_region


@pytest.fixture
def regions(services):
    ids = {
        "heilongjiang": add_region(services),
        "brest": add_region(services, "Брестская область", "BY", "Брэсцкая вобласць"),
        "bursa": add_region(services, "ил Бурса", "TR", "Bursa"),
    }
    return services["regions"], ids


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Хэйлун", ["heilongjiang"]),  # Russian prefix
        ("хэйлунцзян", ["heilongjiang"]),  # case folding of Cyrillic
        ("黑龙", ["heilongjiang"]),  # Chinese prefix
        ("heilong", ["heilongjiang"]),  # Latin
        ("Брест обл", ["brest"]),  # two word prefixes, both required
        # the country's Russian name
        ("Китай", ["heilongjiang"]),
        # its English name (Türkiye), diacritics folded
        ("Turkiye", ["bursa"]),
        ("Bursa", ["bursa"]),
        ("Пекин", []),
        ('"*:(', ["heilongjiang", "brest", "bursa"]),  # no words: nothing to filter on
    ],
)
def test_search_by_any_word(regions, text, expected):
    registry, ids = regions
    assert sorted(registry.search(Query(text=text))) == sorted(ids[k] for k in expected)


def test_search_follows_updates_and_deletes(regions):
    registry, ids = regions
    registry.update(ids["bursa"], 1, {"name_ru": "ил Измир", "name_original": "İzmir"})
    assert registry.search(Query(text="Бурса")) == []
    assert registry.search(Query(text="Измир")) == [ids["bursa"]]
    registry.delete([ids["bursa"]])
    assert registry.search(Query(text="Измир")) == []
    assert registry.search(Query(text="Измир", trash=True)) == [ids["bursa"]]


def test_filters_and_sorting(services):
    registry = services["events"]
    for name, day, country in [
        ("Форум А", date(2023, 5, 1), "CN"),
        ("Форум Б", date(2024, 6, 1), "BY"),
        ("Выставка В", date(2024, 7, 1), "CN"),
    ]:
        registry.create({"name": name, "date_from": day, "country_code": country})
    names = lambda ids: [registry.get(i)["name"] for i in ids]  # noqa: E731
    assert names(registry.search(Query(year=2024, sort_field="name"))) == ["Выставка В", "Форум Б"]
    assert names(registry.search(Query(country="CN", sort_field="date_from", descending=True))) == [
        "Выставка В",
        "Форум А",
    ]
    assert names(registry.search(Query(sort_field="country_code"))) == [
        "Форум Б",
        "Форум А",
        "Выставка В",
    ]  # Беларусь before Китай, then by id


def test_lookup_for_pick_lists(services):
    add_region(services)
    add_region(services, "провинция Цзилинь", "CN", "吉林省")
    assert [title for _, title in services["regions"].lookup("Цзи")] == ["провинция Цзилинь"]
    assert len(services["regions"].lookup("")) == 2


def test_sorting_ignores_case_in_russian(services):
    for name in ("Шанхай", "автономный район Внутренняя Монголия", "Брестская область"):
        add_region(services, name, "CN", "")
    registry = services["regions"]
    ids = registry.search(Query(sort_field="name_ru"))
    assert [registry.get(i)["name_ru"] for i in ids] == [
        "автономный район Внутренняя Монголия",
        "Брестская область",
        "Шанхай",
    ]


def test_records_are_found_by_the_names_they_refer_to(services):
    region = add_region(services, "город Харбин", "CN", "哈尔滨")
    ours = add_organisation(services, "Администрация города Заречный", side="ours", country="RU")
    twin = (
        services["twins"]
        .create(
            {
                "our_organisation_id": ours,
                "foreign_region_id": region,
                "country_code": "CN",
                "status": "active",
            }
        )
        .ids[0]
    )
    person = services["people"].create({"name_ru": "Петров Сергей", "organisation_id": ours}).ids[0]
    assert services["twins"].search(Query(text="Харбин")) == [twin]
    assert services["twins"].search(Query(text="Заречный 哈尔")) == [twin]
    assert services["twins"].search(Query(text="Заречный Пекин")) == []
    assert services["people"].search(Query(text="Петров Заречный")) == [person]
    # The index quotes the names it refers to; renaming them re-indexes the records (0004).
    services["regions"].update(region, 1, {"name_ru": "город Далянь", "name_original": "大连"})
    assert services["twins"].search(Query(text="Харбин")) == []
    assert services["twins"].search(Query(text="Заречный Далянь")) == [twin]
    services["organisations"].update(ours, 1, {"name_ru": "Администрация города Северный"})
    assert services["people"].search(Query(text="Петров Заречный")) == []
    assert services["people"].search(Query(text="Петров Северный")) == [person]
    # The plain search (FTS alone) and the one with a sort or filter (SQL) agree.
    twins = services["twins"]
    for text in ("Далянь", "Северный 大连", "Китай", "нет такого"):
        plain = twins.search(Query(text=text))
        assert sorted(twins.search(Query(text=text, sort_field="status"))) == plain
        assert twins.search(Query(text=text, country="CN")) == plain
    twins.delete([twin])
    assert twins.search(Query(text="Далянь")) == []
    assert twins.search(Query(text="Далянь", trash=True)) == [twin]
    assert twins.search(Query(text="Далянь", trash=True, country="CN")) == [twin]
