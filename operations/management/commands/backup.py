"""`manage.py backup` (`make backup`, the backup timer): the database and the media, then the
oldest backups beyond BACKUP_KEEP are removed."""

from django.core.management import BaseCommand, call_command


class Command(BaseCommand):
    help = "Back up the database and the media into BACKUP_DIR, keeping the newest BACKUP_KEEP."

    def handle(self, *args, **options):
        quiet = options["verbosity"] < 1
        call_command("dbbackup", clean=True, quiet=quiet, interactive=False)
        call_command("mediabackup", clean=True, quiet=quiet, interactive=False)
