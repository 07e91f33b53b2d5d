"""`make backup` and `make restore` bring back the bundled content whole, and a restore is
what every process serves at once."""

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import psycopg2
import pytest
from django.conf import settings
from django.db import connection
from django.test import override_settings
from django.utils import timezone
from wagtail.documents import get_document_model

from bench.common import Gunicorn, production_env
from pages.models import NewsIndexPage, NewsPage
from tests.servers import RedisServer
from tests.test_many_instances import (
    PUBLIC_HOST,
    Browser,
    collected_static,  # noqa: F401 - a fixture
    database_url,
    free_port,
)

ROOT = Path(__file__).resolve().parents[2]
RESTORED = "kp_restore_check"

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="round trip through pg_dump"
)


def manage(*args, **env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**os.environ, **{k: str(v) for k, v in env.items()}},
        check=True,
        capture_output=True,
        text=True,
    )


def titles(cursor):
    cursor.execute("SELECT count(*) FROM wagtailcore_page")
    count = cursor.fetchone()[0]
    cursor.execute("SELECT title_de, title_en FROM wagtailcore_page ORDER BY path")
    return count, cursor.fetchall()


def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def base_url():
    db = settings.DATABASES["default"]
    return f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}"


@pytest.mark.django_db
def test_backup_and_restore_lose_nothing(tmp_path):
    base = base_url()
    folder = tmp_path / "backups"
    manage(
        "backup",
        DATABASE_URL=f"{base}/{connection.settings_dict['NAME']}",
        MEDIA_ROOT=settings.MEDIA_ROOT,
        BACKUP_DIR=folder,
        CACHE_DIR=tmp_path / "cache",
    )
    assert len(list(folder.glob("*.psql.bin"))) == 1
    assert len(list(folder.glob("*.tar"))) == 1

    admin = psycopg2.connect(f"{base}/postgres")
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{RESTORED}"')
        cursor.execute(f'CREATE DATABASE "{RESTORED}"')
    restored_media = tmp_path / "media"
    manage(
        "restore",
        DATABASE_URL=f"{base}/{RESTORED}",
        MEDIA_ROOT=restored_media,
        BACKUP_DIR=folder,
        CACHE_DIR=tmp_path / "cache",
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


@pytest.mark.django_db
def test_backups_beyond_the_kept_number_are_removed(tmp_path):
    env = {
        "DATABASE_URL": f"{base_url()}/{connection.settings_dict['NAME']}",
        "MEDIA_ROOT": settings.MEDIA_ROOT,
        "BACKUP_DIR": tmp_path,
        "BACKUP_KEEP": 2,
        "CACHE_DIR": tmp_path / "cache",
    }
    for _run in range(3):
        manage("backup", **env)
        # Backups are named by the second they were made.
        time.sleep(1.1)
    assert len(list(tmp_path.glob("*.psql.bin"))) == 2
    assert len(list(tmp_path.glob("*.tar"))) == 2


def publish_article(title):
    index = NewsIndexPage.objects.get()
    article = index.add_child(
        instance=NewsPage(
            title=title, title_de=title, slug="nach-der-sicherung", date=timezone.now()
        )
    )
    article.save_revision().publish()
    return article


@pytest.mark.django_db(transaction=True)
def test_restore_is_served_at_once_by_every_worker(collected_static, tmp_path):  # noqa: F811
    """Pages cached and lists kept in each worker's memory all go when a backup comes back."""
    redis_server = RedisServer()
    env = production_env(
        ALLOWED_HOSTS=f"{PUBLIC_HOST},127.0.0.1",
        DATABASE_URL=database_url(),
        MEDIA_ROOT=settings.MEDIA_ROOT,
        REDIS_URL=redis_server.url,
        CACHE_KEY_PREFIX="kp-restore",
        BACKUP_DIR=tmp_path / "backups",
    )
    cached = Gunicorn(free_port(), {**env, "PAGE_CACHE": "on"}, log_dir=tmp_path)
    # Without the page cache, each worker still keeps the home page's lists in memory.
    uncached = Gunicorn(free_port(), {**env, "PAGE_CACHE": "off"}, log_dir=tmp_path)
    try:
        for server in (cached.start(), uncached.start()):
            server.wait_ready()
        manage("backup", **env)
        # Published as through the admin of these instances: their cache is told.
        shared_cache = {
            "BACKEND": "delivery.cache_backend.FaultTolerantRedisCache",
            "LOCATION": redis_server.url,
            "KEY_PREFIX": env["CACHE_KEY_PREFIX"],
        }
        with override_settings(CACHES={"default": shared_cache}):
            publish_article("Nach der Sicherung")
        visitors = [Browser(cached), Browser(uncached)]
        for visitor in visitors:
            for _ in range(6):  # both workers of each instance
                assert "Nach der Sicherung" in visitor.get("/de/").text
        assert visitors[0].get("/de/").cache == "hit"

        manage("restore", **env)

        for visitor in visitors:
            for _ in range(6):
                response = visitor.get("/de/")
                assert response.status == 200
                assert "Nach der Sicherung" not in response.text
    finally:
        for server in (cached, uncached):
            print(f"--- gunicorn log, port {server.port}:\n{server.log_tail()}")
            server.__exit__()
        redis_server.stop()
