import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Creates the local admin account (NEWSMAP_ADMIN_USER, default 'admin'; password NEWSMAP_ADMIN_PASSWORD "
        "or a generated one) and prints how to log in. An existing account is left as it is."
    )

    def handle(self, *args, **options):
        username = os.environ.get("NEWSMAP_ADMIN_USER", "admin")
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(f"Log in at http://127.0.0.1:8000/accounts/login/ as {username!r} (account exists).")
            return
        password = os.environ.get("NEWSMAP_ADMIN_PASSWORD") or secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email="", password=password)
        self.stdout.write(
            self.style.SUCCESS(
                f"Log in at http://127.0.0.1:8000/accounts/login/ as {username!r} with password {password!r}"
            )
        )
