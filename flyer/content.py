"""What the flyer says, read from the site's published pages and settings.

Everything printed on the flyer comes from the CMS: the home page (name, full project name,
guiding idea), the project page (introduction, text, runtime, funding, coordination), the
partner towns (names and countries) and the site settings (the funding note beside the EU
emblem). Only the headings and the note on what the flyer is are interface text.

The result is plain data (strings and lists), so it can be fingerprinted: the flyer is built
again only when what it says has changed (see ``flyer.publishing``).
"""

import re

from django.conf import settings
from django.utils.formats import date_format
from django.utils.html import format_html
from wagtail.rich_text import expand_db_html

from core.models import SiteSettings
from core.tree import public
from language import is_empty, override, shown_in
from pages.models import HomePage, ProjectPage
from partners.models import PartnerTownPage

# Links mean nothing on paper; their text stays.
_LINK = re.compile(r"</?a\b[^>]*>", re.IGNORECASE)


def text_language(obj, field_name, language):
    """The language ``obj.field_name`` is shown in: its fallback's where the translation is
    empty (English, then German, for a Dutch flyer)."""
    return shown_in(obj, field_name, language)


def _text(obj, field_name, language):
    """A plain text field and the language it is in, or None when it is empty."""
    value = getattr(obj, field_name, "") or ""
    if not str(value).strip():
        return None
    return {"text": " ".join(str(value).split()), "lang": text_language(obj, field_name, language)}


def _rich_text(obj, field_name, language):
    """A rich text field as HTML for the flyer (links unwrapped), or None when it is empty."""
    value = getattr(obj, field_name, "") or ""
    if is_empty(value):
        return None
    html = _LINK.sub("", expand_db_html(str(value)))
    return {"html": html, "lang": text_language(obj, field_name, language)}


def _body(page, language):
    """The project page's text as flyer blocks: headings, paragraphs and quotations.

    Pictures are left out: the flyer carries text, and the EU emblem beside the funding.
    """
    blocks = []
    for block in page.body:
        if block.block_type == "heading":
            blocks.append({"type": "heading", "text": str(block.value)})
        elif block.block_type == "paragraph":
            blocks.append({"type": "paragraph", "html": _LINK.sub("", block.value.__html__())})
        elif block.block_type == "quote":
            blocks.append(
                {
                    "type": "quote",
                    "text": block.value.get("text", ""),
                    "attribution": block.value.get("attribution", ""),
                    "lang": block.value.get("language", ""),
                }
            )
    return {"blocks": blocks, "lang": text_language(page, "body", language)}


def _project_name(home, language):
    """The project's full name (the home page's SEO title), less a repeat of the site's name.

    "KlimaPartnerschaft – Städtepartner übernehmen Klimaverantwortung" under the heading
    "KlimaPartnerschaft" reads "Städtepartner übernehmen Klimaverantwortung".
    """
    name = _text(home, "seo_title", language)
    title = (home.title or "").strip()
    if name and title and name["text"].startswith(title):
        rest = name["text"][len(title) :].lstrip(" –-:").strip()
        name = {**name, "text": rest} if rest else None
    return name


def _funding(project, site_settings, language):
    """The project page's funding text; the site's funding note where the page has none."""
    funding = _rich_text(project, "funding", language)
    if funding is None:
        note = _text(site_settings, "funding_note", language)
        if note:
            funding = {"html": format_html("<p>{}</p>", note["text"]), "lang": note["lang"]}
    return funding


def _coordination(project, language):
    lines = [
        project.coordinator_name,
        project.coordinator_street,
        " ".join(part for part in (project.coordinator_postcode, project.coordinator_city) if part),
        project.coordinator_country,
    ]
    return {
        "address": [line for line in lines if line],
        "phone": project.coordinator_phone,
        "email": project.coordinator_email,
        "partners_note": _text(project, "partners_note", language),
    }


def site_address(language):
    """The site's public address in ``language``, as printed on the flyer ("example.org/de/")."""
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "") or ""
    host = base.split("://", 1)[-1].rstrip("/")
    return f"{host}/{language}/" if host else ""


def flyer_content(site, language):
    """Everything the flyer of ``site`` says in ``language``; None without a project page."""
    home = site.root_page.specific if site and site.root_page_id else None
    if not isinstance(home, HomePage):
        return None
    with override(language):
        home = HomePage.objects.get(pk=home.pk)
        project = public(ProjectPage.objects.live()).descendant_of(home).first()
        towns = list(public(PartnerTownPage.objects.live()).descendant_of(home).order_by("path"))
        if project is None:
            return None
        site_settings = SiteSettings.for_site(site)
        pages = [home, project, *towns]
        updated = max(
            (page.last_published_at for page in pages if page.last_published_at), default=None
        )
        return {
            "language": language,
            "name": _text(home, "title", language),
            "project_name": _project_name(home, language),
            "guiding_idea": _text(home, "guiding_idea", language),
            "intro": _text(project, "intro", language),
            "body": _body(project, language),
            "towns": [
                {
                    "name": town.title,
                    "lang": text_language(town, "title", language),
                    "country": str(town.get_country_display()),
                    "intro": _text(town, "intro", language),
                }
                for town in towns
            ],
            "runtime": project.runtime,
            "funding": _funding(project, site_settings, language),
            "coordination": _coordination(project, language),
            "address": site_address(language),
            "updated": date_format(updated, "YEAR_MONTH_FORMAT") if updated else "",
        }
