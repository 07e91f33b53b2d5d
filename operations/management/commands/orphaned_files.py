"""`manage.py orphaned_files [--delete]`: files that no database row points to.

A worker killed in the middle of an upload (kill -9, out of memory) leaves its temporary file
in FILE_UPLOAD_TEMP_DIR, or a stored file whose row was never committed. This lists, and with
``--delete`` removes, every file in the media storage (local or S3) that no file field of any
model names (images, renditions, documents, ...), and every temporary upload. Only files older
than ``--min-age`` hours are touched, so an upload in progress is left alone.
"""

import os
import time
from datetime import timedelta
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.files.storage import default_storage
from django.core.management import BaseCommand
from django.db import models
from django.utils import timezone


def referenced_names():
    names = set()
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if isinstance(field, models.FileField) and not field.many_to_many:
                names.update(
                    model._default_manager.exclude(**{field.name: ""})
                    .values_list(field.name, flat=True)
                    .iterator()
                )
    return names


def stored_files(storage, folder=""):
    directories, files = storage.listdir(folder)
    for name in files:
        yield f"{folder}/{name}" if folder else name
    for directory in directories:
        yield from stored_files(storage, f"{folder}/{directory}" if folder else directory)


def temporary_uploads(older_than):
    folder = Path(settings.FILE_UPLOAD_TEMP_DIR or "")
    if not settings.FILE_UPLOAD_TEMP_DIR or not folder.is_dir():
        return
    for path in folder.iterdir():
        if path.is_file() and path.stat().st_mtime < older_than:
            yield path


class Command(BaseCommand):
    help = "List (or --delete) stored files that no row references, and stale temporary uploads."

    def add_arguments(self, parser):
        parser.add_argument("--delete", action="store_true", help="remove them, too")
        parser.add_argument(
            "--min-age", type=float, default=6, help="only files older than this (hours, 6)"
        )

    def handle(self, *args, delete=False, min_age=6, **options):
        cutoff = timezone.now() - timedelta(hours=min_age)
        referenced = referenced_names()
        found, size = 0, 0
        for name in stored_files(default_storage):
            if name in referenced or default_storage.get_modified_time(name) >= cutoff:
                continue
            found += 1
            size += default_storage.size(name)
            self.stdout.write(f"{'removed' if delete else 'orphan'}: {name}")
            if delete:
                default_storage.delete(name)
        for path in temporary_uploads(time.time() - min_age * 3600):
            found += 1
            size += path.stat().st_size
            self.stdout.write(f"{'removed' if delete else 'orphan'}: {path}")
            if delete:
                os.remove(path)
        verb = "Removed" if delete else "Found"
        self.stdout.write(f"{verb} {found} orphaned files, {size / 1e6:.1f} MB.")
