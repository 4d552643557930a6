import io

import pytest
from django.core.management import call_command

from articles.models import Article, Claim

pytestmark = pytest.mark.django_db


def test_it_creates_the_claims_asked_for_over_the_governorates_and_years():
    call_command("seed_demo", "--claims", "500", "--years", "3", stdout=io.StringIO())
    assert Claim.objects.count() == 500
    assert Claim.objects.values("governorate").distinct().count() == 14
    years = {date.year for date in Claim.objects.values_list("date", flat=True)}
    assert len(years) >= 3
    assert Article.objects.filter(status=Article.Status.DONE).count() == 100


def test_seeding_twice_adds_more_instead_of_colliding():
    call_command("seed_demo", "--claims", "50", stdout=io.StringIO())
    call_command("seed_demo", "--claims", "50", stdout=io.StringIO())
    assert Claim.objects.count() == 100
