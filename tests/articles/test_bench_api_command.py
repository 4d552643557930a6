import io

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_it_seeds_and_prints_the_timings_of_each_query():
    out = io.StringIO()
    call_command("bench_api", "--claims", "300", "--runs", "2", stdout=out)
    text = out.getvalue()
    assert "300 visible claims" in text
    assert "whole set: median" in text and "300 features" in text
    assert "+ month" in text and "facets" in text
