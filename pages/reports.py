"""The admin report "Translation status": pages to translate, or whose translation is outdated."""

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.urls import reverse
from django.utils import formats
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permissions import policy_registry

from pages import translation_status

LANGUAGE_NAMES = dict(settings.LANGUAGES)


def editable_page_ids(user):
    """The ids of the pages ``user`` may edit (None: all of them), as a subquery."""
    if user.is_superuser:
        return None
    policy = policy_registry.get_by_type(Page)
    return policy.instances_user_has_permission_for(user, "change").values("pk")


def pages_needing_translation(user):
    return translation_status.translation_states(editable_page_ids(user))


@dataclass
class Row:
    """One line of the report: one page, one language, one thing to do."""

    page: Page
    language: str
    kind: str
    detail: object

    def __str__(self):
        return self.page.title

    @property
    def title(self):
        return self.page.get_admin_display_title()

    @property
    def edit_url(self):
        return reverse("wagtailadmin_pages:edit", args=[self.page.pk])

    @property
    def language_name(self):
        return LANGUAGE_NAMES.get(self.language, self.language)

    @property
    def page_type(self):
        return self.page.specific_class._meta.verbose_name

    @property
    def problem(self):
        if self.kind == "missing":
            fields = ", ".join(self.field_label(name) for name in self.detail)
            return _("Not translated: %(fields)s") % {"fields": fields}
        return _("Older than the %(language)s text, which changed on %(date)s") % {
            "language": LANGUAGE_NAMES.get(self.detail["newer"], self.detail["newer"]),
            "date": formats.date_format(self.detail["newer_at"], "SHORT_DATETIME_FORMAT"),
        }

    def field_label(self, name):
        try:
            return str(self.page._meta.get_field(name).verbose_name)
        except FieldDoesNotExist:
            return name


class TranslationReportView(ReportView):
    page_title = _("Translation status")
    header_icon = "globe"
    index_url_name = "translation_report"
    index_results_url_name = "translation_report_results"
    paginate_by = 100
    verbose_name_plural = _("pages to translate")
    columns = [
        TitleColumn(
            "title",
            label=_("Page"),
            get_url=lambda row: row.edit_url,
            get_title_id=lambda row: f"page_{row.page.pk}_{row.language}_title",
        ),
        Column("page_type", label=_("Type")),
        Column("language_name", label=_("Language")),
        Column("problem", label=_("What to do")),
    ]

    @cached_property
    def no_results_message(self):
        return _("Every page is translated into both languages.")

    def get_queryset(self):
        rows = []
        for state in pages_needing_translation(self.request.user):
            for language, kind, detail in state.issues():
                rows.append(Row(state.page, language, kind, detail))
        return rows

    def filter_queryset(self, queryset):
        return queryset
