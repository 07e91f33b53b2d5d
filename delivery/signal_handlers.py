"""What makes the cached site stale, and who is told: connected in ``DeliveryConfig.ready()``.

A change a visitor could see moves the cache generation on (``delivery.generation.bump``):
publishing, unpublishing or moving a page; saving or deleting a Wagtail setting (the site
settings), a site, a redirect, a page's view restriction, an image, a document, a locale or a
snippet; deleting a page; a restore (``manage.py restore``). Drafts do not: pages invalidate
through their own publishing signals. A published or unpublished page is also purged from a
CDN in front of the site (``delivery.cdn``), and what a publish made stale first is rendered
again in the background (``delivery.warm_up.refill_after_publish``).
"""

from dbbackup.signals import post_media_restore, post_restore
from django.db.models.signals import post_delete, post_save
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

from delivery import cdn
from delivery.generation import bump
from delivery.warm_up import refill_after_publish

INVALIDATING_MODELS = (
    "wagtailcore.PageViewRestriction",
    "wagtailcore.Site",
    "wagtailredirects.Redirect",
    "wagtaildocs.Document",
    "wagtailcore.Locale",
)

# Wagtail fills these in lazily on images and documents; they change nothing a visitor sees.
METADATA_FIELDS = {"file_size", "file_hash"}


def _is_invalidating(sender):
    if issubclass(sender, (Page, BaseSiteSetting, BaseGenericSetting)):
        return True
    if sender is get_image_model():
        return True
    return sender._meta.label in INVALIDATING_MODELS or sender in get_snippet_models()


def _on_save(sender, **kwargs):
    if kwargs.get("raw"):
        return
    update_fields = kwargs.get("update_fields")
    if update_fields and set(update_fields) <= METADATA_FIELDS:
        return
    # Page saves happen for drafts too; pages invalidate through their own signals.
    if not issubclass(sender, Page) and _is_invalidating(sender):
        bump()


def _on_delete(sender, **kwargs):
    if _is_invalidating(sender):
        bump()


def register_signal_handlers():
    # A restore changes everything at once (`manage.py restore`).
    post_restore.connect(bump, dispatch_uid="klima_cache_restored")
    post_media_restore.connect(bump, dispatch_uid="klima_cache_media_restored")
    page_published.connect(bump, dispatch_uid="klima_cache_published")
    page_unpublished.connect(bump, dispatch_uid="klima_cache_unpublished")
    post_page_move.connect(bump, dispatch_uid="klima_cache_moved")
    post_save.connect(_on_save, dispatch_uid="klima_cache_saved")
    post_delete.connect(_on_delete, dispatch_uid="klima_cache_deleted")

    page_published.connect(cdn.purge_page, dispatch_uid="klima_cdn_published")
    page_published.connect(refill_after_publish, dispatch_uid="klima_refill_published")
    page_unpublished.connect(cdn.purge_page, dispatch_uid="klima_cdn_unpublished")
