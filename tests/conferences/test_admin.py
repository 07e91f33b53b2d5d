"""Coordinators create conferences with excursions through the Wagtail admin form."""

import pytest
from bs4 import BeautifulSoup
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

import language
from conferences.models import ConferenceIndexPage, ConferencePage
from partners.models import PartnerTownPage
from tests.conftest import url_in

pytestmark = pytest.mark.django_db


def add_form_data(admin_client, index):
    """The admin's add form as a browser would submit it, before the editor types."""
    url = f"/admin/pages/add/conferences/conferencepage/{index.pk}/"
    data = querydict_from_html(admin_client.get(url).content.decode(), form_id="page-edit-form")
    # StreamFields are drawn by JavaScript; an empty stream posts its count only.
    data.update(
        nested_form_data(
            {
                name: streamfield([])
                for name in (*language.localized("body"), *language.localized("programme"))
            }
        )
    )
    return url, data


def test_conference_with_excursion_created_in_admin_is_live_in_both_languages(admin_client):
    index = ConferenceIndexPage.objects.get()
    trakai = PartnerTownPage.objects.get(slug_de="trakai")
    url, data = add_form_data(admin_client, index)
    data.update(
        {
            "title_de": "Nachtreffen in Trakai",
            "title_en": "Follow-up meeting in Trakai",
            "slug_de": "nachtreffen-trakai",
            "slug_en": "follow-up-trakai",
            "kind": "conference",
            "host_town": str(trakai.pk),
            "date_precision": "day",
            "start_date": "2014-05-06",
            "end_date": "2014-05-07",
            "topic_de": "Energie",
            "topic_en": "Energy",
            "excursions-TOTAL_FORMS": "1",
            "excursions-0-title_de": "Besuch am See",
            "excursions-0-title_en": "Visit by the lake",
            "excursions-0-places_de": "Ufer\nBurg",
            "excursions-0-places_en": "Shore\nCastle",
            "excursions-0-ORDER": "0",
            "action-publish": "publish",
        }
    )
    response = admin_client.post(url, data)
    assert response.status_code == 302, BeautifulSoup(response.content, "html.parser").select(
        ".error-message"
    )

    conference = ConferencePage.objects.get(slug_de="nachtreffen-trakai")
    assert conference.live
    assert [e.title_en for e in conference.excursions.all()] == ["Visit by the lake"]

    english = admin_client.get(url_in(conference, "en")).content.decode()
    assert "Follow-up meeting in Trakai" in english
    assert "Visit by the lake" in english
    assert "<li>Castle</li>" in english
    german = admin_client.get(url_in(conference, "de")).content.decode()
    assert "Besuch am See" in german
    # The host town links back to the conference.
    town = admin_client.get(url_in(trakai, "en")).content.decode()
    assert url_in(conference, "en") in town


def test_end_before_start_is_refused_with_a_message(admin_client):
    index = ConferenceIndexPage.objects.get()
    url, data = add_form_data(admin_client, index)
    data.update(
        {
            "title_de": "Falsch datiert",
            "slug_de": "falsch-datiert",
            "kind": "conference",
            "date_precision": "day",
            "start_date": "2014-05-07",
            "end_date": "2014-05-06",
            "action-publish": "publish",
        }
    )
    response = admin_client.post(url, data)
    assert response.status_code == 200
    # The admin speaks the editor's language: German by default.
    assert "Das Ende kann nicht vor dem Beginn liegen." in response.content.decode()
    assert not ConferencePage.objects.filter(slug_de="falsch-datiert").exists()
