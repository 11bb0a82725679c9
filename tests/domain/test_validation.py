from datetime import date

import pytest
from email_validator import EmailNotValidError, validate_email
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain import entities as E
from desktop.domain.fields import Kind
from desktop.domain.validation import clean, normalise_email, parse_date


def problems_of(entity, values):
    return {(p.child, p.row, p.field): p.text() for p in clean(entity, values)[1]}


def test_required_fields_are_named():
    found = problems_of(E.REGIONS, {"kind": "province"})
    assert found[(None, None, "name_ru")] == "Required"
    assert found[(None, None, "country_code")] == "Required"


def test_end_date_before_start_date_is_refused():
    found = problems_of(
        E.EVENTS, {"name": "Форум", "date_from": date(2024, 5, 2), "date_to": date(2024, 5, 1)}
    )
    assert (None, None, "date_to") in found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("01.02.2024", date(2024, 2, 1)),
        ("2024-02-01", date(2024, 2, 1)),
        ("", None),
    ],
)
def test_parse_date_accepts_both_forms(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["31.02.2024", "2024/02/01", "вчера"])
def test_parse_date_refuses_nonsense(text):
    with pytest.raises(ValueError):
        parse_date(text)


def test_email_and_phones_are_checked_and_normalised():
    cleaned, problems = clean(
        E.PEOPLE,
        {
            "name_ru": "Иванов",
            "email": "Ivanov@Example.ORG",
            "phones": "+7 912 345 67 89, +86 10 6512 3456",
        },
    )
    assert problems == []
    assert cleaned["email"] == "Ivanov@example.org"
    assert cleaned["phones"] == "+7 912 345-67-89; +86 10 6512 3456"

    found = problems_of(E.PEOPLE, {"name_ru": "Иванов", "email": "ivanov@", "phones": "12"})
    assert "e-mail" in found[(None, None, "email")]
    assert "phone" in found[(None, None, "phones")]


def test_unknown_country_and_choice_are_refused():
    found = problems_of(E.REGIONS, {"name_ru": "X", "country_code": "XX", "kind": "planet"})
    assert "XX" in found[(None, None, "country_code")]
    assert "planet" in found[(None, None, "kind")]


def test_control_characters_are_stripped():
    cleaned, problems = clean(
        E.REGIONS, {"name_ru": "Хэй\x00лун\x07", "country_code": "cn", "kind": "province"}
    )
    assert problems == []
    assert cleaned["name_ru"] == "Хэйлун"
    assert cleaned["country_code"] == "CN"


def test_every_description_is_consistent():
    names = {e.name for e in E.ALL}
    for entity in E.ALL:
        assert entity.title_field is None or entity.field(entity.title_field)
        for field in entity.fields:
            if field.kind is Kind.REF:
                assert field.ref in names, (entity.name, field.name)
            if field.kind in (Kind.CHOICE, Kind.MULTI_CHOICE, Kind.STATUS):
                assert field.choices is not None, (entity.name, field.name)
        for key in entity.natural_key:
            entity.field(key)


@settings(max_examples=600, deadline=None)
@given(
    st.text(alphabet="aZ09.+-_!'@ ()\"яЁ", max_size=12),
    st.sampled_from(
        [
            "example.org",
            "Example.ORG",
            "mail.example.com",
            "localhost",
            "x.local",
            "a.invalid",
            "x.c0",
            "sub-domain.co.uk",
            "-bad.com",
            "почта.рф",
            "exa_mple.com",
            "x..com",
            "",
        ]
    ),
)
def test_email_shortcut_agrees_with_email_validator(local, domain):
    """normalise_email checks plain addresses with a rule and each domain once: it must give
    exactly the library's verdict and normal form."""
    address = f"{local}@{domain}"
    try:
        expected = validate_email(address, check_deliverability=False).normalized
    except EmailNotValidError:
        expected = None
    try:
        got = normalise_email(address)
    except EmailNotValidError:
        got = None
    assert got == expected
    assert normalise_email("z1@Example.ORG") == "z1@example.org"
