"""The "Get involved" form: what citizens send, and the spam protection that needs no third party.

Two guards: a honeypot field that people never see (bots fill in every field) and a limit of
``RATE_LIMIT`` accepted submissions per visitor's address in ``RATE_WINDOW`` seconds, counted
in PostgreSQL (``operations.ratelimit``), so the limit holds while the cache is down.
"""

import logging
from datetime import timedelta

from django import forms
from django.utils.translation import gettext_lazy as _

from operations import ratelimit

logger = logging.getLogger(__name__)

RATE_LIMIT = 5
RATE_WINDOW = 10 * 60
# The same message (these fields alike) sent again within this time is stored once.
IDENTITY_FIELDS = ["name", "email", "town", "message"]
SAME_MESSAGE_WINDOW = timedelta(days=1)

OTHER_TOWN = "other"
TOWN_CHOICES = [
    ("", _("Please choose")),
    ("Bernburg (Saale)", "Bernburg (Saale)"),
    ("Borne", "Borne"),
    ("Leiria", "Leiria"),
    ("Rheine", "Rheine"),
    ("Trakai", "Trakai"),
    (OTHER_TOWN, _("Another town")),
]
HONEYPOT = "website"


class ParticipationForm(forms.Form):
    """Name, e-mail, town, message and consent; ``website`` is the honeypot."""

    name = forms.CharField(label=_("Your name"), max_length=200)
    email = forms.EmailField(
        label=_("Your e-mail address"), help_text=_("So that we can answer you.")
    )
    town = forms.ChoiceField(label=_("Your town"), choices=TOWN_CHOICES)
    message = forms.CharField(
        label=_("Your idea, question or offer to help"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    consent = forms.BooleanField(
        label=_("Consent to data processing"),
        error_messages={
            "required": _("Please agree to the processing of your details, or we cannot answer.")
        },
    )
    website = forms.CharField(
        label=_("Please leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    # What is stored and exported; the honeypot is not.
    data_fields = ["name", "email", "town", "message", "consent"]

    def __init__(self, *args, page=None, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.page = page
        self.user = user
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"

    @property
    def is_spam(self):
        """Whether the honeypot was filled in: only a program does that."""
        return bool(self.cleaned_data.get(HONEYPOT))

    def submission_data(self):
        return {name: self.cleaned_data[name] for name in self.data_fields}


RATE_SCOPE = "participation"


def is_rate_limited(request):
    """Whether this visitor has used up their submissions for the current window."""
    return ratelimit.limited(RATE_SCOPE, request, RATE_LIMIT, RATE_WINDOW)


def count_submission(request):
    ratelimit.count(RATE_SCOPE, request, RATE_WINDOW)
