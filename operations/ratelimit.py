"""Limits counted in PostgreSQL: they hold while the cache is down, and across every worker.

``limited(scope, request, limit, window)`` tells whether the request's client has used up
``limit`` actions in the last ``window`` seconds; ``count(scope, request, window)`` records
one. The client is the visitor's address (``operations.client_address``), stored as a keyed
hash.
"""

import hashlib
import hmac
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from operations.client_address import client_address
from operations.models import CountedAction


def client_key(request):
    address = (client_address(request) or "unknown").encode()
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, b"ratelimit:" + address, hashlib.sha256).hexdigest()


def limited(scope, request, limit, window):
    since = timezone.now() - timedelta(seconds=window)
    actions = CountedAction.objects.filter(scope=scope, client=client_key(request))
    return actions.filter(created_at__gt=since).count() >= limit


def count(scope, request, window):
    now = timezone.now()
    expired = now - timedelta(seconds=window)
    CountedAction.objects.filter(scope=scope, created_at__lte=expired).delete()
    CountedAction.objects.create(scope=scope, client=client_key(request), created_at=now)
