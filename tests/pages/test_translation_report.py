"""The translation report: pages whose English (or German) is missing or older than the other."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group

from pages import roles
from pages.models import TranslationStatus
from pages.reports import pages_needing_translation
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
    assert len(rows) == 1
    assert "Rheine" in rows[0]


def test_changing_both_languages_together_reports_nothing(admin_client):
    rheine = town("rheine")
    url, data = edit_form_data(admin_client, rheine)
    data["intro_de"] = rheine.intro_de + " Die Stadt liegt an der Ems."
    data["intro_en"] = rheine.intro_en + " The town lies on the river Ems."
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

    from pages.bundled.builders import add_page
    from pages.models import NewsIndexPage, NewsPage

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
    assert len(report_rows(admin_client)) == 1
    publish_with(rheine, intro_en=rheine.intro_en + " The town lies on the river Ems.")
    assert report_rows(admin_client) == []


def test_removing_english_text_does_not_make_the_german_outdated():
    status = publish_with(town("borne"), intro_en="").translation_status
    assert status.outdated == {}
    assert status.incomplete == ["en"]


def test_report_is_in_the_reports_menu(admin_client):
    html = admin_client.get("/admin/").content.decode()
    assert REPORT in html
