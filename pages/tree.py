"""The routing of every page view, built once per cache generation.

Wagtail answers with SQL on every page view which page a URL names (the children of every
level of the path, plus each page's specific row). The answer changes only when a page is
published, unpublished, moved or deleted, which is exactly when the cache generation moves on
(``delivery.generation``). So the routes are built once per generation, kept in the shared
cache and in each process, and a page view costs one query to load its page. (Whether a page
is private is ``core.tree``'s.)

The routing mirrors Wagtail's and wagtail-modeltranslation's own (``_new_route``): a path
segment matches a child's slug in the active language, falling back to the German slug; the
first matching sibling wins; a live routable page (``RoutablePageMixin``) gets the first chance
at the rest of the path; the page found is served only if it is live.
"""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.urls import Resolver404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site

import language
from delivery.cache import fragment


def _build_routes(root_id, code):
    """URL path below the root ("partnerstaedte/borne/") -> (page id, content type id, live)."""
    default = language.default()
    root = Page.objects.filter(pk=root_id).values("path").first()
    routes = {}
    if root is None:
        return routes
    url_of = {}  # tree path -> URL path below the root
    slugs = [f"slug_{other}" for other in language.codes()]
    rows = (
        Page.objects.filter(path__startswith=root["path"])
        .order_by("path")
        .values("pk", "path", "content_type_id", "live", *slugs)
    )
    for row in rows:
        path = row["path"]
        if path == root["path"]:
            url = ""
        else:
            parent = url_of.get(path[: -Page.steplen])
            if parent is None:
                continue
            url = f"{parent}{row[f'slug_{code}'] or row[f'slug_{default}']}/"
        url_of[path] = url
        routes.setdefault(url, (row["pk"], row["content_type_id"], row["live"]))
    return routes


def routes_for(request):
    """The routes of the request's site in the active language."""
    site = Site.find_for_request(request)
    if site is None:
        return {}
    root_id = site.root_page_id
    code = language.active()
    return fragment(
        request,
        "routes",
        lambda: _build_routes(root_id, code),
        root_id,
        local=True,
        language=code,
    )


def _load(entry):
    page_id, content_type_id, _live = entry
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        raise LookupError(content_type_id)
    related = getattr(model, "route_select_related", ())
    return model.objects.select_related(*related).get(pk=page_id)


def _subpage_matches(entry, remaining):
    """Whether a live routable page has a route for the rest of the path (no query)."""
    _page_id, content_type_id, live = entry
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if not live or model is None or not issubclass(model, RoutablePageMixin):
        return False
    try:
        model.get_resolver().resolve("/" + "".join(f"{part}/" for part in remaining))
    except Resolver404:
        return False
    return True


def route(request, path):
    """Wagtail's route for ``path`` (a RouteResult or None), from the cached tree."""
    components = [component for component in path.split("/") if component]
    routes = routes_for(request)
    if not routes:
        raise LookupError("no routes")
    url = ""
    for index in range(len(components) + 1):
        entry = routes.get(url)
        if entry is None:
            return None
        remaining = components[index:]
        if not remaining or _subpage_matches(entry, remaining):
            return _load(entry).route(request, remaining)
        url = f"{url}{remaining[0]}/"


def serve(request, path):
    """Wagtail's page view, routed through the cached tree."""
    from wagtail import views as wagtail_views

    if not hasattr(request, "_wagtail_route_for_request"):
        try:
            request._wagtail_route_for_request = route(request, path)
        except Http404:
            request._wagtail_route_for_request = None
        except (LookupError, Page.DoesNotExist):
            pass  # the tree is out of step: Wagtail routes this one itself
    return wagtail_views.serve(request, path)
