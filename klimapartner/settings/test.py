"""Tests: PostgreSQL as in production (DATABASE_URL, else the local klimapartner database),
fast hashing, no manifest. pytest-django creates and drops test_<name>."""

import os
import tempfile

os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/klimapartner")
os.environ.setdefault("SECRET_KEY", "test-only-insecure-key")
os.environ.setdefault("ALLOWED_HOSTS", "testserver,127.0.0.1,localhost")
# Uploads of a test run go to a fresh folder (inherited by servers the tests start), which
# tests/conftest.py removes at the end.
if "MEDIA_ROOT" not in os.environ:
    os.environ["MEDIA_ROOT"] = tempfile.mkdtemp(prefix="klimapartner-test-media-")
if "FILE_UPLOAD_TEMP_DIR" not in os.environ:
    os.environ["FILE_UPLOAD_TEMP_DIR"] = tempfile.mkdtemp(prefix="klimapartner-test-uploads-")

from .base import *  # noqa: E402, F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"

# Static files come straight from the app directories; WhiteNoise is for production.
MIDDLEWARE = [m for m in MIDDLEWARE if not m.startswith("whitenoise")]  # noqa: F405

EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# The page cache is tested on its own (tests/delivery/); other tests see fresh pages.
PAGE_CACHE_ENABLED = False
# No rendering threads behind the tests' transactions (tests/test_many_instances.py tries it).
REFILL_AFTER_PUBLISH = False
