"""The visitor's address, also behind a proxy: what the login lockout and the form's limit count.

Behind nginx every connection comes from the proxy, so ``REMOTE_ADDR`` is the proxy's address
for every visitor. The proxy names the visitor in ``X-Forwarded-For``, but anyone can send that
header. It is read only when the connection itself comes from a trusted proxy
(``TRUSTED_PROXIES``, addresses or networks): then the header is walked from the right, past
the addresses of trusted proxies, and the first other address is the visitor's. A request
from anywhere else is counted by its own connection's address, whatever its headers say.

(django-ipware's trusted-proxy list is matched against the header's entries, not against the
connection the request came in on, so it cannot express "only from our proxy".)
"""

import ipaddress
from functools import lru_cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


@lru_cache(maxsize=8)
def _networks(entries):
    try:
        return tuple(ipaddress.ip_network(entry, strict=False) for entry in entries)
    except ValueError as error:
        raise ImproperlyConfigured(f"TRUSTED_PROXIES: {error}") from error


def trusted_networks():
    return _networks(tuple(getattr(settings, "TRUSTED_PROXIES", ())))


def _address(text):
    """An address as a proxy writes it: ``192.0.2.1``, ``2001:db8::1``, ``[2001:db8::1]:443``,
    ``192.0.2.1:443``; None for anything else."""
    text = text.strip()
    if text.startswith("["):
        text = text[1:].split("]", 1)[0]
    elif text.count(":") == 1:
        text = text.split(":", 1)[0]
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    return address.ipv4_mapped or address if address.version == 6 else address


def _is_trusted(address, networks):
    return any(address.version == net.version and address in net for net in networks)


def client_address(request):
    """The address of the visitor who sent ``request`` (also for django-axes); None if unknown."""
    peer = _address(request.META.get("REMOTE_ADDR") or "")
    if peer is None:
        return None
    networks = trusted_networks()
    if not networks or not _is_trusted(peer, networks):
        return str(peer)
    client = peer
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    for entry in reversed(forwarded.split(",") if forwarded else []):
        address = _address(entry)
        if address is None:
            # Written by a trusted proxy, but not an address: stop at the last one known.
            break
        client = address
        if not _is_trusted(address, networks):
            break
    return str(client)
