"""`make backup` and `make restore` bring back the bundled content whole."""

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import psycopg2
import pytest
from django.conf import settings
from django.db import connection
from wagtail.documents import get_document_model

ROOT = Path(__file__).resolve().parent.parent
RESTORED = "kp_restore_check"

pytestmark = pytest.mark.django_db


def run_backup(*args, **env):
    subprocess.run(
        [sys.executable, "bench/backup.py", *args],
        cwd=ROOT,
        env={**os.environ, **env},
        check=True,
        capture_output=True,
    )


def titles(cursor):
    cursor.execute("SELECT count(*) FROM wagtailcore_page")
    count = cursor.fetchone()[0]
    cursor.execute("SELECT title_de, title_en FROM wagtailcore_page ORDER BY path")
    return count, cursor.fetchall()


def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="round trip through pg_dump")
def test_backup_and_restore_lose_nothing(tmp_path):
    db = settings.DATABASES["default"]
    base = f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}"
    source_url = f"{base}/{connection.settings_dict['NAME']}"
    run_backup(
        "backup",
        str(tmp_path / "backup"),
        DATABASE_URL=source_url,
        MEDIA_ROOT=str(settings.MEDIA_ROOT),
    )

    admin = psycopg2.connect(f"{base}/postgres")
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{RESTORED}"')
        cursor.execute(f'CREATE DATABASE "{RESTORED}"')
    restored_media = tmp_path / "media"
    run_backup(
        "restore",
        str(tmp_path / "backup"),
        DATABASE_URL=f"{base}/{RESTORED}",
        MEDIA_ROOT=str(restored_media),
    )

    with connection.cursor() as cursor:
        original = titles(cursor)
    restored_db = psycopg2.connect(f"{base}/{RESTORED}")
    with restored_db.cursor() as cursor:
        assert titles(cursor) == original
    restored_db.close()
    for document in get_document_model().objects.all():
        assert sha256(restored_media / document.file.name) == sha256(document.file.path)
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{RESTORED}"')
    admin.close()
