"""Which pages are not (fully) translated, and which translation is older than its original.

On every publish, each language's text of the page (its translated fields and those of its
inline items, such as excursions and downloads) is reduced to a fingerprint; when a language's
fingerprint changes, its date in ``TranslationStatus.changed_at`` moves to now. A language whose
date is older than another's is "outdated": the other language changed after it last did. The
flag names the fields that changed and the revision to compare with, and an editor who checked
that the translation still says the same can clear it (``acknowledge``).

The report reads every page once per page type, so its number of queries does not grow with
the number of pages.
"""

import hashlib
import html
import json
import re
from dataclasses import dataclass, field
from datetime import datetime

from django.utils import timezone
from django.utils.html import strip_tags
from modelcluster.models import get_all_child_relations
from wagtail.models import Page, get_page_models

from core.models import BasePage
from editorial.models import TranslationStatus
from language import codes, is_empty, translated_fields

WHITESPACE = re.compile(r"\s+")


def translated_names(model):
    """The model's translated content fields, sorted.

    Sorted because the fingerprints must not depend on the process that computes them:
    modeltranslation collects a model's fields in a set, so ``translated_fields`` gives them
    in an order that can change from one process to the next.
    """
    return sorted(translated_fields(model))


def as_text(value):
    """What a reader sees of a value: markup, block ids and spacing do not count as changes.

    Not ``language.field_text``, on purpose: the fingerprints stored for every page were made
    with this text, and ``field_text`` gives other text for the same content (a line break, not
    a space, between blocks and paragraphs; a StreamField's choices, numbers and flags left
    out), so switching would change every stored fingerprint and the next publish of each page
    would mark its other languages outdated although nobody changed a word.
    """
    if value is None:
        return ""
    if hasattr(value, "raw_data"):
        return " ".join(as_text(item) for item in _stream_strings(list(value.raw_data)))
    return WHITESPACE.sub(" ", html.unescape(strip_tags(str(value)))).strip()


def _stream_strings(data):
    if isinstance(data, dict):
        for key, item in data.items():
            if key not in {"id", "type"}:
                yield from _stream_strings(item)
    elif isinstance(data, list):
        for item in data:
            yield from _stream_strings(item)
    elif data is not None:
        yield str(data)


def field_value(obj, name, language):
    """A translated value; for a link to a document, its id (no query)."""
    model_field = obj._meta.get_field(f"{name}_{language}")
    return getattr(obj, model_field.attname if model_field.is_relation else model_field.name)


def language_texts(page, language):
    texts = [as_text(field_value(page, name, language)) for name in translated_names(type(page))]
    for relation in get_all_child_relations(page):
        names = translated_names(relation.related_model)
        if not names:
            continue
        for item in getattr(page, relation.get_accessor_name()).all():
            texts.append([as_text(field_value(item, name, language)) for name in names])
    return texts


def digest(page, language):
    data = json.dumps(language_texts(page, language), ensure_ascii=False)
    return hashlib.sha256(data.encode()).hexdigest()


def field_digests(page, language):
    """A fingerprint per field (and per inline list, by its name) of ``language``'s text."""
    texts = {
        name: as_text(field_value(page, name, language)) for name in translated_names(type(page))
    }
    for relation in get_all_child_relations(page):
        names = translated_names(relation.related_model)
        if names:
            items = getattr(page, relation.get_accessor_name()).all()
            texts[relation.get_accessor_name()] = [
                [as_text(field_value(item, name, language)) for name in names] for item in items
            ]
    return {
        name: hashlib.sha256(json.dumps(text, ensure_ascii=False).encode()).hexdigest()[:16]
        for name, text in texts.items()
    }


def record_publish(page, when=None, revision=None):
    """Note which languages changed with this publish, and which translations it leaves behind.

    When one language changes alone, the others become outdated, unless the change was a
    catch-up (that language was outdated or incomplete before) or left the language incomplete
    (text removed, not written). A language that changes is no longer outdated. An outdated
    language remembers the fields that changed since it was current and the revision that was
    live then, for the compare view.
    """
    when = (when or timezone.now()).isoformat()
    status, created = TranslationStatus.objects.get_or_create(page_id=page.pk)
    fingerprints = {language: digest(page, language) for language in codes()}
    changed = [
        language for language in codes() if status.digests.get(language) != fingerprints[language]
    ]
    previous_revision = status.last_revision_id
    if revision is not None:
        status.last_revision = revision
    if not changed:
        if revision is not None:
            status.save(update_fields=["last_revision"])
        return status
    fields = {language: field_digests(page, language) for language in changed}
    changed_fields = {
        language: sorted(
            name
            for name, value in fields[language].items()
            if status.field_digests.get(language, {}).get(name) != value
        )
        for language in changed
    }
    incomplete = [language for language in codes() if page.untranslated_fields(language)]
    first = created or not status.digests
    catching_up = any(
        language in status.outdated or language in status.incomplete for language in changed
    )
    for language in changed:
        status.digests[language] = fingerprints[language]
        status.field_digests[language] = fields[language]
        status.changed_at[language] = when
        status.outdated.pop(language, None)
    if not first and not catching_up and not set(changed) & set(incomplete):
        newer = changed[0]
        for language in codes():
            if language not in changed:
                earlier = status.outdated.get(language, {})
                status.outdated[language] = {
                    "newer": newer,
                    "since": when,
                    "fields": sorted({*earlier.get("fields", []), *changed_fields[newer]}),
                    # The revision that was live while this language was still current.
                    "base_revision": earlier.get("base_revision", previous_revision),
                }
    status.incomplete = incomplete
    status.save()
    return status


def acknowledge(page, language, user=None):
    """An editor checked the outdated ``language`` and found it still says the same.

    Clears the flag and notes it in the page's history. Returns False if there was no flag.
    """
    from wagtail.log_actions import log

    status = TranslationStatus.objects.filter(page_id=page.pk).first()
    if status is None or language not in status.outdated:
        return False
    info = status.outdated.pop(language)
    status.save(update_fields=["outdated"])
    log(
        instance=page.specific,
        action=ACKNOWLEDGED,
        user=user,
        data={"language": language, "newer": info.get("newer"), "fields": info.get("fields", [])},
    )
    return True


# The page history's entry for an acknowledgement (registered in editorial.wagtail_hooks).
ACKNOWLEDGED = "klimapartner.translation_checked"


def outdated_languages(status):
    """Languages whose text is older than another language's last change.

    Each with the newer language, when it changed, the fields that changed, and the revisions
    to compare (``base_revision`` may be None for flags recorded before it was kept).
    """
    if status is None:
        return {}
    return {
        language: {
            "newer": info["newer"],
            "newer_at": datetime.fromisoformat(info["since"]),
            "fields": info.get("fields", []),
            "base_revision": info.get("base_revision"),
            "revision": status.last_revision_id,
        }
        for language, info in status.outdated.items()
    }


@dataclass
class PageTranslationState:
    page: Page
    missing: dict = field(default_factory=dict)  # language -> [field names]
    outdated: dict = field(default_factory=dict)  # language -> {"newer", "changed_at", "newer_at"}

    @property
    def needs_work(self):
        return bool(self.missing or self.outdated)

    def issues(self):
        """(language, kind, detail) triples, one per language and problem."""
        for language in codes():
            if language in self.missing:
                yield language, "missing", self.missing[language]
            if language in self.outdated:
                yield language, "outdated", self.outdated[language]


def page_models():
    return [model for model in get_page_models() if issubclass(model, BasePage)]


def translation_states(page_ids=None):
    """Every site page that lacks a translation or has an outdated one, in tree order.

    ``page_ids`` (a queryset of ids, or None for all) limits the report, e.g. to the pages
    a user may edit. One query for the statuses and one per page type.
    """
    statuses = TranslationStatus.objects.all()
    if page_ids is not None:
        statuses = statuses.filter(page_id__in=page_ids)
    statuses = {status.page_id: status for status in statuses}
    states = []
    for model in page_models():
        pages = model.objects.filter(depth__gt=1)
        if page_ids is not None:
            pages = pages.filter(pk__in=page_ids)
        for page in pages.select_related("content_type"):
            missing = {}
            for language in codes():
                fields = page.untranslated_fields(language)
                if fields:
                    missing[language] = fields
            # A language with gaps of its own is to be completed, not a newer original to follow.
            outdated = {
                language: info
                for language, info in outdated_languages(statuses.get(page.pk)).items()
                if not missing.get(info["newer"]) and not _all_missing(page, language)
            }
            state = PageTranslationState(page=page, missing=missing, outdated=outdated)
            if state.needs_work:
                states.append(state)
    states.sort(key=lambda state: state.page.path)
    return states


def _all_missing(page, language):
    """Whether ``language`` has no text at all on the page (nothing to call outdated)."""
    return all(
        is_empty(getattr(page, f"{name}_{language}", None)) for name in translated_names(type(page))
    )


def on_page_published(sender, instance, revision=None, **kwargs):
    if isinstance(instance, BasePage):
        record_publish(instance, revision=revision)
