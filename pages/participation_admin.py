"""The participation form in the admin: whether each message reached the coordination by e-mail.

The list of messages gets a column with the e-mail's outcome (``pages.submission_export``);
the dashboard warns the
coordination when the form has no recipient or when messages could not be mailed, and offers
to send those again (each message is mailed at most once successfully, never stored twice).
"""

from django.contrib import messages
from django.middleware.csrf import get_token
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from wagtail.admin.auth import require_admin_access
from wagtail.admin.ui.components import Component
from wagtail.contrib.forms.utils import get_forms_for_user

from pages.models import ParticipationMail, ParticipationPage


def participation_pages(user):
    """The participation pages whose messages ``user`` may read."""
    return ParticipationPage.objects.filter(pk__in=get_forms_for_user(user).values("pk")).order_by(
        "path"
    )


class ParticipationPanel(Component):
    """On the dashboard: a form without a recipient, and messages that could not be mailed."""

    name = "participation"
    order = 105
    template_name = "pages/admin/participation_panel.html"

    def __init__(self, rows):
        self.rows = rows

    def get_context_data(self, parent_context):
        request = parent_context.get("request")
        return {
            "rows": self.rows,
            "retry_url": reverse("participation_retry_mail"),
            "csrf_token": get_token(request) if request else "",
        }


def homepage_panel(request):
    """The panel, for those who read the messages, and only when there is something to say."""
    rows = []
    for page in participation_pages(request.user):
        failed = ParticipationMail.objects.filter(
            submission__page=page, status=ParticipationMail.Status.FAILED
        ).count()
        if failed or not page.recipients():
            rows.append(
                {
                    "page": page,
                    "no_recipient": not page.recipients(),
                    "failed": failed,
                    "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
                    "list_url": reverse("wagtailforms:list_submissions", args=[page.pk]),
                }
            )
    return ParticipationPanel(rows) if rows else None


@require_admin_access
@require_POST
def retry_mail(request):
    """Send the messages whose e-mail failed again, for every form the user may read."""
    sent = failed = 0
    for page in participation_pages(request.user):
        records = ParticipationMail.objects.filter(
            submission__page=page, status=ParticipationMail.Status.FAILED
        ).select_related("submission")
        for record in records:
            outcome = page.deliver(record.submission)
            if outcome.status == ParticipationMail.Status.SENT:
                sent += 1
            else:
                failed += 1
    if sent:
        messages.success(
            request,
            ngettext("%(count)d message was sent.", "%(count)d messages were sent.", sent)
            % {"count": sent},
        )
    if failed:
        messages.error(
            request,
            ngettext(
                "%(count)d message could still not be sent; it stays stored.",
                "%(count)d messages could still not be sent; they stay stored.",
                failed,
            )
            % {"count": failed},
        )
    return redirect("wagtailadmin_home")
