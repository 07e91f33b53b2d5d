"""The export of form submissions, safe to open in a spreadsheet.

A visitor can type ``=HYPERLINK(…)`` into a form; written as it is, a spreadsheet runs it as a
formula when a coordinator opens the CSV file. Cells that start like a formula (``= + - @``,
or a tab or carriage return before one) are written with a leading apostrophe, which the
spreadsheet shows as text (OWASP's advice for CSV injection). Wagtail already writes XLSX
cells that look like formulas as text.
"""

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
