"""What operations keep in PostgreSQL, so that it holds while the cache is away."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class CountedAction(models.Model):
    """One action counted against a limit (a message sent through a form), by one client.

    The client is kept as a keyed hash of its address, never the address itself; rows older
    than the longest window are removed as new ones come in (``operations.ratelimit``).
    """

    scope = models.CharField(_("scope"), max_length=50)
    client = models.CharField(_("client"), max_length=64)
    created_at = models.DateTimeField(_("time"), default=timezone.now)

    class Meta:
        verbose_name = _("counted action")
        verbose_name_plural = _("counted actions")
        indexes = [models.Index(fields=["scope", "client", "created_at"])]

    def __str__(self):
        return f"{self.scope} {self.created_at:%Y-%m-%d %H:%M:%S}"


class PendingInvalidation(models.Model):
    """A change that could not make the shared cache stale (the cache was out of reach).

    Written in the same transaction as the change; removed once the cache's generation has
    moved on. Until then no process serves an answer from the cache (``delivery.generation``).
    """

    created_at = models.DateTimeField(_("time"), default=timezone.now)

    class Meta:
        verbose_name = _("pending cache invalidation")
        verbose_name_plural = _("pending cache invalidations")

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M:%S}"
