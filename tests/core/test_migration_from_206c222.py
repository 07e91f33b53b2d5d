"""A database made by the code before the reshape migrates with nothing lost.

The code of commit 206c222 (main before ``core`` existed) migrates a fresh PostgreSQL
database and stores content in it: an image with a tag and texts in both languages, a home
page that shows it, the site settings, and a group allowed to change the settings. Then this
code's ``migrate`` runs on that database, and the content is still there and still works:
the image keeps its tag, the group's members may still change the settings.
"""

import json
import os
import shutil
import subprocess
import sys
import tarfile
import uuid
from io import BytesIO
from pathlib import Path

import psycopg2
import pytest
from django.conf import settings

BEFORE = "206c222"
REPO = Path(settings.BASE_DIR)

# Run with the old code: stores the content and answers with what it stored.
STORE = """
import io, json
from PIL import Image as Picture
from django.contrib.auth.models import Group, Permission
from django.core.files.images import ImageFile
from wagtail.images import get_image_model
from wagtail.models import Collection, GroupCollectionPermission, Page, Site
from pages.models import HomePage, SiteSettings

data = io.BytesIO()
Picture.new("RGB", (40, 30), "green").save(data, "PNG")
image = get_image_model()(
    title="Marktplatz Borne", file=ImageFile(data, name="borne.png"),
    description_de="Der Marktplatz", description_en="The market square",
    credit_de="Foto: Gemeinde Borne", credit_en="Photo: municipality of Borne",
)
image.save()
image.tags.add("borne")
home = Page.get_first_root_node().add_child(instance=HomePage(
    title="Start", title_de="Start", title_en="Home", slug="start", slug_de="start",
    slug_en="home", intro_de="Willkommen", intro_en="Welcome", hero_image=image,
))
site = Site.objects.get(is_default_site=True)
site.root_page = home
site.save()
SiteSettings.objects.create(site=site, funding_note_de="Gefördert", funding_note_en="Funded")
group = Group.objects.create(name="Projektkoordination")
group.permissions.add(Permission.objects.get(codename="change_sitesettings"))
GroupCollectionPermission.objects.create(
    group=group, collection=Collection.get_first_root_node(),
    permission=Permission.objects.get(
        content_type__app_label="wagtailimages", codename="add_image"
    ),
)
print(json.dumps({"image": image.pk, "home": home.pk}))
"""

# Run with this code: what the migrated database holds, read through the models.
READ = """
import json
from django.contrib.auth.models import Group, User
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from wagtail.images import get_image_model
from wagtail.models import GroupCollectionPermission
from core.models import SiteSettings
from pages.models import HomePage

image = get_image_model().objects.get()
home = HomePage.objects.get()
group = Group.objects.get(name="Projektkoordination")
user = User.objects.create_user("koordination")
user.groups.add(group)
with connection.cursor() as cursor:
    cursor.execute("SELECT count(*) FROM taggit_taggeditem")
    tagged = cursor.fetchone()[0]
print(json.dumps({
    "image": image.pk,
    "image_model": image._meta.label,
    "tags": sorted(image.tags.names()),
    "tagged_items": tagged,
    "description": [image.description_de, image.description_en],
    "credit": [image.credit_de, image.credit_en],
    "home": home.pk,
    "hero_image": home.hero_image_id,
    "intro": [home.intro_de, home.intro_en],
    "funding_note": [SiteSettings.objects.get().funding_note_de,
                     SiteSettings.objects.get().funding_note_en],
    "group_permissions": sorted(
        f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()
    ),
    "collection_permissions": sorted(
        f"{g.permission.content_type.app_label}.{g.permission.codename}"
        for g in GroupCollectionPermission.objects.filter(group=group)
    ),
    "may_change_settings": user.has_perm("core.change_sitesettings"),
    "content_types": sorted(
        f"{c.app_label}.{c.model}"
        for c in ContentType.objects.filter(
            model__in=["customimage", "customrendition", "sitesettings"]
        )
    ),
}))
"""


def manage(code_dir, env, *args):
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=code_dir,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def run_sql(params, statement):
    connection = psycopg2.connect(**{key: value for key, value in params.items() if value})
    connection.autocommit = True  # CREATE DATABASE cannot run in a transaction
    try:
        with connection.cursor() as cursor:
            cursor.execute(statement)
    finally:
        connection.close()


def code_at(commit, target):
    """The repository's files as they were at ``commit``, unpacked into ``target``."""
    archive = subprocess.run(
        [shutil.which("git"), "archive", "--format=tar", commit],
        cwd=REPO,
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(target, filter="data")
    return target


@pytest.fixture
def old_code(tmp_path):
    return code_at(BEFORE, tmp_path / "before")


@pytest.fixture
def scratch_database(tmp_path):
    """An empty PostgreSQL database of its own, dropped afterwards; yields the process env."""
    server = settings.DATABASES["default"]
    if server["ENGINE"] != "django.db.backends.postgresql":
        pytest.skip("the migration is tested on PostgreSQL, as in production")
    name = f"kp_migration_{uuid.uuid4().hex[:8]}"
    params = {
        "host": server["HOST"] or None,
        "port": server["PORT"] or None,
        "user": server["USER"] or None,
        "password": server["PASSWORD"] or None,
        "dbname": "postgres",
    }
    run_sql(params, f'CREATE DATABASE "{name}"')
    user = server["USER"] or ""
    password = f":{server['PASSWORD']}" if server["PASSWORD"] else ""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "klimapartner.settings.test",
        "DATABASE_URL": (
            f"postgres://{user}{password}@{server['HOST']}:{server['PORT'] or 5432}/{name}"
        ),
        "MEDIA_ROOT": str(tmp_path / "media"),
    }
    env.pop("PYTHONPATH", None)
    yield env
    run_sql(params, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_a_database_from_before_the_reshape_keeps_its_content(old_code, scratch_database):
    env = scratch_database
    manage(old_code, env, "migrate", "--no-input", "-v", "0")
    stored = json.loads(manage(old_code, env, "shell", "-c", STORE).strip().splitlines()[-1])

    manage(REPO, env, "migrate", "--no-input", "-v", "0")
    found = json.loads(manage(REPO, env, "shell", "-c", READ).strip().splitlines()[-1])

    assert found["image"] == stored["image"]
    assert found["image_model"] == "core.CustomImage"
    assert found["tags"] == ["borne"]
    assert found["tagged_items"] == 1
    assert found["description"] == ["Der Marktplatz", "The market square"]
    assert found["credit"] == ["Foto: Gemeinde Borne", "Photo: municipality of Borne"]
    assert found["home"] == stored["home"]
    assert found["hero_image"] == stored["image"]
    assert found["intro"] == ["Willkommen", "Welcome"]
    assert found["funding_note"] == ["Gefördert", "Funded"]
    assert found["group_permissions"] == ["core.change_sitesettings"]
    assert found["collection_permissions"] == ["wagtailimages.add_image"]
    assert found["may_change_settings"] is True
    # Only the relabelled content types: post_migrate made no second, empty set for core.
    assert found["content_types"] == [
        "core.customimage",
        "core.customrendition",
        "core.sitesettings",
    ]
