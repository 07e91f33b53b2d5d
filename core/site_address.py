"""The Wagtail site's address comes from the deployment: ``WAGTAILADMIN_BASE_URL``.

Wagtail builds a page's full URL from the default ``Site``'s hostname and port: previews are
rendered as a request to that address, and the links in approval e-mails point there. A site
still at ``localhost:80`` previews as ``http://localhost/``, which the production settings
redirect to ``https://localhost/``, and e-mails link to a host nobody can reach.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from wagtail.models import Site

DEFAULT_PORTS = {"http": 80, "https": 443}


def deployment_address():
    """(hostname, port) of ``WAGTAILADMIN_BASE_URL``; the port is 443 for https, 80 for http."""
    url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    if url.scheme not in DEFAULT_PORTS or not url.hostname:
        raise ImproperlyConfigured(
            "WAGTAILADMIN_BASE_URL must be the site's public address, such as "
            f"https://klimapartnerschaft.example (it is {settings.WAGTAILADMIN_BASE_URL!r})."
        )
    return url.hostname, url.port or DEFAULT_PORTS[url.scheme]


def set_site_address():
    """Give the default site the deployment's address. Returns the site, or None if none."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return None
    hostname, port = deployment_address()
    if (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save()  # Wagtail clears its cached site root paths on save
    return site
