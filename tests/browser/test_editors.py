"""In Chromium, over HTTPS with the production settings: the coordination's and a town's daily work.

Each test logs in as the person who does the job, a member of "Projektkoordination" or of
"Redaktion Borne", never as a superuser, and works in the admin as they would.
"""

import re
from io import BytesIO

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from PIL import Image
from playwright.sync_api import expect
from wagtail.images import get_image_model

from conferences.models import ConferenceIndexPage, ConferencePage
from editorial import roles
from pages.models import NewsPage, ParticipationPage, ProjectPage
from partners.models import PartnerTownPage
from tests.browser.conftest import log_in, open_deployed
from tests.conftest import EDITOR_PASSWORD, url_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def deployable(user):
    """The user's password hashed as production checks it (the tests hash with MD5)."""
    user.password = PBKDF2PasswordHasher().encode(EDITOR_PASSWORD, PBKDF2PasswordHasher().salt())
    user.save(update_fields=["password"])
    return user


@pytest.fixture
def coordinator(make_editor):
    return deployable(make_editor("koordination", roles.COORDINATION, first_name="Kim"))


@pytest.fixture
def borne_editor(make_editor):
    return deployable(make_editor("redaktion-borne", "Redaktion Borne", first_name="Bo"))


@pytest.fixture
def as_editor(browser, deployed):
    """A browser tab logged in as ``user`` on the deployment; closed after the test."""
    pages = []

    def open_as(user):
        page = open_deployed(browser, deployed)
        log_in(page, deployed.url, user.username)
        pages.append(page)
        return page

    yield open_as
    for page in pages:
        page.context.close()


@pytest.fixture
def photo(tmp_path):
    path = tmp_path / "foto-projektstart.jpg"
    buffer = BytesIO()
    Image.new("RGB", (800, 500), (40, 120, 80)).save(buffer, "JPEG")
    path.write_bytes(buffer.getvalue())
    return path


def choose_action(page, name):
    """Click an action of the edit form's footer, opening its "more actions" menu if needed."""
    action = page.locator("footer").get_by_role("button", name=name, exact=True)
    if not action.is_visible():
        page.locator("footer .w-dropdown__toggle").click()
    action.click()


def edit_url(deployed, page):
    return f"{deployed.url}/admin/pages/{page.pk}/edit/"


def test_coordinator_uploads_an_image_with_alt_text_in_both_languages_for_a_news_article(
    deployed, as_editor, coordinator, photo
):
    article = NewsPage.objects.get(slug_de="projektstart")
    page = as_editor(coordinator)
    page.goto(edit_url(deployed, article))
    page.locator("#panel-child-inhalt-image-section").get_by_role(
        "button", name="Bild auswählen"
    ).click()
    modal = page.locator(".modal-content")
    modal.get_by_role("tab", name="Hochladen").click()
    modal.locator("input[type=file]").set_input_files(photo)
    modal.get_by_label("Titel").fill("Projektstart in Rheine")
    modal.locator("[name$=description_de]").fill("Grünes Foto vom Projektstart")
    modal.locator("[name$=description_en]").fill("Green photo of the project start")
    modal.locator("select[name$=upload-collection]").select_option(label=roles.SHARED_COLLECTION)
    modal.get_by_role("button", name="Hochladen").click()
    chosen = page.locator("#panel-child-inhalt-image-section [data-chooser-title]")
    expect(chosen).to_have_text("Projektstart in Rheine")
    choose_action(page, "Veröffentlichen")
    expect(page.locator(".messages .success")).to_be_visible()

    page.goto(deployed.url + url_in(article, "de"))
    expect(page.locator("main img").first).to_have_attribute("alt", "Grünes Foto vom Projektstart")
    page.goto(deployed.url + url_in(article, "en"))
    expect(page.locator("main img").first).to_have_attribute(
        "alt", "Green photo of the project start"
    )
    image = get_image_model().objects.get(title="Projektstart in Rheine")
    assert image.collection.name == roles.SHARED_COLLECTION


def test_town_editor_uploads_into_its_towns_collection_and_cannot_reach_another_towns(
    deployed, as_editor, borne_editor, photo
):
    page = as_editor(borne_editor)
    page.goto(f"{deployed.url}/admin/images/add/")
    # Only Borne's collection to add to: the form does not even ask.
    expect(page.get_by_label("Sammlung")).to_have_count(0)
    page.locator("input[type=file]").set_input_files(photo)
    page.get_by_label("Titel").fill("Wasserwerk Borne")
    page.locator("[name=description_de]").fill("Das Wasserwerk")
    page.locator("[name=description_en]").fill("The waterworks")
    page.get_by_role("button", name="Hochladen").click()
    expect(page.locator(".messages .success")).to_be_visible()
    assert get_image_model().objects.get(title="Wasserwerk Borne").collection.name == "Borne"

    page.goto(f"{deployed.url}/admin/images/")
    listing = page.locator("main")
    expect(listing).to_contain_text("Wasserwerk Borne")
    expect(listing).not_to_contain_text("Trakai")

    trakai = get_image_model().objects.get(title="Trakai")
    page.goto(f"{deployed.url}/admin/images/{trakai.pk}/")
    expect(page).to_have_url(f"{deployed.url}/admin/")
    expect(page.locator(".messages")).to_contain_text("keinen Zugang")


def test_preview_panel_shows_the_draft_to_a_coordinator_in_german_and_english(
    deployed, as_editor, coordinator
):
    borne = ConferencePage.objects.get(slug_de="konferenz-borne-2013")
    page = as_editor(coordinator)
    page.goto(edit_url(deployed, borne))
    page.fill("#id_intro_de", "Entwurf: Borne empfängt die Partnerstädte.")
    page.fill("#id_intro_en", "Draft: Borne welcomes the partner towns.")
    page.locator('[data-side-panel-toggle="preview"]').click()
    preview = page.frame_locator("iframe[title]").first
    expect(preview.locator(".lead")).to_have_text("Entwurf: Borne empfängt die Partnerstädte.")

    page.get_by_label("Vorschaumodus").select_option(label="English")
    expect(preview.locator(".lead")).to_have_text("Draft: Borne welcomes the partner towns.")
    # The language switch inside the preview stays in the draft.
    preview.locator(".language-switch a[hreflang=de]").click()
    expect(preview.locator(".lead")).to_have_text("Entwurf: Borne empfängt die Partnerstädte.")


def test_clashing_english_slug_shows_its_error_after_save(deployed, as_editor, coordinator):
    borne = ConferencePage.objects.get(slug_de="konferenz-borne-2013")
    page = as_editor(coordinator)
    page.goto(edit_url(deployed, borne))
    # The editor works in German only and has the English fields hidden.
    page.locator(".kp-languages").get_by_role("button", name="English").click()
    page.get_by_role("tab", name="Veröffentlichung").click()
    expect(page.locator("#id_slug_en")).to_be_hidden()
    page.locator("#id_slug_en").evaluate("(input) => { input.value = 'conference-bernburg'; }")
    choose_action(page, "Entwurf speichern")

    error = page.locator(".error-message", has_text="Dieser Kurztitel wird")
    page.get_by_role("button", name="Gehen Sie zum ersten Fehler").click()
    expect(error).to_be_visible()
    expect(error).to_be_in_viewport()
    expect(page.locator("#id_slug_en")).to_have_value("conference-bernburg")


def test_languages_are_remembered_and_shown_side_by_side(deployed, as_editor, coordinator):
    rheine = PartnerTownPage.objects.get(slug_de="rheine")
    page = as_editor(coordinator)
    page.goto(edit_url(deployed, rheine))
    # The coordinator works in German and English: the other languages are put away.
    for name in ("Nederlands", "Português", "Lietuvių"):
        page.locator(".kp-languages").get_by_role("button", name=name).click()
    page.locator(".kp-languages").get_by_role("button", name="Nebeneinander").click()
    page.goto(edit_url(deployed, ConferencePage.objects.get(slug_de="konferenz-borne-2013")))
    german, english = page.locator("#id_intro_de"), page.locator("#id_intro_en")
    expect(english).to_be_visible()
    expect(page.locator("#id_intro_nl")).to_be_hidden()
    # Each language's field (its wrapper, with label and copy buttons) in a column of one row.
    unit = "xpath=ancestor::*[@data-kp-language][1]"
    left, right = german.locator(unit).bounding_box(), english.locator(unit).bounding_box()
    assert abs(left["y"] - right["y"]) < 2 and left["x"] + left["width"] < right["x"]


def test_english_report_and_excursions_start_from_the_german_in_one_action(
    deployed, as_editor, coordinator
):
    borne = ConferencePage.objects.get(slug_de="konferenz-borne-2013")
    borne.body_en = []
    for excursion in borne.excursions.all():
        excursion.title_en = excursion.description_en = excursion.places_en = ""
        excursion.save()
    borne.save_revision().publish()

    page = as_editor(coordinator)
    page.goto(edit_url(deployed, borne))
    report = page.locator("#panel-child-inhalt-body_en-section")
    report.get_by_role("button", name="Aus Deutsch übernehmen").click()
    excursions = page.locator("#panel-child-inhalt-exkursionen-section")
    excursions.get_by_role("button", name="Alle Einträge: Englisch aus Deutsch übernehmen").click()
    expect(page.locator("#id_excursions-0-title_en")).to_have_value("Kläranlage Hengelo")
    page.wait_for_timeout(500)  # the editors keep their text after a short pause
    choose_action(page, "Entwurf speichern")
    expect(page.locator(".messages .success")).to_be_visible()

    draft = ConferencePage.objects.get(pk=borne.pk).get_latest_revision_as_object()
    assert [block.block_type for block in draft.body_en] == [
        block.block_type for block in draft.body_de
    ]
    assert str(draft.body_en[0].value) == str(draft.body_de[0].value)
    titles = [(e.title_de, e.title_en) for e in draft.excursions.all()]
    assert all(german == english for german, english in titles), titles


def test_english_rich_text_starts_from_the_german(deployed, as_editor, coordinator):
    project = ProjectPage.objects.get()
    project.funding_en = ""
    project.save_revision().publish()

    page = as_editor(coordinator)
    page.goto(edit_url(deployed, project))
    funding = page.locator("#panel-child-inhalt-funding_en-section")
    funding.get_by_role("button", name="Aus Deutsch übernehmen").click()
    expect(funding.locator(".DraftEditor-root")).to_contain_text("Europa für Bürgerinnen")
    page.wait_for_timeout(500)  # the editor keeps its text after a short pause
    choose_action(page, "Entwurf speichern")
    expect(page.locator(".messages .success")).to_be_visible()
    draft = ProjectPage.objects.get().get_latest_revision_as_object()
    assert draft.funding_en == draft.funding_de


def test_citizens_message_with_mail_down_is_thanked_and_the_coordinator_sees_it(
    deployed, browser, as_editor, coordinator
):
    form_page = ParticipationPage.objects.get()
    form_page.to_address = "koordination@example.org"
    form_page.save_revision().publish()

    citizen = open_deployed(browser, deployed)
    citizen.goto(deployed.url + url_in(form_page, "de"))
    citizen.get_by_label("Ihr Name").fill("Jonas Beispiel")
    citizen.get_by_label("Ihre E-Mail-Adresse").fill("jonas@example.org")
    citizen.get_by_label("Ihre Stadt").select_option("Rheine")
    citizen.locator("textarea[name=message]").fill("Solardächer auf den Schulen, mit den Kindern.")
    citizen.locator("#id_consent").check()
    citizen.get_by_role("button", name="Senden").click()
    expect(citizen.locator("main")).to_contain_text("Vielen Dank für Ihre Nachricht!")
    citizen.reload()  # the browser sends the form again
    expect(citizen.locator("main")).to_contain_text("Vielen Dank für Ihre Nachricht!")
    citizen.context.close()

    page = as_editor(coordinator)
    panel = page.locator("section", has=page.locator("#participation-mail-heading"))
    expect(panel).to_contain_text("1 Nachricht aus dem Formular „Mitmachen“")
    panel.get_by_role("link", name="Nachrichten lesen").first.click()
    expect(page.locator("main table")).to_contain_text("Jonas Beispiel")
    expect(page.locator("main table")).to_contain_text("E-Mail fehlgeschlagen")
    assert form_page.get_submissions().count() == 1


def test_coordinator_acknowledges_a_translation_flag(deployed, as_editor, coordinator):
    rheine = PartnerTownPage.objects.get(slug_de="rheine")
    rheine.intro_de += " Die Stadt liegt an der Ems."
    rheine.save_revision().publish()

    page = as_editor(coordinator)
    page.goto(f"{deployed.url}/admin/reports/translations/")

    def rheine_row(language_name):
        cell = page.locator("td", has_text=re.compile(f"^\\s*{language_name}\\s*$"))
        return page.locator("tbody tr", has_text="Rheine").filter(has=cell)

    expect(rheine_row("Englisch")).to_contain_text("Einleitung")
    rheine_row("Englisch").get_by_role("button", name="Geprüft, noch aktuell").click()
    expect(page.locator(".messages .success")).to_contain_text("geprüft und noch aktuell")
    expect(rheine_row("Englisch")).to_have_count(0)
    # The other translations of the changed text still wait for their own check.
    expect(rheine_row("Niederländisch")).to_contain_text("Einleitung")


def test_conference_dated_2012_added_today_sorts_before_2014(deployed, as_editor, coordinator):
    index = ConferenceIndexPage.objects.get()
    page = as_editor(coordinator)
    page.goto(f"{deployed.url}/admin/pages/add/conferences/conferencepage/{index.pk}/")
    page.fill("#id_title_de", "Auftakttreffen in Rheine")
    page.fill("#id_title_en", "Kick-off meeting in Rheine")
    page.fill("#id_start_date", "2012-09-01")
    page.get_by_label("Genauigkeit des Datums").select_option(label="Nur Monat")
    page.locator("#id_title_de").click()  # closes the date picker, as a click elsewhere does
    choose_action(page, "Veröffentlichen")
    expect(page.locator(".messages .success")).to_be_visible()

    page.goto(deployed.url + url_in(index, "de"))
    titles = page.locator(".timeline__title").all_inner_texts()
    assert titles.index("Auftakttreffen in Rheine") == 1, titles
    assert titles.index("Auftakttreffen in Rheine") < titles.index("Abschlusskonferenz in Rheine")
