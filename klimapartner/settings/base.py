"""Settings shared by every environment, safe for production on their own.

Everything a deployment changes comes from the environment (see README, "Settings").
Security values have no defaults: a missing SECRET_KEY or ALLOWED_HOSTS stops the start.
"""

import os
import tempfile
from datetime import timedelta
from email.utils import getaddresses
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def required(name):
    """An environment variable the site cannot start without."""
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(
            f"Set the environment variable {name}: the site will not start without it."
        )
    return value


SECRET_KEY = required("SECRET_KEY")
ALLOWED_HOSTS = [host.strip() for host in required("ALLOWED_HOSTS").split(",") if host.strip()]
DEBUG = False

INSTALLED_APPS = [
    # First, so its migrate wins over wagtail_modeltranslation's (which it extends): it fills
    # the pages' addresses in a language added to LANGUAGES (language/management/commands).
    "language",
    # wagtail_modeltranslation must come first: it patches Page before Wagtail's admin loads,
    # and its makemigrations/migrate replace Django's so Page's translated columns are kept.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "modeltranslation",
    "core",
    "pages",
    "partners",
    "conferences",
    # Above the content apps: the search, what search engines and feed readers read, and the
    # editors' tools (roles, translation status, redirects, uploads).
    "search",
    "seo",
    "editorial",
    "flyer",
    "wagtail.contrib.settings",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    "dbbackup",
    "delivery",
    "operations",
    # The bundled content and load_initial_data; nothing at runtime imports it.
    "seed",
]

MIDDLEWARE = [
    "operations.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "delivery.security.SecurityHeadersMiddleware",
    "delivery.compression.GZipMiddleware",
    "delivery.cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
    "delivery.admin_input.AdminInputMiddleware",
    "delivery.errors.DatabaseUnavailableMiddleware",
]

ROOT_URLCONF = "klimapartner.urls"
WSGI_APPLICATION = "klimapartner.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60, conn_health_checks=True
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: the one list. German is the default and the language every text exists in; every
# public URL carries its language prefix. Everything else (modeltranslation's columns, Wagtail's
# content and admin languages, search, sitemap, the switch) is derived from LANGUAGES: adding a
# language is a line here (see README, "Adding a language").
LANGUAGE_CODE = "de"
LANGUAGES = [
    ("de", _("German")),
    ("en", _("English")),
    ("nl", _("Dutch")),
    ("pt", _("Portuguese")),
    ("lt", _("Lithuanian")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Berlin"

MODELTRANSLATION_DEFAULT_LANGUAGE = LANGUAGE_CODE
MODELTRANSLATION_LANGUAGES = tuple(code for code, _name in LANGUAGES)
# Where a text is missing: English readers get German; readers of the partners' languages get
# English, then German (more of them read English than German). A language added to LANGUAGES
# without an entry here falls back to German.
MODELTRANSLATION_FALLBACK_LANGUAGES = {
    "default": (LANGUAGE_CODE,),
    "en": (LANGUAGE_CODE,),
    "nl": ("en", LANGUAGE_CODE),
    "pt": ("en", LANGUAGE_CODE),
    "lt": ("en", LANGUAGE_CODE),
}
# One page carries every language; Wagtail's own locale trees stay off.
WAGTAIL_I18N_ENABLED = False
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# The admin's own language picker (static/js/admin-languages.js) replaces the package's: it
# shows every language with an error, remembers the choice and can put both side by side.
WAGTAILMODELTRANSLATION_LOCALE_PICKER = False
# Inline lists whose items are named in the singular ("Exkursion 1", core/editing.py).
WAGTAILMODELTRANSLATION_CUSTOM_INLINE_PANELS = ["core.editing.ItemsPanel"]

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "KlimaPartnerschaft"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "core.CustomImage"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILADMIN_COMMENTS_ENABLED = False
# The admin talks to no other host (its policy allows none, and editors' addresses stay here):
# no Gravatar pictures (Wagtail's own default avatar instead), no update check.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# E-mail (the participation form notifies the coordination): SMTP unless EMAIL_BACKEND says
# otherwise; EMAIL_HOST, EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD, EMAIL_USE_TLS and
# DEFAULT_FROM_EMAIL come from the environment.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "") == "1"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")
# A mail server that does not answer must not hold a worker for long.
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
# Errors (500) are mailed to ADMINS ("Name <address>, address, ..."), from SERVER_EMAIL.
ADMINS = [
    (name or address, address)
    for name, address in getaddresses([os.environ.get("ADMINS", "")])
    if address
]
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# Performance and operations (see delivery/cache.py, delivery/security.py, editorial/uploads.py).
# One cache shared by every worker and every app instance: Redis with REDIS_URL, otherwise a
# folder on this machine. The page cache, menus, footer, Wagtail's renditions and site root
# paths all live in it, so an invalidation reaches every process at once.
_database = DATABASES["default"]
CACHES = {
    "default": (
        {
            "BACKEND": "delivery.cache_backend.FaultTolerantRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
        if os.environ.get("REDIS_URL")
        else {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get("CACHE_DIR", "/tmp/klimapartner-cache"),  # noqa: S108
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    )
}
# Instances on the same database share entries; another database never sees them.
CACHES["default"]["KEY_PREFIX"] = os.environ.get(
    "CACHE_KEY_PREFIX", f"kp-{_database.get('HOST', '')}-{_database.get('NAME', '')}"[:60]
)
PAGE_CACHE_ENABLED = os.environ.get("PAGE_CACHE", "on").lower() not in ("off", "0", "false")
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
PAGE_CACHE_MAX_AGE = int(os.environ.get("PAGE_CACHE_MAX_AGE", "60"))
# Each worker renders a page of every type before its first visitor (delivery/warm_up.py).
WARM_UP = os.environ.get("WARM_UP", "on").lower() not in ("off", "0", "false")
# After a publish, render the published page, its parent and the home pages in a thread
# (delivery/warm_up.py), so visitors find the new generation's pages and fragments ready.
REFILL_AFTER_PUBLISH = os.environ.get("REFILL_AFTER_PUBLISH", "on").lower() not in (
    "off",
    "0",
    "false",
)

# Login: five failures for the same user name from the same address lock out for 15 minutes.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "axes/lockout.html"
AXES_RESET_ON_SUCCESS = True
# Behind a proxy, "the same address" is the visitor's, read from X-Forwarded-For only when the
# connection comes from one of TRUSTED_PROXIES (operations/client_address.py).
AXES_CLIENT_IP_CALLABLE = "operations.client_address.client_address"
TRUSTED_PROXIES = [
    entry.strip() for entry in os.environ.get("TRUSTED_PROXIES", "").split(",") if entry.strip()
]

# Uploads: raster images by content (no SVG), office documents and text by extension and
# content (editorial/uploads.py).
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_IMAGE_FORM_BASE = "editorial.uploads.CheckedImageForm"
WAGTAILDOCS_MAX_UPLOAD_SIZE = 30 * 1024 * 1024
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "txt", "csv"]
WAGTAILDOCS_DOCUMENT_FORM_BASE = "editorial.uploads.CheckedDocumentForm"
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
# Uploads larger than 2.5 MB are buffered in a folder of the site's own, where
# `manage.py orphaned_files` finds what a killed worker left behind (made at start).
FILE_UPLOAD_TEMP_DIR = os.environ.get(
    "FILE_UPLOAD_TEMP_DIR", os.path.join(tempfile.gettempdir(), "klimapartner-uploads")
)

# Backups (django-dbbackup, `manage.py backup` and `restore`): the database through pg_dump, the
# media read through the media storage (so media on S3 are backed up too), into BACKUP_DIR;
# the newest BACKUP_KEEP of each are kept.
STORAGES["dbbackup"] = {
    "BACKEND": "django.core.files.storage.FileSystemStorage",
    "OPTIONS": {"location": os.environ.get("BACKUP_DIR", str(BASE_DIR / "backups"))},
}
DBBACKUP_CLEANUP_KEEP = int(os.environ.get("BACKUP_KEEP", "14"))
DBBACKUP_HOSTNAME = "klimapartner"
DBBACKUP_CONNECTOR_MAPPING = {
    "django.db.backends.postgresql": "dbbackup.db.postgresql.PgDumpBinaryConnector"
}
DBBACKUP_CONNECTORS = {"default": {"DUMP_SUFFIX": "--no-owner", "RESTORE_SUFFIX": "--no-owner"}}

# Media on S3-compatible object storage when AWS_STORAGE_BUCKET_NAME is set
# (needs `pip install boto3`, left out of the default install).
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_STORAGE_BUCKET_NAME = os.environ["AWS_STORAGE_BUCKET_NAME"]
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or None
    AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None
    AWS_QUERYSTRING_AUTH = False
    AWS_S3_FILE_OVERWRITE = False
    AWS_DEFAULT_ACL = None

# A CDN in front: published pages are purged there in both languages, with the pages that list
# them (delivery/cdn.py, through the backends of wagtail.contrib.frontend_cache).
if os.environ.get("FRONTEND_CACHE_BACKEND"):
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": os.environ["FRONTEND_CACHE_BACKEND"],
            "LOCATION": os.environ.get("FRONTEND_CACHE_LOCATION", ""),
            **(
                {"DISTRIBUTION_ID": os.environ["FRONTEND_CACHE_DISTRIBUTION_ID"]}
                if os.environ.get("FRONTEND_CACHE_DISTRIBUTION_ID")
                else {}
            ),
            **(
                {
                    "BEARER_TOKEN": os.environ["FRONTEND_CACHE_TOKEN"],
                    "ZONEID": os.environ.get("FRONTEND_CACHE_ZONE_ID", ""),
                }
                if os.environ.get("FRONTEND_CACHE_TOKEN")
                else {}
            ),
        }
    }
