from django.core.management.base import BaseCommand

from editorial.roles import setup_roles


class Command(BaseCommand):
    help = (
        "Create the editor groups (project coordination, one editorial team per partner town) "
        "and the approval workflow. Safe to run again: it only adds what is missing."
    )

    def handle(self, *args, **options):
        groups = setup_roles()
        if not groups:
            self.stdout.write("No home page yet: load the content first (load_initial_data).")
            return
        for group in groups:
            self.stdout.write(f"{group.name}")
        self.stdout.write(self.style.SUCCESS("Roles and the approval workflow are set up."))
