"""`manage.py restore [FILE]` (`make restore`): put back the database and the media of a backup.

FILE is a database backup as `manage.py listbackups` names it; without it, the newest. The
media come from the media backup made by the same `manage.py backup` (the first one after the
database backup). Every cached page and fragment is dropped afterwards, in every process
(``delivery.signal_handlers`` listens to django-dbbackup's restore signals).
"""

from dbbackup import utils
from dbbackup.storage import get_storage
from django.core.management import BaseCommand, CommandError, call_command


def backups(storage, content_type):
    names = storage.list_backups(content_type=content_type)
    return sorted(names, key=utils.filename_to_date)


class Command(BaseCommand):
    help = "Restore the newest backup, or the database backup FILE and the media made with it."

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", help="a database backup (manage.py listbackups)")

    def handle(self, *args, file=None, **options):
        storage = get_storage()
        databases = backups(storage, "db")
        media = backups(storage, "media")
        if file:
            file = file.rsplit("/", 1)[-1]
            if file not in databases:
                raise CommandError(f"No database backup {file} in the backup folder.")
        elif databases:
            file = databases[-1]
        else:
            raise CommandError("There is no backup to restore.")
        taken = utils.filename_to_date(file)
        later = [name for name in media if utils.filename_to_date(name) >= taken]
        earlier = [name for name in media if utils.filename_to_date(name) < taken]
        media_file = later[0] if later else earlier[-1] if earlier else None

        quiet = options["verbosity"] < 1
        call_command("dbrestore", input_filename=file, interactive=False, quiet=quiet)
        if media_file:
            call_command(
                "mediarestore",
                input_filename=media_file,
                replace=True,
                interactive=False,
                quiet=quiet,
            )
        self.stdout.write(f"Restored {file}" + (f" and {media_file}" if media_file else ""))
