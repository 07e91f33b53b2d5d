"""The page tree as every page view asks it: what is public, and which home page is above.

Wagtail asks the database whether a page is private for each ``.public()`` and once more in
``serve``. The answer changes only when a view restriction changes, which moves the cache
generation on (``delivery.generation``), so the private sections are read once per generation and
kept in the shared cache and in each process.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, PageViewRestriction

from delivery.cache import fragment


@dataclass(frozen=True)
class PrivateSections:
    """The tree paths of pages with a view restriction: they and their subtrees are private."""

    paths: tuple = ()
    # Aliases take their source's restrictions; with both in the tree, Wagtail decides.
    has_aliases: bool = False

    def is_public(self, page_path):
        """True or False, or None where only Wagtail's own check can tell."""
        if not self.paths:
            return True
        if self.has_aliases:
            return None
        return not page_path.startswith(self.paths)


def _build_private_sections():
    paths = tuple(sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True))))
    has_aliases = bool(paths) and Page.objects.filter(alias_of__isnull=False).exists()
    return PrivateSections(paths=paths, has_aliases=has_aliases)


def private_sections(request=None):
    return fragment(request, "private", _build_private_sections, local=True)


def public(queryset, request=None):
    """``queryset.public()``, without asking the database when nothing is private."""
    if not private_sections(request).paths:
        return queryset
    return queryset.public()


def view_restrictions(page):
    """No restrictions where the cached sections say so; None where Wagtail must look."""
    if private_sections().is_public(page.path):
        return PageViewRestriction.objects.none()
    return None


def home_of(page, request=None):
    """The home page above ``page`` (with its related rows), read once per generation.

    Home pages sit right below the tree's root (``HomePage.parent_page_types``); the page
    there is loaded as its own type, with the rows it names in ``route_select_related``.
    """
    if page.depth == HOME_DEPTH:
        return page
    path = page.path[: HOME_DEPTH * Page.steplen]
    rows = fragment(request, "home", lambda: _load_home(path), path, local=True)
    return rows[0] if rows else None


# The tree's root is at depth 1; each site's home page right below it.
HOME_DEPTH = 2


def _load_home(path):
    row = Page.objects.filter(path=path).values("pk", "content_type_id").first()
    if row is None:
        return []
    model = ContentType.objects.get_for_id(row["content_type_id"]).model_class() or Page
    related = getattr(model, "route_select_related", ())
    return list(model.objects.filter(pk=row["pk"]).select_related(*related))
