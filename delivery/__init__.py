"""Delivery: how the site reaches its visitors, the lowest app layer.

- ``cache``: the page cache middleware and the fragment cache (``fragment``, ``cached_rows``);
  ``generation``: the cache generation, its lifecycle and pending invalidations;
  ``signal_handlers``: what makes the cache stale; ``cache_backend``: Redis that may be away.
- ``cdn``: purging a CDN in front of the site; ``compression``: gzip.
- ``security``: Content-Security-Policy and other headers, uploaded media without documents.
- ``errors``: the 503 page when the database is gone; ``admin_input``: 400 for malformed
  admin input.
"""
