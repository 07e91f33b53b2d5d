"""The answer when the database is gone: a friendly 503 page, not a traceback.

Django hands every uncaught exception to ``handler500``; a lost database connection gets a
static bilingual page with status 503 and Retry-After, everything else the usual 500 page.
CONN_HEALTH_CHECKS reconnects by itself once PostgreSQL is back.
"""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.views.defaults import server_error

DATABASE_ERRORS = (OperationalError, InterfaceError)


def unavailable_response():
    body = loader.get_template("503.html").render()
    response = HttpResponse(body, status=503)
    response["Retry-After"] = "30"
    response["Cache-Control"] = "no-store"
    return response


def handler500(request, *args, **kwargs):
    error = sys.exc_info()[1]
    if isinstance(error, DATABASE_ERRORS):
        return unavailable_response()
    return server_error(request, *args, **kwargs)


class DatabaseUnavailableMiddleware:
    """Turns a lost database connection in a view into the 503 page, before error logging."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_ERRORS):
            return unavailable_response()
        return None
