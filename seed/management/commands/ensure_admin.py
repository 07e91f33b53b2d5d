import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Make sure a local admin login exists and print it. For development only: the "
        "password is kept in a git-ignored file so every run can show it again."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        credentials = settings.BASE_DIR / ".admin-password"
        password = credentials.read_text().strip() if credentials.exists() else ""
        user, created = get_user_model().objects.get_or_create(
            username=username, defaults={"email": f"{username}@localhost"}
        )
        if created or not password or not user.check_password(password):
            password = password or secrets.token_urlsafe(12)
            user.set_password(password)
            user.is_staff = user.is_superuser = True
            user.save()
            credentials.write_text(password + "\n")
            credentials.chmod(0o600)
        self.stdout.write(f"Admin login: user '{username}', password '{password}'")
