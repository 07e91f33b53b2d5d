"""The editors' admin: the translation report, the dashboard's translation panel and page
count, the warning on publishing without an English title, the edit form's languages.

Also takes out wagtail-modeltranslation's "copy content" for StreamFields: its view is
CSRF-exempt, checks no permission on the page (any editor could post to any page's URL) and
answers malformed input with a 500, and its script reads the CSRF cookie, which production
marks HttpOnly. The edit form's own copy buttons (static/js/admin-languages.js) work in the
browser, on what the editor already has open, and need no view at all.
"""

from django.contrib import messages
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html, json_script
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.site_summary import PagesSummaryItem
from wagtail.admin.ui.components import Component
from wagtail.log_actions import LogFormatter
from wagtail.models import Page
from wagtail_modeltranslation import wagtail_hooks as modeltranslation_hooks

import language
from core.models import BasePage
from editorial import reports, translation_status
from editorial.reports import TranslationReportView, editable_page_ids, pages_needing_translation


@hooks.register("register_admin_urls")
def register_translation_report_urls():
    return [
        path("reports/translations/", TranslationReportView.as_view(), name="translation_report"),
        path(
            "reports/translations/results/",
            TranslationReportView.as_view(results_only=True),
            name="translation_report_results",
        ),
        path(
            "reports/translations/acknowledge/",
            reports.acknowledge,
            name="translation_acknowledge",
        ),
    ]


@hooks.register("register_log_actions")
def register_translation_log_actions(actions):
    @actions.register_action(translation_status.ACKNOWLEDGED)
    class TranslationChecked(LogFormatter):
        label = _("Translation checked")

        def format_message(self, log_entry):
            code = log_entry.data.get("language", "")
            return _("The %(language)s text was checked and is still current.") % {
                "language": language.labels().get(code, code)
            }


@hooks.register("register_reports_menu_item")
def register_translation_report_menu_item():
    return MenuItem(
        _("Translation status"),
        reverse("translation_report"),
        name="translation-status",
        icon_name="globe",
        order=650,
    )


class TranslationPanel(Component):
    """On the dashboard: how many pages wait for a translation, with a link to the report."""

    name = "translation_status"
    order = 110
    template_name = "editorial/admin/translation_panel.html"

    def __init__(self, count):
        self.count = count

    def get_context_data(self, parent_context):
        return {"count": self.count, "report_url": reverse("translation_report")}


@hooks.register("construct_homepage_panels")
def add_translation_panel(request, panels):
    count = len(pages_needing_translation(request.user))
    panels.append(TranslationPanel(count))


class EditablePagesSummaryItem(PagesSummaryItem):
    """The dashboard's page count: the pages this editor may edit, not the whole site.

    Wagtail counts every page below the editor's starting point, which for a town's team is
    the whole site; the team edits its town and the conferences it hosted.
    """

    template_name = "editorial/admin/site_summary_pages.html"

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        editable = editable_page_ids(self.request.user)
        pages = Page.objects.filter(depth__gt=1)
        if editable is not None:
            pages = pages.filter(pk__in=editable)
        context["total_pages"] = pages.count()
        return context


# After Wagtail's own hook, which adds the item this one replaces.
@hooks.register("construct_homepage_summary_items", order=100)
def count_editable_pages(request, items):
    items[:] = [
        EditablePagesSummaryItem(request) if type(item) is PagesSummaryItem else item
        for item in items
    ]


@hooks.register("after_publish_page")
def warn_when_published_without_english_title(request, page):
    """English is the fallback of the partners' languages: a page without an English title
    shows its German one to readers of English, Dutch, Portuguese and Lithuanian alike."""
    specific = page.specific
    if not isinstance(specific, BasePage) or "en" not in language.codes():
        return
    if language.is_empty(specific.title_en):
        messages.warning(
            request,
            _(
                "“%(title)s” is published without an English title: English readers see the "
                "German title. Add the English title when you can."
            )
            % {"title": getattr(specific, f"title_{language.default()}")},
        )


@hooks.register("insert_editor_js")
def edit_form_languages():
    """The edit form's language bar and copy buttons, with texts in the admin's language."""
    labels = language.labels()
    config = {
        # Each language under its own name in the picker, under the admin's in sentences.
        "languages": [
            {"code": code, "name": language.name(code), "label": str(labels[code])}
            for code in language.codes()
        ],
        "default": language.default(),
        "text": {
            "languages": gettext("Languages"),
            "sideBySide": gettext("Side by side"),
            # %(language)s is filled in by the script.
            "copyFrom": gettext("Copy from %(language)s"),
            "copyListFrom": gettext("All items: %(target)s from %(language)s"),
            "replace": gettext(
                "This replaces what is written there now. Nothing is saved until you save "
                "the page. Go on?"
            ),
        },
    }
    return format_html(
        '{}<script src="{}" defer></script>',
        json_script(config, "kp-languages-config"),
        static("js/admin-languages.js"),
    )


@hooks.register("insert_global_admin_css")
def edit_form_languages_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin-languages.css"))


def remove_package_copy_view():
    """wagtail-modeltranslation's StreamField copy view and script (see the module's docstring)."""
    unwanted = {
        "register_admin_urls": modeltranslation_hooks.copy_streamfields_content,
        "insert_editor_js": modeltranslation_hooks.streamfields_translation_copy,
    }
    for name, function in unwanted.items():
        registered = hooks._hooks.get(name, [])
        registered[:] = [(fn, order) for fn, order in registered if fn is not function]


# Wagtail imports every app's wagtail_hooks in INSTALLED_APPS order, the package's first.
remove_package_copy_view()
