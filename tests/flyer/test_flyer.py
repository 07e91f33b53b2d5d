"""The flyer: built from the published pages, current after a publish, a tagged PDF in Unicode."""

import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.template.defaultfilters import filesizeformat
from django.test import Client
from pypdf import PdfReader

from editorial import roles
from flyer.models import FlyerFile
from pages.models import DownloadsPage, HomePage, ProjectPage
from partners.models import PartnerTownPage
from tests.admin_forms import edit_form_data
from tests.conftest import LANGUAGES, url_in

pytestmark = pytest.mark.django_db

LITHUANIAN = "Trakų rajono savivaldybė"


@pytest.fixture
def keep_flyer_files():
    """Put the flyer files back after a test that rebuilt them (the database rolls back)."""
    saved = {}
    for flyer in FlyerFile.objects.select_related("document"):
        with flyer.document.file.open("rb") as f:
            saved[flyer.document.file.name] = (flyer.document.file.storage, f.read())
    yield
    for name, (storage, data) in saved.items():
        with storage.open(name, "wb") as f:
            f.write(data)


@pytest.fixture
def coordinator(client, django_user_model):
    user = django_user_model.objects.create_user("koordination", "k@example.org", "pw")
    user.groups.add(Group.objects.get(name=roles.COORDINATION))
    client.force_login(user)
    return client


def flyer_link(client, page, language):
    """The flyer's link on ``page`` (downloads or home) as a visitor in ``language`` sees it."""
    soup = BeautifulSoup(client.get(url_in(page, language)).content, "html.parser")
    return next(a for a in soup.select("a.download__link") if "flyer" in a["href"])


def download(client, href):
    response = client.get(href)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    return b"".join(response.streaming_content)


def flyer_pdf(client, language, page=None):
    link = flyer_link(client, page or DownloadsPage.objects.get(), language)
    return PdfReader(io.BytesIO(download(client, link["href"])))


def text_of(pdf):
    return "\n".join(page.extract_text() for page in pdf.pages)


def structure_types(pdf):
    """Every structure element type in the document's tree, in reading order."""
    types = []

    def walk(node):
        node = node.get_object()
        if isinstance(node, dict):
            if "/S" in node:
                types.append(str(node["/S"]))
            kids = node.get("/K")
            for kid in kids if isinstance(kids, list) else [kids] if kids is not None else []:
                walk(kid)

    walk(pdf.trailer["/Root"]["/StructTreeRoot"])
    return types


def publish_through_admin(client, page, django_capture_on_commit_callbacks, **changes):
    url, data = edit_form_data(client, page)
    data.update(changes)
    data["action-publish"] = "publish"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]


@pytest.mark.parametrize("language", LANGUAGES)
def test_flyer_is_a_tagged_two_page_pdf_in_the_visitors_language(client, language):
    pdf = flyer_pdf(client, language)
    root = pdf.trailer["/Root"]
    assert len(pdf.pages) == 2
    assert root["/Lang"] == language
    assert bool(root["/MarkInfo"]["/Marked"])
    assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"])
    # The project's name is German in every language but English.
    assert pdf.metadata.title.startswith("Climate" if language == "en" else "KlimaPartnerschaft")
    types = structure_types(pdf)
    assert types.count("/H1") == 1
    assert types.index("/H1") < types.index("/H2")
    assert {"/P", "/L", "/LI", "/Figure"} <= set(types)
    assert b"pdfuaid" in root["/Metadata"].get_object().get_data()


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_text_on_the_flyer_is_smaller_than_8_points(client, language):
    sizes = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            sizes.append(size * abs(tm[3]) * abs(cm[3]))

    for page in flyer_pdf(client, language).pages:
        page.extract_text(visitor_text=visit)
    assert sizes
    assert min(sizes) >= 8 - 0.01


def test_flyer_embeds_its_font(client):
    pdf = flyer_pdf(client, "de")
    fonts = pdf.pages[0]["/Resources"]["/Font"].values()
    for font in fonts:
        descriptor = font.get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        assert "Noto-Sans" in str(font.get_object()["/BaseFont"])
        assert "/FontFile2" in descriptor


def test_emblem_is_a_figure_with_a_text_alternative(client):
    pdf = flyer_pdf(client, "en")
    figures = []

    def walk(node):
        node = node.get_object()
        if isinstance(node, dict):
            if node.get("/S") == "/Figure":
                figures.append(node)
            kids = node.get("/K")
            for kid in kids if isinstance(kids, list) else [kids] if kids is not None else []:
                walk(kid)

    walk(pdf.trailer["/Root"]["/StructTreeRoot"])
    assert [str(figure.get("/Alt")) for figure in figures] == ["Emblem of the European Union"]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("de", ["Laufzeit", "Förderung", "Über diesen Flyer", "nur auf Deutsch"]),
        ("en", ["Project period", "Funding", "About this flyer", "only in German"]),
    ],
)
def test_flyer_says_what_it_is_and_carries_the_records_facts(client, language, expected):
    text = " ".join(text_of(flyer_pdf(client, language)).split())
    for words in expected:
        assert words in text
    project = ProjectPage.objects.get()
    assert project.coordinator_name in text
    assert project.coordinator_phone in text
    assert ("1. Juli 2012" if language == "de" else "1 July 2012") in text
    programme = "Europa für Bürgerinnen und Bürger" if language == "de" else "Europe for Citizens"
    assert programme in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_links_the_same_flyer(client, language):
    home = flyer_link(client, HomePage.objects.get(), language)
    downloads = flyer_link(client, DownloadsPage.objects.get(), language)
    assert home["href"] == downloads["href"]
    assert home["hreflang"] == language


@pytest.mark.usefixtures("keep_flyer_files")
def test_coordinators_change_in_the_admin_reaches_the_flyer_letter_for_letter(
    coordinator, client, django_capture_on_commit_callbacks
):
    links = {lang: flyer_link(client, DownloadsPage.objects.get(), lang) for lang in ("de", "en")}
    trakai = PartnerTownPage.objects.get(slug_de="trakai")
    publish_through_admin(
        coordinator,
        trakai,
        django_capture_on_commit_callbacks,
        title_de=LITHUANIAN,
        title_en=LITHUANIAN,
    )
    for language in ("de", "en"):
        link = flyer_link(client, DownloadsPage.objects.get(), language)
        # The same address as before the change, and the size shown is the new file's.
        assert link["href"] == links[language]["href"]
        data = download(client, link["href"])
        pdf = PdfReader(io.BytesIO(data))
        assert LITHUANIAN in text_of(pdf)
        assert len(pdf.pages) == 2
        flyer = FlyerFile.objects.select_related("document").get(language=language)
        assert flyer.document.file_size == len(data)


@pytest.mark.usefixtures("keep_flyer_files")
def test_project_text_changed_in_the_admin_reaches_the_flyer_in_both_languages(
    coordinator, client, django_capture_on_commit_callbacks
):
    project = ProjectPage.objects.get()
    publish_through_admin(
        coordinator,
        project,
        django_capture_on_commit_callbacks,
        intro_de="Leiria, Borne und Trakai: Câmara Municipal, gemeentehuis, savivaldybė.",
        intro_en="Leiria, Borne and Trakai: Câmara Municipal, gemeentehuis, savivaldybė.",
    )
    assert "und Trakai: Câmara Municipal, gemeentehuis, savivaldybė." in " ".join(
        text_of(flyer_pdf(client, "de")).split()
    )
    assert "and Trakai: Câmara Municipal, gemeentehuis, savivaldybė." in " ".join(
        text_of(flyer_pdf(client, "en")).split()
    )


def test_publishing_something_the_flyer_does_not_print_leaves_it_alone(
    django_capture_on_commit_callbacks,
):
    from pages.models import NewsPage

    before = dict(FlyerFile.objects.values_list("language", "built_at"))
    article = NewsPage.objects.live().first()
    article.intro_de = "Ein anderer Anriss."
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    assert dict(FlyerFile.objects.values_list("language", "built_at")) == before


def test_unpublished_draft_does_not_reach_the_flyer(
    coordinator, django_capture_on_commit_callbacks
):
    trakai = PartnerTownPage.objects.get(slug_de="trakai")
    url, data = edit_form_data(coordinator, trakai)
    data["title_de"] = "Nur ein Entwurf"
    with django_capture_on_commit_callbacks(execute=True):
        assert coordinator.post(url, data).status_code == 302
    assert "Nur ein Entwurf" not in text_of(flyer_pdf(coordinator, "de"))


@pytest.mark.usefixtures("keep_flyer_files")
def test_downloads_page_from_the_page_cache_shows_the_new_flyers_size(
    coordinator, settings, django_capture_on_commit_callbacks
):
    """The page cache never serves the size of the flyer before the change."""
    settings.PAGE_CACHE_ENABLED = True
    downloads = DownloadsPage.objects.get()
    visitor = Client()

    def meta():
        response = visitor.get(url_in(downloads, "de"))
        soup = BeautifulSoup(response.content, "html.parser")
        return response.get("X-Page-Cache"), soup.select_one(".download__meta").get_text()

    meta()
    assert meta()[0] == "hit"
    publish_through_admin(
        coordinator,
        ProjectPage.objects.get(),
        django_capture_on_commit_callbacks,
        intro_de="Ein viel längerer Einleitungstext. " * 12,
    )
    document = FlyerFile.objects.select_related("document").get(language="de").document
    state, shown = meta()
    assert state == "miss"
    assert filesizeformat(document.file_size) in shown


def test_the_lithuanian_flyer_prints_every_letter_as_typed(client):
    """ą č ė į š ų ū ž: the Lithuanian texts of the bundled content, letter for letter."""
    text = text_of(flyer_pdf(client, "lt"))
    trakai = PartnerTownPage.objects.get(slug_de="trakai")
    assert trakai.title_lt in text
    home = HomePage.objects.get()
    guiding = " ".join(home.guiding_idea_lt.split())
    assert guiding in " ".join(text.split())
    assert set("ąčėįšųūž") <= set(text.lower())
