"""`/health/`: for load balancers and monitoring, whether this instance can serve.

Answered before anything else (no host check, no HTTPS redirect, no session): a load balancer
asks each instance by its address, over plain HTTP. Reports the database and the cache as
JSON. The status is 503 when the database does not answer, since no page can be built then;
a cache out of reach is reported ("degraded") with status 200, because the site then serves
uncached, and taking every instance out of the balancer for it would take the site down.
"""

import json
import secrets

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import HttpResponse

PATH = "/health/"
PROBE_KEY = "klima:health"


def database_ok():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError:
        return False


def cache_ok():
    token = secrets.token_hex(8)
    try:
        cache.set(PROBE_KEY, token, 30)
        return cache.get(PROBE_KEY) == token
    except Exception:  # noqa: BLE001 - any cache failure is "unavailable", never a 500
        return False


def health_response():
    database, cached = database_ok(), cache_ok()
    report = {
        "status": "ok" if database and cached else "degraded" if database else "unavailable",
        "database": "ok" if database else "unavailable",
        "cache": "ok" if cached else "unavailable",
    }
    response = HttpResponse(
        json.dumps(report), status=200 if database else 503, content_type="application/json"
    )
    response["Cache-Control"] = "no-store"
    return response


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path == PATH and request.method in ("GET", "HEAD"):
            return health_response()
        return self.get_response(request)
