"""Citizens send ideas, questions and offers to help; coordinators read them in the admin."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.cache import cache
from wagtail.contrib.forms.models import FormSubmission

from pages import participation
from pages.models import HomePage, ParticipationPage, StandardPage
from tests.conftest import url_in

pytestmark = pytest.mark.django_db

VALID = {
    "name": "Jonas Beispiel",
    "email": "jonas@example.org",
    "town": "Rheine",
    "message": "Solar panels on the school roofs, planned together with the pupils.",
    "consent": "on",
    "website": "",
}


@pytest.fixture(autouse=True)
def _fresh_rate_limit():
    """Every test starts with an empty rate-limit count (the cache outlives a test)."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def page():
    page = ParticipationPage.objects.get()
    page.to_address = "koordination@example.org, team@example.org"
    page.save_revision().publish()
    return page


def form_of(response):
    return BeautifulSoup(response.content, "html.parser").find("form", class_="participation-form")


def test_page_is_in_the_menu_in_both_languages(client):
    home = HomePage.objects.get()
    german = client.get(url_in(home, "de")).content.decode()
    english = client.get(url_in(home, "en")).content.decode()
    assert 'href="/de/mitmachen/"' in german
    assert 'href="/en/get-involved/"' in english


def test_english_form_has_english_labels_and_links_the_privacy_statement(client, page):
    response = client.get(url_in(page, "en"))
    assert response.status_code == 200
    form = form_of(response)
    labels = [" ".join(label.get_text().split()) for label in form.find_all("label")]
    assert "Your e-mail address" in labels
    assert "Your town" in labels
    consent = form.find("label", attrs={"for": "id_consent"})
    assert consent.find("a")["href"] == "/en/privacy/"


def test_honeypot_is_hidden_by_a_class_and_labelled_to_be_left_empty(client, page):
    form = form_of(client.get(url_in(page, "en")))
    trap = form.find("input", attrs={"name": "website"})
    wrapper = trap.find_parent("div")
    assert "form-field--trap" in wrapper["class"]
    assert wrapper.find("label").get_text(strip=True) == "Please leave this field empty"
    assert trap["tabindex"] == "-1"
    assert not form.find(attrs={"style": True})
    assert not form.find("script")


def test_town_offers_the_five_partner_towns_and_another(client, page):
    form = form_of(client.get(url_in(page, "en")))
    options = [o["value"] for o in form.find("select", attrs={"name": "town"}).find_all("option")]
    assert options == ["", "Bernburg (Saale)", "Borne", "Leiria", "Rheine", "Trakai", "other"]


def test_submission_is_stored_and_mailed_to_the_coordination(client, page):
    response = client.post(url_in(page, "en"), VALID)
    assert response.status_code == 200
    assert "Thank you for your message!" in response.content.decode()

    submission = FormSubmission.objects.get(page=page)
    assert submission.get_data()["message"] == VALID["message"]
    assert submission.get_data()["language"] == "en"
    assert "website" not in submission.form_data

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["koordination@example.org", "team@example.org"]
    assert message.reply_to == ["jonas@example.org"]
    assert VALID["message"] in message.body


def test_no_mail_is_sent_without_recipients_but_the_submission_is_kept(client):
    page = ParticipationPage.objects.get()
    assert page.to_address == ""
    client.post(url_in(page, "de"), VALID)
    assert FormSubmission.objects.filter(page=page).count() == 1
    assert mail.outbox == []


def test_submission_appears_in_the_admin_list(admin_client, page):
    admin_client.post(url_in(page, "en"), VALID)
    response = admin_client.get(f"/admin/forms/submissions/{page.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Jonas Beispiel" in html
    assert "jonas@example.org" in html


def test_submission_is_in_the_csv_export(admin_client, page):
    admin_client.post(url_in(page, "en"), VALID)
    response = admin_client.get(f"/admin/forms/submissions/{page.pk}/?export=csv")
    assert response.status_code == 200
    content = (
        b"".join(response.streaming_content).decode()
        if response.streaming
        else (response.content.decode())
    )
    assert "Jonas Beispiel" in content
    assert VALID["message"] in content


def test_bad_input_is_refused_with_messages_and_the_typed_values_are_kept(client, page):
    data = {**VALID, "email": "not-an-address", "consent": ""}
    response = client.post(url_in(page, "en"), data)
    assert response.status_code == 200
    assert FormSubmission.objects.count() == 0
    html = response.content.decode()
    assert "Enter a valid email address." in html
    assert "Please agree to the processing of your details" in html
    form = form_of(response)
    assert form.find("input", attrs={"name": "name"})["value"] == VALID["name"]
    assert form.find("input", attrs={"name": "email"})["value"] == "not-an-address"
    assert form.find("textarea", attrs={"name": "message"}).get_text().strip() == VALID["message"]
    selected = form.find("select", attrs={"name": "town"}).find("option", selected=True)
    assert selected["value"] == "Rheine"
    assert form.find("input", attrs={"name": "email"})["aria-invalid"] == "true"


def test_errors_are_in_the_visitors_language(client, page):
    def name_error(language):
        response = client.post(url_in(page, language), {**VALID, "name": ""})
        return form_of(response).find(id="id_name-error").get_text(strip=True)

    assert name_error("en") == "This field is required."
    german = name_error("de")
    assert german
    assert german != "This field is required."


def test_filled_honeypot_is_answered_like_a_person_but_nothing_is_kept(client, page):
    response = client.post(url_in(page, "en"), {**VALID, "website": "https://spam.example"})
    assert response.status_code == 200
    assert "Thank you for your message!" in response.content.decode()
    assert FormSubmission.objects.count() == 0
    assert mail.outbox == []


def test_sixth_submission_in_ten_minutes_is_refused_with_a_friendly_page(client, page):
    for number in range(participation.RATE_LIMIT):
        message = {**VALID, "message": f"Idea number {number}"}
        assert client.post(url_in(page, "en"), message).status_code == 200
    response = client.post(url_in(page, "en"), {**VALID, "message": "One idea too many"})
    assert response.status_code == 429
    assert "Please wait a little" in response.content.decode()
    assert FormSubmission.objects.count() == participation.RATE_LIMIT


def test_rate_limit_counts_per_address(client, page):
    for _ in range(participation.RATE_LIMIT):
        client.post(url_in(page, "en"), VALID)
    other = client.post(url_in(page, "en"), VALID, REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 200


def test_coordinators_read_the_submissions_town_editors_do_not(client, page, django_user_model):
    from django.contrib.auth.models import Group

    from editorial import roles

    client.post(url_in(page, "en"), VALID)
    coordinator = django_user_model.objects.create_user("k", "k@example.org", "pw")
    coordinator.groups.add(Group.objects.get(name=roles.COORDINATION))
    editor = django_user_model.objects.create_user("t", "t@example.org", "pw")
    editor.groups.add(Group.objects.get(name="Redaktion Trakai"))

    client.force_login(coordinator)
    assert "Jonas Beispiel" in client.get(f"/admin/forms/submissions/{page.pk}/").content.decode()
    client.force_login(editor)
    assert client.get(f"/admin/forms/submissions/{page.pk}/").status_code in (302, 403)


# A mail outage: the message is kept, the citizen thanked, the coordination told.


class BrokenMailBackend:
    """A mail server that refuses every connection, as during an outage."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError(111, "Connection refused")


@pytest.fixture
def mail_down(settings):
    settings.EMAIL_BACKEND = "tests.pages.test_participation.BrokenMailBackend"


def test_citizen_is_thanked_when_the_mail_server_is_down(client, page, mail_down, caplog):
    response = client.post(url_in(page, "en"), VALID)
    assert response.status_code == 200
    assert "Thank you for your message!" in response.content.decode()
    submission = FormSubmission.objects.get(page=page)
    assert submission.participation_mail.status == "failed"
    assert "Connection refused" in submission.participation_mail.error
    assert any("could not be mailed" in record.getMessage() for record in caplog.records)


def test_the_same_message_sent_again_is_stored_once(client, page, mail_down):
    client.post(url_in(page, "en"), VALID)
    client.post(url_in(page, "en"), VALID)
    assert FormSubmission.objects.filter(page=page).count() == 1
    client.post(url_in(page, "en"), {**VALID, "message": "A second, different idea."})
    assert FormSubmission.objects.filter(page=page).count() == 2


def test_sending_again_after_the_mail_went_out_sends_nothing_more(client, page):
    client.post(url_in(page, "en"), VALID)
    client.post(url_in(page, "en"), VALID)
    assert len(mail.outbox) == 1
    assert FormSubmission.objects.filter(page=page).count() == 1


def test_coordinator_sees_the_failure_and_sends_again_when_mail_is_back(
    client, page, mail_down, coordinator_client, settings
):
    client.post(url_in(page, "en"), VALID)
    dashboard = coordinator_client.get("/admin/").content.decode()
    panel = BeautifulSoup(dashboard, "html.parser").find(id="participation-mail-heading")
    text = " ".join(panel.find_parent("section").get_text(" ").split())
    assert "1 Nachricht aus dem Formular" in text
    listing = coordinator_client.get(f"/admin/forms/submissions/{page.pk}/").content.decode()
    assert "E-Mail fehlgeschlagen: [Errno 111] Connection refused" in listing

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    response = coordinator_client.post("/admin/participation/retry-mail/", follow=True)
    assert response.status_code == 200
    assert len(mail.outbox) == 1
    assert FormSubmission.objects.filter(page=page).count() == 1
    assert FormSubmission.objects.get().participation_mail.status == "sent"
    dashboard = coordinator_client.get("/admin/").content.decode()
    assert 'id="participation-mail-heading"' not in dashboard


def test_town_editor_cannot_send_the_messages_again(client, page, mail_down, borne_client):
    client.post(url_in(page, "en"), VALID)
    borne_client.post("/admin/participation/retry-mail/")
    assert FormSubmission.objects.get().participation_mail.status == "failed"
    assert 'id="participation-mail-heading"' not in borne_client.get("/admin/").content.decode()


def test_dashboard_warns_the_coordination_that_the_form_has_no_recipient(coordinator_client):
    dashboard = coordinator_client.get("/admin/").content.decode()
    panel = BeautifulSoup(dashboard, "html.parser").find(id="participation-mail-heading")
    text = " ".join(panel.find_parent("section").get_text(" ").split())
    assert "hat keinen E-Mail-Empfänger" in text


def test_bundled_texts_say_where_a_message_goes(client):
    """No recipient is known (FACTS.md): the texts say the message is stored, not passed on."""
    page = ParticipationPage.objects.get()
    assert page.to_address == ""
    for language, stored, passed_on in (
        ("de", "gespeichert", "weitergegeben"),
        ("en", "stored", "passed on"),
    ):
        thanks = str(getattr(page, f"thank_you_text_{language}"))
        assert stored in thanks and passed_on not in thanks
    privacy = client.get(url_in(StandardPage.objects.get(slug_de="datenschutz"), "de"))
    text = privacy.content.decode()
    assert "leiten sie per E-Mail an die Projektkoordination weiter" not in text
    assert "auf dem Server dieser Website" in text
