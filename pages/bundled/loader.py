"""Fill an empty site with the KlimaPartnerschaft's bundled content, in German and English."""

from decimal import Decimal

from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from django.utils import translation
from wagtail.models import Page, Site

from conferences.models import ConferenceImage, ConferenceIndexPage, ConferencePage, Excursion
from flyer import publishing as flyer
from pages.bundled import artwork, data
from pages.bundled.builders import add_image, add_item, add_page
from pages.models import (
    DownloadItem,
    DownloadsPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    ParticipationPage,
    ProjectPage,
    SiteSettings,
    StandardPage,
)
from pages.roles import collection, setup_roles, shared_collection, short_town_name, town_collection
from pages.site_address import deployment_address
from partners.models import PartnerTownIndexPage, PartnerTownPage

LANGUAGES = [code for code, _name in settings.LANGUAGES]

# Alternative texts for the drawn illustrations, per language.
HERO_ALT = {
    "de": "Zeichnung: grüne Hügel, ein Fluss und Windräder; fünf kleine Städte sind durch "
    "eine Linie miteinander verbunden.",
    "en": "Drawing: green hills, a river and wind turbines; five small towns are joined by a line.",
}
TOWN_ALT = {
    "bernburg": {
        "de": "Zeichnung: das Schloss Bernburg auf der Anhöhe über der Saale.",
        "en": "Drawing: Bernburg Castle on the hill above the river Saale.",
    },
    "borne": {
        "de": "Zeichnung: flache Landschaft in Twente mit Feldern, Kanal und Kirchturm.",
        "en": "Drawing: the flat Twente countryside with fields, a canal and a church spire.",
    },
    "leiria": {
        "de": "Zeichnung: die Burg von Leiria auf dem Hügel über den roten Dächern der Altstadt.",
        "en": "Drawing: Leiria Castle on its hill above the red roofs of the old town.",
    },
    "rheine": {
        "de": "Zeichnung: die Ems mit Wehr, ein Gradierwerk und ein Kirchturm in Rheine.",
        "en": "Drawing: the river Ems with its weir, a graduation tower and a church in Rheine.",
    },
    "trakai": {
        "de": "Zeichnung: die rote Backsteinburg von Trakai auf ihrer Insel im See, "
        "mit Holzbrücke.",
        "en": "Drawing: Trakai's red-brick island castle on the lake, with its wooden bridge.",
    },
}
CONFERENCE_ALT = {
    "de": "Zeichnung: Menschen an einem Konferenztisch vor einer Leinwand.",
    "en": "Drawing: people at a conference table in front of a screen.",
}
EXCURSION_ART = ["sewage-plant", "water-link", "waste-site"]
EXCURSION_ALT = {
    "sewage-plant": {
        "de": "Zeichnung: Klärbecken einer Kläranlage.",
        "en": "Drawing: the basins of a sewage treatment plant.",
    },
    "water-link": {
        "de": "Zeichnung: eine Wasserleitung, die unter Autobahn und Kanal hindurchführt.",
        "en": "Drawing: a water main passing under a motorway and a canal.",
    },
    "waste-site": {
        "de": "Zeichnung: Container für die getrennte Sammlung von Abfällen.",
        "en": "Drawing: containers for separate waste collection.",
    },
}


def page_fields(source, *names):
    """The translated page fields common to every bundled page, plus ``names``."""
    keys = ("title", "slug", "search_description", "intro", "seo_title", *names)
    return {key: source[key] for key in keys if key in source}


def is_loaded():
    return HomePage.objects.exists()


@transaction.atomic
def load(stdout=None):
    """Create the whole site. Returns False, and changes nothing, when content exists already."""
    if is_loaded():
        return False
    with translation.override(settings.MODELTRANSLATION_DEFAULT_LANGUAGE):
        _load()
    # Publishing indexes each page already; a rebuild makes sure nothing was missed.
    call_command("rebuild_search_index", verbosity=0)
    return True


def _load():
    root = Page.get_first_root_node()
    # Wagtail's first migration leaves a plain "Welcome" page; the home page takes its place.
    for page in root.get_children().exact_type(Page):
        page.delete()

    # Pictures and files of the whole project go to the shared collection, a town's to its own
    # (pages.roles), so each town's team finds and edits its own.
    hero = add_image(
        "Startseite",
        artwork.draw_hero(),
        HERO_ALT,
        "klimapartnerschaft.jpg",
        data.IMAGE_CREDIT,
        collection=shared_collection(),
    )
    home = add_page(
        root,
        HomePage,
        hero_image=hero,
        slug={"de": "start", "en": "home"},
        **page_fields(data.HOME, "guiding_idea", "welcome"),
    )
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.root_page = home
    site.site_name = "KlimaPartnerschaft"
    site.hostname, site.port = deployment_address()  # WAGTAILADMIN_BASE_URL
    site.save()

    add_page(home, ProjectPage, show_in_menus=True, **_project_fields())
    towns = _load_towns(home)
    _load_conferences(home, towns)
    _load_news(home)
    _load_downloads(home, site)
    add_page(
        home,
        ParticipationPage,
        show_in_menus=True,
        subject=data.PARTICIPATION["subject"],
        **page_fields(data.PARTICIPATION, "thank_you_text"),
    )
    legal = {
        item["key"]: add_page(home, StandardPage, **page_fields(item, "body"))
        for item in data.LEGAL
    }
    accessibility = add_page(home, StandardPage, **page_fields(data.ACCESSIBILITY, "body"))

    site_settings = SiteSettings.for_site(site)
    site_settings.funding_note_de = data.SITE["funding_note"]["de"]
    site_settings.funding_note_en = data.SITE["funding_note"]["en"]
    site_settings.imprint_page = legal["imprint"]
    site_settings.privacy_page = legal["privacy"]
    site_settings.accessibility_page = accessibility
    site_settings.save()

    setup_roles()


def _project_fields():
    project = data.PROJECT
    fields = page_fields(
        project, "body", "fields_of_action_intro", "funding", "partners_note", "coordinator_country"
    )
    for key in ("runtime_start", "runtime_end", "coordinator_name", "coordinator_street"):
        fields[key] = project[key]
    for key in ("coordinator_postcode", "coordinator_city", "coordinator_phone"):
        fields[key] = project[key]
    fields["coordinator_email"] = project["coordinator_email"]
    return fields


def _load_towns(home):
    index = add_page(
        home, PartnerTownIndexPage, show_in_menus=True, **page_fields(data.TOWNS_INDEX)
    )
    towns = {}
    for town in data.TOWNS:
        name = town["title"]["de"]
        image = add_image(
            name,
            artwork.draw_town(town["key"]),
            TOWN_ALT[town["key"]],
            f"{town['key']}.jpg",
            data.IMAGE_CREDIT,
            collection=collection(short_town_name(name)),
        )
        towns[town["key"]] = add_page(
            index,
            PartnerTownPage,
            image=image,
            country=town["country"],
            latitude=Decimal(f"{town['latitude']:.5f}"),
            longitude=Decimal(f"{town['longitude']:.5f}"),
            website=town["website"],
            **page_fields(town, "climate_focus", "portrait"),
        )
    return towns


def _load_conferences(home, towns):
    index = add_page(
        home, ConferenceIndexPage, show_in_menus=True, **page_fields(data.CONFERENCES_INDEX)
    )
    for conference in data.CONFERENCES:
        key = conference["key"]
        host = towns.get(conference["host"])
        pictures = town_collection(host) if host else shared_collection()
        image = add_image(
            conference["title"]["de"],
            artwork.draw_conference(_art_key(conference)),
            CONFERENCE_ALT,
            f"konferenz-{key}.jpg",
            data.IMAGE_CREDIT,
            collection=pictures,
        )
        page = add_page(
            index,
            ConferencePage,
            image=image,
            kind=conference["kind"],
            host_town=host,
            start_date=conference["start_date"],
            end_date=conference["end_date"],
            date_precision=conference["date_precision"],
            **page_fields(conference, "topic", "venue", "body"),
        )
        for excursion, art in zip(conference["excursions"], EXCURSION_ART, strict=False):
            add_item(Excursion, page, **excursion)
            picture = add_image(
                excursion["title"]["de"],
                artwork.draw_excursion(art),
                EXCURSION_ALT[art],
                f"{art}.jpg",
                data.IMAGE_CREDIT,
                collection=pictures,
            )
            add_item(ConferenceImage, page, image=picture, caption=excursion["title"])
        if conference["excursions"]:
            # Inline items are saved after the first revision: publish them with a second one.
            page.save_revision().publish()


def _art_key(conference):
    """The drawing for a conference: by host town, with the two Rheine events told apart."""
    if conference["kind"] == ConferencePage.Kind.WORKSHOP:
        return "workshop-2011"
    if conference["kind"] == ConferencePage.Kind.CLOSING:
        return "rheine-2014"
    return conference["host"]


def _load_news(home):
    index = add_page(home, NewsIndexPage, show_in_menus=True, **page_fields(data.NEWS_INDEX))
    # Oldest first, so the page tree reads like the project's history.
    for article in reversed(data.NEWS):
        add_page(
            index,
            NewsPage,
            date=article["date"],
            date_precision=article["date_precision"],
            **page_fields(article, "body"),
        )


def _load_downloads(home, site):
    page = add_page(home, DownloadsPage, show_in_menus=True, **page_fields(data.DOWNLOADS))
    # The flyer is built from the pages published so far, and again whenever they change.
    flyers = flyer.create(site, data.DOWNLOADS["flyer_title"], collection=shared_collection())
    add_item(
        DownloadItem,
        page,
        title=data.DOWNLOADS["flyer_title"],
        description=data.DOWNLOADS["flyer_description"],
        document=flyers,
        featured=True,
    )
    page.save_revision().publish()
