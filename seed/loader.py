"""Fill an empty site with the bundled content, in every language that has a text file.

The data comes from ``seed/content/`` and ``seed/images/`` (read and checked by
``seed.reader``); pages, items and pictures are made with the builders the tests use
(``seed.builders``), so what the tests exercise is what a fresh site holds.
"""

from decimal import Decimal

from django.apps import apps
from django.core.management import call_command
from django.db import models, transaction
from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from core.models import SiteSettings
from core.site_address import deployment_address
from editorial.roles import collection, setup_roles, shared_collection, short_town_name
from flyer import publishing as flyer
from language import override
from seed import reader
from seed.builders import add_image, add_item, add_page, localized


def is_loaded(content):
    """Whether the site has its home page already (then nothing is loaded again)."""
    _key, spec = content.root()
    return apps.get_model(spec["type"]).objects.exists()


@transaction.atomic
def load(content=None):
    """Create the whole site. Returns False, and changes nothing, when content exists already."""
    content = content or reader.read()
    if is_loaded(content):
        return False
    with override(reader.default_language()):
        _Build(content).run()
    # Publishing indexes each page already; a rebuild makes sure nothing was missed.
    call_command("rebuild_search_index", verbosity=0)
    return True


class _Build:
    def __init__(self, content):
        self.content = content
        self.images, self.pages, self.documents = {}, {}, {}
        self.site = None

    def run(self):
        root = Page.get_first_root_node()
        # Wagtail's first migration leaves a plain "Welcome" page; the home page takes its place.
        for page in root.get_children().exact_type(Page):
            page.delete()
        for key, spec in self.content.site["pages"].items():
            self.pages[key] = self.page(key, spec)
        # Pictures are made when a page first names them; any other one now.
        for key in self.content.site.get("images", {}):
            self.image(key)
        site_settings = SiteSettings.for_site(self.site)
        values = self.fields(SiteSettings, self.content.site.get("settings", {}), ("settings",))
        for name, value in localized(values).items():
            setattr(site_settings, name, value)
        site_settings.save()
        setup_roles()

    def page(self, key, spec):
        model = apps.get_model(spec["type"])
        parent = self.pages[spec["parent"]] if "parent" in spec else Page.get_first_root_node()
        page = add_page(parent, model, **self.fields(model, spec, ("pages", key)))
        if "parent" not in spec:
            self.make_site_root(page)
        lists = [(name, items) for name, items in spec.items() if isinstance(items, dict)]
        for name, items in lists:
            item_model = model._meta.get_field(name).related_model
            for item_key, item in items.items():
                path = ("pages", key, name, item_key)
                add_item(item_model, page, **self.fields(item_model, item, path))
        if any(items for _name, items in lists):
            # Inline items are saved after the first revision: publish them with a second one.
            page.save_revision().publish()
        return page

    def make_site_root(self, page):
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        site.root_page = page
        site.site_name = self.content.site["site"]["name"]
        site.hostname, site.port = deployment_address()  # WAGTAILADMIN_BASE_URL
        site.save()
        self.site = site

    def image(self, key):
        """A picture from seed/images/, filed in its town's collection or the shared one."""
        if key not in self.images:
            self.images[key] = self._add_image(key, self.content.site["images"][key])
        return self.images[key]

    def _add_image(self, key, spec):
        texts = self.texts(get_image_model(), ("images", key))
        # The credit line named in credits.toml, unless a language file gives the picture its own.
        line = self.content.credits[spec["file"]]["credit"]
        credit = texts.setdefault("credit", {})
        for language, data in self.content.texts.items():
            if language not in credit and data.get("credits", {}).get(line):
                credit[language] = data["credits"][line]
        if "town" in spec:
            town = self.content.texts[reader.default_language()]["pages"][spec["town"]]["title"]
            pictures = collection(short_town_name(town))
        else:
            pictures = shared_collection()
        return add_image(
            spec["title"],
            (self.content.images / spec["file"]).read_bytes(),
            texts["description"],
            spec["file"],
            credit,
            collection=pictures,
        )

    def document(self, key):
        """The flyer, built from the pages published so far and again whenever they change."""
        if key not in self.documents:
            titles = {
                language: data["documents"][key]["title"]
                for language, data in self.content.texts.items()
                if data.get("documents", {}).get(key, {}).get("title")
            }
            self.documents[key] = flyer.create(self.site, titles, collection=shared_collection())
        return self.documents[key]

    def fields(self, model, spec, path):
        """The values of one page or item: site.toml's, then each language's texts."""
        values = {
            name: self.value(model._meta.get_field(name), raw)
            for name, raw in spec.items()
            if name not in ("type", "parent") and not isinstance(raw, dict)
        }
        values.update(self.texts(model, path))
        return values

    def value(self, field, raw):
        """A value from site.toml: ids become the picture, page or document they name."""
        if isinstance(field, models.ForeignKey):
            target = field.related_model
            if issubclass(target, Page):
                return self.pages[raw]
            if target is get_image_model():
                return self.image(raw)
            if target is get_document_model():
                return self.document(raw)
        if isinstance(field, models.DecimalField):
            return Decimal(str(raw)).quantize(Decimal(1).scaleb(-field.decimal_places))
        return raw

    def texts(self, model, path):
        """{field: {language: value}} from the language files, for the fields the model has.

        A language of the site whose model fields do not exist (not in the translated
        languages) is left out, as is any field a file does not give.
        """
        result = {}
        for language, data in self.content.texts.items():
            table = data
            for part in path:
                table = table.get(part, {})
            for name, value in table.items():
                if isinstance(value, dict) or not _has_field(model, f"{name}_{language}"):
                    continue
                if isinstance(value, list):
                    stream_block = model._meta.get_field(name).stream_block
                    value = [_block(stream_block, item) for item in value]
                result.setdefault(name, {})[language] = value
        return result


def _block(stream_block, item):
    """A stream block from its table: ("paragraph", "<p>…</p>"), ("quote", {"text": …})."""
    kind = item["type"]
    if isinstance(stream_block.child_blocks[kind], blocks.StructBlock):
        return kind, {name: value for name, value in item.items() if name != "type"}
    return kind, item["value"]


def _has_field(model, name):
    try:
        model._meta.get_field(name)
    except models.FieldDoesNotExist:
        return False
    return True
