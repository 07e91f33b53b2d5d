"""The admin report "Translation status": pages to translate, or whose translation is outdated.

An outdated translation names the fields that changed, links to the compare view of the two
revisions, and can be marked "checked, still current" by an editor of the page.
"""

from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import BadRequest, FieldDoesNotExist, PermissionDenied
from django.middleware.csrf import get_token
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.admin.auth import require_admin_access
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permissions import policy_registry

from editorial import translation_status
from language import labels as language_labels
from language import shown_in


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
        return language_labels().get(self.language, self.language)

    @property
    def page_type(self):
        return self.page.specific_class._meta.verbose_name

    @property
    def problem(self):
        if self.kind == "missing":
            fields = ", ".join(self.field_label(name) for name in self.detail)
            # What readers of this language see meanwhile: the fallback's text.
            shown = shown_in(self.page, self.detail[0], self.language)
            return _("Not translated: %(fields)s (readers see the %(language)s text)") % {
                "fields": fields,
                "language": language_labels().get(shown, shown),
            }
        # In the admin's time zone (the site's, unless the editor chose another).
        changed_on = timezone.localtime(self.detail["newer_at"])
        text = _("Older than the %(language)s text, which changed on %(date)s") % {
            "language": language_labels().get(self.detail["newer"], self.detail["newer"]),
            "date": formats.date_format(changed_on, "SHORT_DATETIME_FORMAT"),
        }
        if self.detail.get("fields"):
            fields = ", ".join(self.field_label(name) for name in self.detail["fields"])
            text = _("%(text)s: %(fields)s") % {"text": text, "fields": fields}
        return text

    @property
    def is_outdated(self):
        return self.kind == "outdated"

    @property
    def compare_url(self):
        """The compare view of the revision live while this language was current and now."""
        if not self.is_outdated or not self.detail.get("base_revision"):
            return ""
        return reverse(
            "wagtailadmin_pages:revisions_compare",
            args=[self.page.pk, self.detail["base_revision"], self.detail["revision"] or "live"],
        )

    def field_label(self, name):
        """A field's label without its language; an inline list's name (excursions, ...)."""
        try:
            field = self.page.specific_class._meta.get_field(name)
        except FieldDoesNotExist:
            return name
        if field.one_to_many:
            return str(field.related_model._meta.verbose_name_plural)
        return str(field.verbose_name)


class ActionsColumn(Column):
    """What an editor can do about an outdated translation: compare, or confirm it is current."""

    cell_template_name = "editorial/admin/translation_actions_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context.get("request")
        context["csrf_token"] = get_token(request) if request else ""
        context["acknowledge_url"] = reverse("translation_acknowledge")
        return context


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
        ActionsColumn("actions", label=_("Actions")),
    ]

    @cached_property
    def no_results_message(self):
        return _("Every page is translated into every language.")

    def get_queryset(self):
        rows = []
        for state in pages_needing_translation(self.request.user):
            for language, kind, detail in state.issues():
                rows.append(Row(state.page, language, kind, detail))
        return rows

    def filter_queryset(self, queryset):
        return queryset


@require_admin_access
@require_POST
def acknowledge(request):
    """ "Checked, still current": clear a page's outdated flag for one language.

    Only for an editor who may edit the page (403 otherwise); input that names no page or
    language is a 400. A flag that is gone already is simply gone.
    """
    language = request.POST.get("language", "")
    page_id = request.POST.get("page", "")
    page = Page.objects.filter(pk=int(page_id)).first() if page_id.isdigit() else None
    labels = language_labels()
    if language not in labels or page is None:
        raise BadRequest("No such page or language")
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if translation_status.acknowledge(page, language, request.user):
        messages.success(
            request,
            _("The %(language)s text of “%(title)s” is marked as checked and still current.")
            % {"language": labels[language], "title": page.get_admin_display_title()},
        )
    return redirect("translation_report")
