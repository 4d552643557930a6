import io

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_it_creates_the_admin_and_prints_how_to_log_in(monkeypatch):
    monkeypatch.setenv("NEWSMAP_ADMIN_PASSWORD", "local-secret-42")
    out = io.StringIO()
    call_command("createlocaladmin", stdout=out)
    assert "'admin'" in out.getvalue() and "local-secret-42" in out.getvalue()
    assert authenticate(username="admin", password="local-secret-42").is_superuser


def test_it_leaves_an_existing_account_as_it_is():
    get_user_model().objects.create_user(username="admin", password="kept-password-1")
    call_command("createlocaladmin", stdout=io.StringIO())
    assert authenticate(username="admin", password="kept-password-1") is not None
