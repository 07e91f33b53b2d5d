"""The translation report: pages whose translation (or German) is missing or older than another
language's text."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group

from editorial import roles
from editorial.models import TranslationStatus
from editorial.reports import pages_needing_translation
from partners.models import PartnerTownPage
from tests.admin_forms import edit_form_data

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/translations/"


def town(slug):
    return PartnerTownPage.objects.get(slug_de=slug)


def publish_with(page, **values):
    """Change fields of ``page`` and publish, as the admin does."""
    for name, value in values.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


def report_rows(client):
    response = client.get(REPORT)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [" ".join(row.get_text(" ").split()) for row in soup.select("tbody tr")]


def row_languages(client):
    """The language column of the report's rows, as the (German) admin names them."""
    soup = BeautifulSoup(client.get(REPORT).content, "html.parser")
    headers = [" ".join(cell.get_text(" ").split()) for cell in soup.select("thead th")]
    column = headers.index("Sprache")
    return [
        " ".join(row.find_all(["td", "th"])[column].get_text(" ").split())
        for row in soup.select("tbody tr")
    ]


# The languages that follow the German text, as the German admin names them.
TRANSLATIONS = ["Englisch", "Niederländisch", "Portugiesisch", "Litauisch"]


def test_bundled_content_needs_no_translation(admin_client):
    assert report_rows(admin_client) == []


def test_report_lists_a_page_missing_english_with_a_link_to_edit_it(admin_client):
    leiria = publish_with(town("leiria"), intro_en="")
    response = admin_client.get(REPORT)
    html = response.content.decode()
    assert f"/admin/pages/{leiria.pk}/edit/" in html
    rows = report_rows(admin_client)
    assert len(rows) == 1
    assert "Leiria" in rows[0]


def test_report_lists_a_page_missing_german(admin_client):
    publish_with(town("borne"), intro_de="")
    rows = report_rows(admin_client)
    assert len(rows) == 1
    assert "Borne" in rows[0]


def test_page_leaves_the_report_once_translated_in_the_admin(admin_client):
    trakai = publish_with(town("trakai"), intro_en="")
    assert len(report_rows(admin_client)) == 1

    url, data = edit_form_data(admin_client, trakai)
    data["intro_en"] = "Trakai, the town of the island castle."
    data["action-publish"] = "publish"
    assert admin_client.post(url, data).status_code == 302

    assert report_rows(admin_client) == []


def test_english_is_reported_outdated_when_only_german_changed_since(admin_client):
    rheine = town("rheine")
    url, data = edit_form_data(admin_client, rheine)
    data["intro_de"] = rheine.intro_de + " Die Stadt liegt an der Ems."
    data["action-publish"] = "publish"
    assert admin_client.post(url, data).status_code == 302

    status = TranslationStatus.objects.get(page=rheine)
    assert status.changed_at["de"] > status.changed_at["en"]
    rows = report_rows(admin_client)
    # One row per translation: English and the partners' languages are all older now.
    assert len(rows) == 4
    assert all("Rheine" in row for row in rows)
    assert row_languages(admin_client) == TRANSLATIONS


def test_changing_every_language_together_reports_nothing(admin_client):
    rheine = town("rheine")
    url, data = edit_form_data(admin_client, rheine)
    data["intro_de"] = rheine.intro_de + " Die Stadt liegt an der Ems."
    data["intro_en"] = rheine.intro_en + " The town lies on the river Ems."
    data["intro_nl"] = rheine.intro_nl + " De stad ligt aan de Eems."
    data["intro_pt"] = rheine.intro_pt + " A cidade fica junto ao rio Ems."
    data["intro_lt"] = rheine.intro_lt + " Miestas stovi prie Emso upės."
    data["action-publish"] = "publish"
    assert admin_client.post(url, data).status_code == 302
    assert report_rows(admin_client) == []


def test_town_editor_sees_only_its_own_pages_in_the_report(client, django_user_model):
    publish_with(town("leiria"), intro_en="")
    publish_with(town("bernburg"), intro_en="")
    user = django_user_model.objects.create_user("leiria", "l@example.org", "pw")
    user.groups.add(Group.objects.get(name="Redaktion Leiria"))
    assert [state.page.pk for state in pages_needing_translation(user)] == [town("leiria").pk]


def test_dashboard_shows_how_many_pages_need_translating(admin_client):
    publish_with(town("leiria"), intro_en="")
    publish_with(town("borne"), intro_en="")
    html = admin_client.get("/admin/").content.decode()
    soup = BeautifulSoup(html, "html.parser")
    panel = soup.find(id="translation-status-heading").find_parent("section")
    assert "2" in panel.get_text()
    assert panel.find("a", href=REPORT)


def test_report_queries_do_not_grow_with_the_number_of_pages(django_user_model):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from pages.models import NewsIndexPage, NewsPage
    from seed.builders import add_page

    user = django_user_model.objects.create_superuser("boss", "b@example.org", "pw")
    with CaptureQueriesContext(connection) as before:
        pages_needing_translation(user)
    index = NewsIndexPage.objects.get()
    for number in range(5):
        add_page(
            index,
            NewsPage,
            date="2014-06-30",
            title={"de": f"Meldung {number}", "en": ""},
            slug={"de": f"meldung-{number}", "en": f"news-{number}"},
        )
    with CaptureQueriesContext(connection) as after:
        states = pages_needing_translation(user)
    assert len(states) == 5
    assert len(after) == len(before)


def test_publishing_without_english_title_warns_but_publishes(admin_client):
    leiria = town("leiria")
    url, data = edit_form_data(admin_client, leiria)
    data["title_en"] = ""
    data["action-publish"] = "publish"
    response = admin_client.post(url, data, follow=True)
    leiria.refresh_from_db()
    assert leiria.title_en in ("", None)
    assert leiria.live
    messages = [str(m) for m in response.context["messages"]]
    # The admin speaks German by default.
    assert any("ohne englischen Titel" in m for m in messages), messages


def test_coordination_group_approves_in_the_workflow():
    from wagtail.models import GroupApprovalTask

    task = GroupApprovalTask.objects.get(name=roles.APPROVAL_TASK)
    assert list(task.groups.values_list("name", flat=True)) == [roles.COORDINATION]


def test_updating_the_outdated_english_takes_the_page_off_the_report(admin_client):
    rheine = town("rheine")
    publish_with(rheine, intro_de=rheine.intro_de + " Die Stadt liegt an der Ems.")
    assert row_languages(admin_client) == TRANSLATIONS
    publish_with(rheine, intro_en=rheine.intro_en + " The town lies on the river Ems.")
    assert "Englisch" not in row_languages(admin_client)


def test_removing_english_text_does_not_make_the_german_outdated():
    status = publish_with(town("borne"), intro_en="").translation_status
    assert status.outdated == {}
    assert status.incomplete == ["en"]


def test_report_is_in_the_reports_menu(admin_client):
    html = admin_client.get("/admin/").content.decode()
    assert REPORT in html


# Outdated translations: which fields changed, compared in the admin, acknowledged when current.


def publish_in_admin(client, page, **values):
    """Change fields of ``page`` in its edit form and publish it."""
    url, data = edit_form_data(client, page)
    data.update(values)
    data["action-publish"] = "publish"
    assert client.post(url, data).status_code == 302


def publish_german_change(client, page):
    publish_in_admin(client, page, intro_de=page.intro_de + " Die Stadt liegt an der Ems.")


def test_outdated_translation_names_the_fields_that_changed(coordinator_client):
    publish_german_change(coordinator_client, town("rheine"))
    rows = report_rows(coordinator_client)
    assert len(rows) == len(TRANSLATIONS)
    for row in rows:
        assert row.endswith("Einleitung Änderungen vergleichen Geprüft, noch aktuell"), row


def test_outdated_translation_links_to_the_compare_view_of_the_change(coordinator_client):
    rheine = town("rheine")
    publish_german_change(coordinator_client, rheine)
    soup = BeautifulSoup(coordinator_client.get(REPORT).content, "html.parser")
    compare = soup.find("a", string=lambda text: text and "Änderungen vergleichen" in text)
    response = coordinator_client.get(compare["href"])
    assert response.status_code == 200
    assert "Die Stadt liegt an der Ems." in response.content.decode()


def test_report_shows_times_in_the_sites_time_zone(coordinator_client):
    rheine = town("rheine")
    publish_german_change(coordinator_client, rheine)
    status = TranslationStatus.objects.get(page=rheine)
    status.outdated["en"]["since"] = "2026-07-01T10:00:00+00:00"
    status.save()
    # Berlin is two hours ahead of UTC in summer.
    assert "01.07.2026 12:00" in report_rows(coordinator_client)[0]


def test_checked_translation_is_acknowledged_and_leaves_the_report(coordinator_client):
    from wagtail.models import PageLogEntry

    rheine = town("rheine")
    publish_german_change(coordinator_client, rheine)
    response = coordinator_client.post(
        "/admin/reports/translations/acknowledge/",
        {"page": rheine.pk, "language": "en"},
        follow=True,
    )
    assert response.status_code == 200
    assert "als geprüft und noch aktuell vermerkt" in response.content.decode()
    assert row_languages(coordinator_client) == TRANSLATIONS[1:]
    entry = PageLogEntry.objects.filter(page=rheine).latest("timestamp")
    assert entry.action == "klimapartner.translation_checked"
    assert entry.data["language"] == "en"


def test_publishing_only_english_flags_german_until_acknowledged(coordinator_client):
    rheine = town("rheine")
    publish_in_admin(coordinator_client, rheine, intro_en=rheine.intro_en + " A typo fixed.")
    # German and the languages that follow English are older than the English text now.
    assert row_languages(coordinator_client) == ["Deutsch", *TRANSLATIONS[1:]]
    coordinator_client.post(
        "/admin/reports/translations/acknowledge/", {"page": rheine.pk, "language": "de"}
    )
    assert row_languages(coordinator_client) == TRANSLATIONS[1:]


def test_town_editor_cannot_acknowledge_another_towns_translation(
    coordinator_client, client, django_user_model
):
    rheine = town("rheine")
    publish_german_change(coordinator_client, rheine)
    editor = django_user_model.objects.create_user("borne", "b@example.org", "pw")
    editor.groups.add(Group.objects.get(name="Redaktion Borne"))
    client.force_login(editor)
    response = client.post(
        "/admin/reports/translations/acknowledge/", {"page": rheine.pk, "language": "en"}
    )
    # Wagtail answers "no access" with a redirect to the dashboard and a message.
    assert response.status_code in (302, 403)
    assert "en" in TranslationStatus.objects.get(page=rheine).outdated


@pytest.mark.parametrize(
    "data", [{}, {"page": "abc", "language": "en"}, {"page": "1", "language": "xx"}]
)
def test_acknowledging_nonsense_is_a_400(coordinator_client, data):
    response = coordinator_client.post("/admin/reports/translations/acknowledge/", data)
    assert response.status_code == 400
