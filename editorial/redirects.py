"""301 redirects from a page's old URL in each language after its slug changed.

Wagtail's own automatic redirects follow only ``url_path`` in the active language. A page here
has a URL per language (``url_path_de``, ``url_path_en``), and an editor may change either
slug, or a parent's, so after each publish the old paths in every language are compared with
the new ones and a redirect is kept for every live page whose public URL changed.
"""

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Site

from language import codes, localized

OLD_PATHS = "_klima_old_url_paths"


def remember_old_paths(sender, instance, raw=False, update_fields=None, **kwargs):
    """Before the first save of a publish, note the page's URL paths as the database has them."""
    if raw or not isinstance(instance, Page) or instance.pk is None:
        return
    if update_fields is not None and not any(
        name.startswith(("slug", "url_path")) for name in update_fields
    ):
        return
    if OLD_PATHS in instance.__dict__:
        return
    instance.__dict__[OLD_PATHS] = (
        Page.objects.filter(pk=instance.pk).values(*localized("url_path")).first()
    )


def public_path(url_path, language, site_roots):
    """The language-prefixed public path of a tree path, or None outside every site."""
    for site, root_paths in site_roots:
        root_path = root_paths.get(language)
        if root_path and url_path.startswith(root_path):
            return site, f"/{language}/{url_path[len(root_path) :]}"
    return None, None


def on_published(sender, instance, **kwargs):
    old = instance.__dict__.pop(OLD_PATHS, None)
    if not old:
        return
    if Site.objects.filter(root_page_id=instance.pk).exists():
        # A site's root page is always "/de/", "/en/" whatever its slug.
        return
    new = Page.objects.filter(pk=instance.pk).values(*localized("url_path")).first()
    changed = {
        language: (old[f"url_path_{language}"], new[f"url_path_{language}"])
        for language in codes()
        if old[f"url_path_{language}"]
        and new[f"url_path_{language}"]
        and old[f"url_path_{language}"] != new[f"url_path_{language}"]
    }
    if changed:
        create_redirects(instance, changed)


def create_redirects(page, changed):
    """Redirect the old path of ``page`` and of its live descendants in each changed language."""
    site_roots = [
        (site, {lang: getattr(site.root_page, f"url_path_{lang}") for lang in codes()})
        for site in Site.objects.select_related("root_page")
    ]
    pages = (
        Page.objects.descendant_of(page, inclusive=True).live().only("pk", *localized("url_path"))
    )
    for language, (old_prefix, new_prefix) in changed.items():
        for target in pages:
            new_path = getattr(target, f"url_path_{language}") or ""
            if not new_path.startswith(new_prefix):
                continue
            old_path = old_prefix + new_path[len(new_prefix) :]
            site, old_public = public_path(old_path, language, site_roots)
            _new_site, new_public = public_path(new_path, language, site_roots)
            if site is None or old_public == new_public:
                continue
            Redirect.objects.update_or_create(
                old_path=Redirect.normalise_path(old_public),
                site=site,
                defaults={
                    "redirect_page": target,
                    "is_permanent": True,
                    "automatically_created": True,
                },
            )
            # The new URL is a page again: a redirect left from an earlier rename must not stay.
            if new_public:
                Redirect.objects.filter(
                    old_path=Redirect.normalise_path(new_public), site=site
                ).delete()
