"""`make backup` / `make restore FILE=...`: the database and the media folder in one folder.

PostgreSQL (DATABASE_URL postgres://...) goes through pg_dump's custom format and comes back
with pg_restore --clean; the embedded SQLite database is copied as a file. Media is a tar.
Backups land in backups/<UTC time>/ (BACKUP_DIR to change).
"""

import os
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import dj_database_url

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = f"sqlite:///{ROOT / 'db.sqlite3'}"


def database():
    return dj_database_url.parse(os.environ.get("DATABASE_URL", DEFAULT_DB))


def media_root():
    return Path(os.environ.get("MEDIA_ROOT", ROOT / "media"))


def pg_args(db):
    args = ["-h", db["HOST"] or "127.0.0.1", "-p", str(db["PORT"] or 5432)]
    return [*args, "-U", db["USER"] or "postgres", "-d", db["NAME"]]


def backup(target=None):
    db = database()
    folder = Path(
        target
        or Path(os.environ.get("BACKUP_DIR", ROOT / "backups"))
        / time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    )
    folder.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PGPASSWORD": db.get("PASSWORD") or ""}
    if "postgresql" in db["ENGINE"]:
        subprocess.run(
            [
                "pg_dump",
                "--format=custom",
                "--no-owner",
                "-f",
                str(folder / "database.dump"),
                *pg_args(db),
            ],
            check=True,
            env=env,
        )
    else:
        shutil.copy2(db["NAME"], folder / "database.sqlite3")
    with tarfile.open(folder / "media.tar.gz", "w:gz") as archive:
        if media_root().exists():
            archive.add(media_root(), arcname="media")
    print(folder)
    return folder


def restore(folder):
    folder = Path(folder)
    db = database()
    env = {**os.environ, "PGPASSWORD": db.get("PASSWORD") or ""}
    if (folder / "database.dump").exists():
        subprocess.run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                *pg_args(db),
                str(folder / "database.dump"),
            ],
            check=True,
            env=env,
        )
    else:
        shutil.copy2(folder / "database.sqlite3", db["NAME"])
    target = media_root()
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True, exist_ok=True)
    with tarfile.open(folder / "media.tar.gz") as archive:
        for member in archive.getmembers():
            if member.name == "media" or not member.name.startswith("media/"):
                continue
            member.name = member.name.removeprefix("media/")
            archive.extract(member, target, filter="data")


if __name__ == "__main__":
    if sys.argv[1:2] == ["restore"] and len(sys.argv) == 3:
        restore(sys.argv[2])
    elif sys.argv[1:2] == ["backup"]:
        backup(sys.argv[2] if len(sys.argv) > 2 else None)
    else:
        sys.exit("usage: backup.py backup [FOLDER] | restore FOLDER")
