"""The headers offices write over each field in their own registers, beside the field's own
label (which is matched in both languages anyway). The import compares them with case, ё/е,
punctuation and runs of spaces folded away, so one spelling of each is enough.

A key is a field name, a child list's name, or one of the import's own columns: ``term``
(a term as written, «5 лет»: the agreement's dates and flags follow from it) and
``status_word`` (a status as a word, «Действует»: the history step it names).

A two-row header is matched by its joined text («Иностранный партнёр / Страна») first, then
by the lower cell alone («Страна»).
"""

from __future__ import annotations

_COUNTRY = ("Страна", "Государство", "Страна партнёра", "Иностранный партнёр / Страна", "Country")
_NOTES = ("Примечание", "Примечания", "Комментарий", "Remarks", "Comment", "Note", "Comments")

HEADER_SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "regions": {
        "country_code": _COUNTRY,
        "name_ru": (
            "Наименование", "Название", "Регион", "Административно-территориальное образование",
            "Провинция", "Город", "Партнёр",
        ),
        "name_original": ("Наименование на языке оригинала", "Оригинальное название"),
        "iso_code": ("Код ISO", "Код"),
        "kind": ("Тип", "Вид"),
        "notes": _NOTES,
    },
    "organisations": {
        "name_ru": ("Наименование", "Название", "Организация", "Наименование организации"),
        "name_original": ("Наименование на языке оригинала",),
        "kind": ("Тип", "Вид организации"),
        "side": ("Сторона",),
        "country_code": _COUNTRY,
        "region_id": ("Регион", "Административно-территориальное образование"),
        "city": ("Город",),
        "address": ("Адрес",),
        "website": ("Сайт", "Веб-сайт"),
        "email": ("Электронная почта", "Email"),
        "phones": ("Телефон",),
        "notes": _NOTES,
    },
    "people": {
        "name_ru": ("ФИО", "Ф.И.О.", "Фамилия, имя, отчество"),
        "name_latin": ("ФИО латиницей",),
        "organisation_id": ("Организация", "Место работы"),
        "position": ("Должность",),
        "phones": ("Телефон", "Телефоны"),
        "email": ("Электронная почта", "Email"),
        "notes": _NOTES,
    },
    "events": {
        "name": ("Наименование мероприятия", "Мероприятие", "Наименование"),
        "date_from": ("Дата проведения", "Дата начала", "Дата"),
        "date_to": ("Дата окончания",),
        "country_code": _COUNTRY,
        "place": ("Место проведения", "Место"),
        "organiser": ("Организатор",),
        "our_participation": ("Участники от области", "Участие"),
        "outcome": ("Результаты", "Итоги"),
        "notes": _NOTES,
    },
    "agreements": {
        "title": (
            "Наименование соглашения", "Наименование документа", "Название соглашения",
            "Наименование", "Соглашение", "Name of the agreement", "Agreement", "Name",
        ),
        "kind": ("Вид документа", "Вид соглашения", "Тип документа", "Type of document", "Type"),
        "country_code": _COUNTRY,
        "region_id": (
            "Административно-территориальное образование", "Иностранный партнёр",
            "Иностранный партнёр / Административно-территориальное образование",
            "Иностранный партнёр / Регион", "Регион", "Партнёр", "Провинция", "Регион-партнёр",
            "Partner", "Foreign partner", "Region", "Province",
        ),
        "signed_on": (
            "Дата подписания", "Дата заключения", "Подписано", "Date of signing", "Signing date",
            "Date signed", "Signed", "Date",
        ),
        "signed_place": ("Место подписания", "Place of signing"),
        "reg_number": (
            "Регистрационный номер в Минюсте", "Регистрационный номер", "Номер регистрации",
            "Государственная регистрация / Регистрационный номер", "Рег. номер",
            "Registration No", "Reg. No",
        ),
        "reg_date": (
            "Дата регистрации", "Государственная регистрация / Дата регистрации",
            "Дата регистрации в Минюсте", "Date of registration",
        ),
        "original_location": ("Место хранения оригинала", "Место хранения"),
        "responsible_officer": ("Ответственный", "Исполнитель"),
        "parties": ("Стороны", "Стороны соглашения", "Участники соглашения", "Signatories"),
        "term": (
            "Срок действия", "Срок", "Срок действия соглашения", "Term", "Validity",
            "Term of validity", "Period of validity", "Duration",
        ),
        "status_word": ("Состояние", "Статус", "Текущий статус", "Status"),
        "notes": _NOTES,
    },
    "delegations": {
        "purpose": ("Цель визита", "Цель", "Цель поездки"),
        "direction": ("Направление",),
        "date_from": ("Дата начала", "Даты визита", "Дата визита", "Дата"),
        "date_to": ("Дата окончания",),
        "country_code": _COUNTRY,
        "places": ("Место", "Города"),
        "outcome": ("Результаты", "Итоги"),
        "notes": _NOTES,
    },
    "twins": {
        "our_organisation_id": (
            "Муниципальное образование", "Наше муниципальное образование", "Город области",
            "Муниципалитет", "Municipality", "Our municipality",
        ),
        "foreign_region_id": (
            "Город-побратим (партнёр)", "Город-побратим", "Город-партнёр", "Побратим",
            "Иностранный партнёр", "Иностранный партнёр / Город", "Twin city", "Sister city",
            "Partner city", "Twin town", "Partner",
        ),
        "country_code": _COUNTRY + ("Иностранный партнёр / Страна",),
        "established_on": (
            "Дата установления связей", "Дата установления", "Дата подписания",
            "Дата установления побратимских связей", "Date established", "Established",
            "Date of establishment", "Date of signing",
        ),
        "status": ("Состояние", "Статус", "Состояние связей"),
        "notes": _NOTES,
    },
}  # fmt: skip
