"""Security: headers, deploy checks, required settings, login lockout, upload checks, 503."""

import os
import subprocess
import sys
from io import BytesIO
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import OperationalError
from django.test import Client

from delivery.security import STRICT_POLICY
from editorial.uploads import content_matches
from pages.models import HomePage
from tests.conftest import url_in

ROOT = Path(__file__).resolve().parent.parent.parent
KEY = "k" * 20 + "Q7x!p9Zr2#vLm4$Tn8Ws6@Yb1^Hd3&Jf5*Gc0"


def production(*args, **env):
    # Only what a deployment would have: no test-only switches such as Playwright's
    # DJANGO_ALLOW_ASYNC_UNSAFE, and no secrets unless the test gives them.
    dropped = ("SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE")
    base = {k: v for k, v in os.environ.items() if k not in dropped}
    base.update(DJANGO_SETTINGS_MODULE="klimapartner.settings.production", **env)
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=base, capture_output=True, text=True, timeout=120
    )


def test_deploy_check_finds_nothing_to_warn_about():
    result = production(
        "manage.py",
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=KEY,
        ALLOWED_HOSTS="example.org",
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_secret_key():
    result = production("-c", "import django; django.setup()", ALLOWED_HOSTS="example.org")
    assert result.returncode != 0
    assert "Set the environment variable SECRET_KEY" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = production("-c", "import django; django.setup()", SECRET_KEY=KEY)
    assert result.returncode != 0
    assert "Set the environment variable ALLOWED_HOSTS" in result.stderr


@pytest.mark.django_db
def test_public_page_has_strict_content_security_policy(client):
    response = client.get(url_in(HomePage.objects.get(), "en"))
    assert response["Content-Security-Policy"] == STRICT_POLICY
    assert "unsafe-inline" not in response["Content-Security-Policy"]


@pytest.mark.django_db
def test_public_page_sends_permissions_policy(client):
    response = client.get(url_in(HomePage.objects.get(), "en"))
    assert "camera=()" in response["Permissions-Policy"]


@pytest.mark.django_db
def test_admin_gets_its_own_relaxed_policy(client):
    policy = client.get("/admin/login/")["Content-Security-Policy"]
    assert "'unsafe-inline'" in policy
    assert "frame-ancestors 'self'" in policy


@pytest.mark.django_db
def test_editor_on_a_public_page_gets_the_policy_the_user_bar_needs(admin_client):
    response = admin_client.get(url_in(HomePage.objects.get(), "en"))
    assert "'unsafe-inline'" in response["Content-Security-Policy"]
    assert b"wagtail-userbar" in response.content


@pytest.mark.django_db
def test_town_editor_on_a_public_page_gets_the_policy_the_user_bar_needs(borne_client):
    """Editors are not staff: the admin's own permission decides, not ``is_staff``."""
    response = borne_client.get(url_in(HomePage.objects.get(), "en"))
    assert "'unsafe-inline'" in response["Content-Security-Policy"]
    assert b"wagtail-userbar" in response.content


def login(client, password):
    return client.post(
        "/admin/login/",
        {"username": "locked-editor", "password": password},
        HTTP_ACCEPT_LANGUAGE="en",
    )


@pytest.mark.django_db
def test_five_failed_logins_lock_the_account_for_fifteen_minutes(django_user_model):
    django_user_model.objects.create_superuser("locked-editor", "l@example.org", "right-one")
    client = Client()
    for _attempt in range(4):
        assert login(client, "wrong").status_code == 200
    assert login(client, "wrong").status_code == 429
    response = login(client, "right-one")
    assert response.status_code == 429
    assert "15 minutes" in response.content.decode()


@pytest.mark.django_db
def test_successful_login_before_the_limit_is_let_in(django_user_model):
    django_user_model.objects.create_superuser("locked-editor", "l@example.org", "right-one")
    client = Client()
    for _attempt in range(4):
        login(client, "wrong")
    assert login(client, "right-one").status_code == 302


@pytest.mark.parametrize(
    ("extension", "content", "ok"),
    [
        ("pdf", b"%PDF-1.7\n...", True),
        ("pdf", b"MZ\x90\x00 a program", False),
        ("txt", "Grüße aus Bernburg".encode(), True),
        ("csv", b"a;b\n1;2\n", True),
        ("txt", b"\x7fELF\x02\x01\x00\x00", False),
        ("docx", b"PK\x03\x04 not really a zip", False),
        ("odt", b"%PDF-1.4", False),
    ],
)
def test_document_content_must_match_its_extension(extension, content, ok):
    assert content_matches(extension, BytesIO(content)) is ok


def test_real_office_document_passes_the_content_check():
    import zipfile

    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    assert content_matches("docx", buffer)


@pytest.mark.django_db
def test_admin_rejects_a_program_uploaded_as_pdf(admin_client):
    from wagtail.documents import get_document_model

    before = get_document_model().objects.count()
    upload = SimpleUploadedFile("bericht.pdf", b"MZ\x90\x00 not a pdf", "application/pdf")
    admin_client.post("/admin/documents/add/", {"title": "Bericht", "file": upload})
    assert get_document_model().objects.count() == before


@pytest.mark.django_db
def test_admin_rejects_svg_images(admin_client):
    from wagtail.images import get_image_model

    before = get_image_model().objects.count()
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    upload = SimpleUploadedFile("bild.svg", svg, "image/svg+xml")
    admin_client.post("/admin/images/add/", {"title": "Bild", "file": upload})
    assert get_image_model().objects.count() == before


@pytest.mark.django_db
def test_lost_database_connection_shows_the_friendly_503_page(monkeypatch):
    def fail(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(HomePage, "get_context", fail)
    client = Client(raise_request_exception=False)
    response = client.get(url_in(HomePage.objects.get(), "en"))
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "The site will be back shortly" in response.content.decode()
    assert "Traceback" not in response.content.decode()
