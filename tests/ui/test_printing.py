"""Printed registry tables: dates and header words whole, the active filter in the title."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from desktop.domain.entities import BY_NAME
from desktop.services import Query
from desktop.services.demo import fill_demo
from desktop.ui import translations
from desktop.ui.printing import save_pdf, table_html
from desktop.ui.text import tr_domain

DATE = re.compile(r"\d{2}\.\d{2}\.\d{4}")


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


@pytest.fixture(params=["en", "ru"])
def language(request, qapp, tmp_path):
    translations.install(request.param, tmp_path)
    yield request.param
    translations.install("en", tmp_path)


def test_a_printed_table_keeps_dates_and_header_words_whole(services, tmp_path, language):
    fill_demo(services.db, 30)
    for name in ("agreements", "delegations", "events", "twins"):
        entity = BY_NAME[name]
        html = table_html(services, entity, Query(), tr_domain(entity.plural))
        text = pdf_text(save_pdf(html, tmp_path / f"{name}.pdf", landscape=True))
        broken = re.findall(r"\d{2}\.\d{2}\.\d{0,3}\s*\n\s*\d", text)
        assert broken == [], name
        dates_in_html = len(DATE.findall(html))
        assert len(DATE.findall(text)) == dates_in_html, name
        for field in entity.table_fields:
            for word in tr_domain(field.label).split():
                assert word in text, (name, word)


def test_the_title_names_the_search_the_filters_and_the_trash(services):
    fill_demo(services.db, 5)
    entity = BY_NAME["agreements"]
    query = Query(text="Хэйлунцзян", country="CN", status="signed", year=2024, trash=True)
    html = table_html(services, entity, query, tr_domain(entity.plural))
    title = re.search(r"<h1>(.*?)</h1>", html, re.S).group(1)
    assert "Хэйлунцзян" in title and services.country_name("CN") in title
    assert "2024" in title and "trash" in title.lower()
    assert "signed" in title.lower()
    plain = table_html(services, entity, Query(), tr_domain(entity.plural))
    assert "trash" not in re.search(r"<h1>(.*?)</h1>", plain, re.S).group(1).lower()
