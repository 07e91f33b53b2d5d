"""Malformed input to Wagtail's admin gets a 4xx answer, not a 500.

Some admin views pass what the address says straight to the database: an object id that is
not a number (``/admin/images/chooser/chosen/abc/``, ``/admin/bulk/…/?id=abc``) makes the
query fail, and PostgreSQL refuses text with a NUL character (``/admin/api/main/pages/
?search=%00``). This middleware checks such input before the view runs: a NUL anywhere in the
query string is a bad request (400), and so is an id that the model's ids cannot be, in a bulk
action or a chooser (400).
"""

from django.apps import apps
from django.contrib.admin.utils import unquote
from django.core.exceptions import BadRequest, ValidationError
from wagtail.admin.views.generic.chooser import ChosenViewMixin
from wagtail.coreutils import resolve_model_string


def _is_valid_pk(model, value):
    try:
        model._meta.pk.to_python(value)
    except (ValidationError, ValueError, TypeError):
        return False
    return True


class AdminInputMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path.startswith("/admin/"):
            return None
        if "\x00" in request.path or any(
            "\x00" in name or any("\x00" in value for value in values)
            for name, values in request.GET.lists()
        ):
            raise BadRequest("NUL character in the request")
        if request.resolver_match.url_name == "wagtail_bulk_action":
            model = apps.get_model(view_kwargs["app_label"], view_kwargs["model_name"])
            ids = [value for value in request.GET.getlist("id") if value != "all"]
            if not all(_is_valid_pk(model, value) for value in ids):
                raise BadRequest("Not an id of this model")
        view_class = getattr(view_func, "view_class", None)
        if view_class and issubclass(view_class, ChosenViewMixin) and "pk" in view_kwargs:
            initkwargs = getattr(view_func, "view_initkwargs", {})
            model = initkwargs.get("model") or view_class.model
            if model and not _is_valid_pk(resolve_model_string(model), unquote(view_kwargs["pk"])):
                raise BadRequest("Not an id of this model")
        return None
