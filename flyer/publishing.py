"""Keeping the flyer current: rebuilt after every publish that changes what it says.

After a page is published, unpublished, moved or deleted, or the site settings are saved, the
flyer's text is read again in each language once the change is committed. Where it differs
from the text the flyer was last built from (compared by a fingerprint, which also covers the
template, the stylesheet and the fonts), the PDF is built again and written into the same
document file, under the same name: the download address stays, and the size the downloads
page shows is the new file's. Saving the document starts a new cache generation, so no cached
page shows the old size.

A build that fails is logged and leaves the last flyer in place; it never stops a publish.
"""

import hashlib
import json
import logging
import os
import uuid

from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from flyer.content import flyer_content
from flyer.models import FlyerFile
from flyer.pdf import ASSETS, TEMPLATE, render_flyer

logger = logging.getLogger(__name__)


def _layout_digest():
    """A digest of what shapes the flyer besides its text: template, stylesheet, fonts."""
    from django.template.loader import get_template

    digest = hashlib.sha256()
    digest.update(get_template(TEMPLATE).template.source.encode())
    for path in sorted(ASSETS.rglob("*")):
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


_layout = {}


def fingerprint(content):
    """What the flyer says and how it is laid out, as one hex digest."""
    if "digest" not in _layout:
        _layout["digest"] = _layout_digest()
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256((_layout["digest"] + text).encode()).hexdigest()


def write_file(document, data):
    """Put ``data`` into ``document``'s file under the same name, so its URL stays the same.

    On a local disk the new file replaces the old one at once (a visitor downloading at that
    moment gets one or the other, never half); other storages delete and save again.
    """
    storage, name = document.file.storage, document.file.name
    try:
        path = storage.path(name)
    except NotImplementedError:
        path = None
    if path:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        temporary = f"{path}.{uuid.uuid4().hex}.tmp"
        with open(temporary, "wb") as f:
            f.write(data)
        os.replace(temporary, path)
    else:
        storage.delete(name)
        document.file.name = storage.save(name, ContentFile(data))
    document.file_size = len(data)
    document.file_hash = hashlib.sha1(data, usedforsecurity=False).hexdigest()
    document.save()


def create(site, titles, filename="klimapartnerschaft-flyer-{language}.pdf", collection=None):
    """Build the flyer of ``site`` in each language of ``titles`` into a new document.

    Returns the documents by language; used by the bundled content and the tests.
    """
    documents = {}
    for language, title in titles.items():
        content = flyer_content(site, language)
        document = get_document_model()(
            title=title,
            file=ContentFile(render_flyer(content), name=filename.format(language=language)),
            **({"collection": collection} if collection else {}),
        )
        document.save()
        FlyerFile.objects.update_or_create(
            site=site,
            language=language,
            defaults={
                "document": document,
                "fingerprint": fingerprint(content),
                "built_at": timezone.now(),
            },
        )
        documents[language] = document
    return documents


def refresh(force=False):
    """Build again every flyer whose text changed (all of them with ``force``).

    Returns the flyer files that were built.
    """
    built = []
    for flyer in FlyerFile.objects.select_related("site__root_page", "document"):
        content = flyer_content(flyer.site, flyer.language)
        if content is None:
            continue
        current = fingerprint(content)
        if current == flyer.fingerprint and not force:
            continue
        write_file(flyer.document, render_flyer(content))
        FlyerFile.objects.filter(pk=flyer.pk).update(fingerprint=current, built_at=timezone.now())
        _purge(flyer)
        built.append(flyer)
    return built


def _purge(flyer):
    """Drop the old file from a CDN in front of the site, where one is configured."""
    from django.conf import settings

    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    try:
        purge_urls_from_cache([flyer.site.root_url + flyer.document.url])
    except Exception:  # a CDN that does not answer must not stop an editor from publishing
        logger.exception("Purging the flyer %s from the CDN failed", flyer.pk)


def _refresh_after_commit():
    try:
        refresh()
    except Exception:
        logger.exception("Building the flyer failed; the last flyer stays in place")


def schedule_refresh(**kwargs):
    """Rebuild the flyer once the current change is committed (if its text changed).

    Once per transaction, however many pages it publishes.
    """
    connection = transaction.get_connection()
    if connection.in_atomic_block and any(
        entry[1] is _refresh_after_commit for entry in connection.run_on_commit
    ):
        return
    transaction.on_commit(_refresh_after_commit)


def _on_page_deleted(sender, **kwargs):
    if issubclass(sender, Page):
        schedule_refresh()


def connect_signals():
    """Rebuild after whatever the flyer's text is read from: the live pages, the site settings
    and the site (its address). A dispatch_uid is unique per signal and sender."""
    from core.models import SiteSettings

    for page_change in (page_published, page_unpublished, post_page_move):
        page_change.connect(schedule_refresh, dispatch_uid="flyer")
    post_delete.connect(_on_page_deleted, dispatch_uid="flyer")
    for model in (SiteSettings, Site):
        post_save.connect(schedule_refresh, sender=model, dispatch_uid="flyer")
