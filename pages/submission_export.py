"""The list and export of the participation form's submissions.

The list shows, per message, whether the e-mail reached the coordination. The export is safe
to open in a spreadsheet: a visitor can type ``=HYPERLINK(…)`` into a form; written as it is,
a spreadsheet runs it as a formula when a coordinator opens the CSV file. Cells that start
like a formula (``= + - @``, or a tab or carriage return before one) are written with a
leading apostrophe, which the spreadsheet shows as text (OWASP's advice for CSV injection).
Wagtail already writes XLSX cells that look like formulas as text.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.views import SubmissionsListView

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeSubmissionsListView(SubmissionsListView):
    def write_csv_row(self, writer, row_dict):
        return super().write_csv_row(
            writer, {field: neutralised(value) for field, value in row_dict.items()}
        )


class ParticipationSubmissionsListView(SafeSubmissionsListView):
    """Wagtail's list of form submissions, with the e-mail's outcome per message, exported
    safely."""

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("participation_mail")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.is_export:
            return context
        context["data_headings"].append(
            {"name": "mail", "label": _("E-mail to the coordination"), "order": None}
        )
        for row, submission in zip(context["data_rows"], context["submissions"], strict=True):
            row["fields"].append(mail_outcome(submission))
        return context


def mail_outcome(submission):
    record = getattr(submission, "participation_mail", None)
    if record is None:
        return ""
    if record.status == type(record).Status.FAILED:
        return _("%(status)s: %(error)s") % {
            "status": record.get_status_display(),
            "error": record.error,
        }
    return record.get_status_display()
