"""``migrate`` that also gives every page its address in a newly added language.

wagtail-modeltranslation's ``migrate`` adds the columns of Wagtail's ``Page`` for a language
that is new in ``LANGUAGES`` (``title_nl``, ``slug_nl``, ``url_path_nl``, ...) after the
migrations have run, so no migration can fill them. An existing page's ``url_path`` in the new
language would stay empty, and its links in that language would take another language's
address. Here each empty ``url_path_<code>`` is filled as the package fills it when a page is
saved: the parent's path in that language and the page's slug in it, or else the German slug.
Every text stays as it is; the new columns of the texts stay empty until they are translated.
"""

from django.db import transaction
from wagtail.models import Page
from wagtail_modeltranslation.management.commands.migrate_translation import (
    Command as TranslationMigrateCommand,
)

import language


class Command(TranslationMigrateCommand):
    help = (
        "Updates the database schema, adds Page's columns for new languages and fills the "
        "pages' addresses in them."
    )

    def handle(self, *args, **options):
        super().handle(*args, **options)
        if options.get("plan") or options.get("check_unapplied") or options.get("prune"):
            return
        filled = fill_url_paths(options.get("database") or "default")
        if filled and options.get("verbosity", 1) >= 1:
            self.stdout.write(f"Filled {filled} page addresses in added languages.")


@transaction.atomic
def fill_url_paths(using="default"):
    """Fill every empty ``url_path_<code>`` below the tree's root, top down, as
    wagtail-modeltranslation builds it: the parent's path in that language (else in German)
    and the page's slug in that language (else the German slug). Returns how many were filled.
    """
    default = language.default()
    columns = [*language.localized("url_path"), *language.localized("slug")]
    pages = list(Page.objects.using(using).order_by("path").values("pk", "path", "slug", *columns))
    if not any(page[f"url_path_{code}"] is None for page in pages for code in language.codes()):
        return 0
    paths = {}  # tree path -> {code: url_path}
    filled = 0
    for page in pages:
        parent = paths.get(page["path"][: -Page.steplen])
        own, changes = {}, {}
        for code in language.codes():
            current = page[f"url_path_{code}"] or page[f"url_path_{default}"]
            if page[f"url_path_{code}"] is None and parent is not None:
                slug = page[f"slug_{code}"] or page[f"slug_{default}"] or page["slug"]
                current = f"{parent[code]}{slug}/"
                changes[f"url_path_{code}"] = current
            # The root keeps what it has; below it, an empty path counts as "".
            own[code] = current or ""
        paths[page["path"]] = own
        if changes:
            Page.objects.using(using).filter(pk=page["pk"]).update(**changes)
            filled += len(changes)
    return filled
