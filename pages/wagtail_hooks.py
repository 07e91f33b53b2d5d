"""Admin additions: the translation report and its dashboard panel, and a publishing warning."""

from django.contrib import messages
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from pages.models import BasePage
from pages.reports import TranslationReportView, pages_needing_translation


@hooks.register("register_admin_urls")
def register_translation_report_urls():
    return [
        path("reports/translations/", TranslationReportView.as_view(), name="translation_report"),
        path(
            "reports/translations/results/",
            TranslationReportView.as_view(results_only=True),
            name="translation_report_results",
        ),
    ]


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
    template_name = "pages/admin/translation_panel.html"

    def __init__(self, count):
        self.count = count

    def get_context_data(self, parent_context):
        return {"count": self.count, "report_url": reverse("translation_report")}


@hooks.register("construct_homepage_panels")
def add_translation_panel(request, panels):
    count = len(pages_needing_translation(request.user))
    panels.append(TranslationPanel(count))


@hooks.register("after_publish_page")
def warn_when_published_without_english_title(request, page):
    specific = page.specific
    if isinstance(specific, BasePage) and not (specific.title_en or "").strip():
        messages.warning(
            request,
            _(
                "“%(title)s” is published without an English title: English readers see the "
                "German title. Add the English title when you can."
            )
            % {"title": specific.title_de},
        )
