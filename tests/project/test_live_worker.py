import pytest

from newsmap.celery import app as celery_app
from tests.waiting import wait_until


@pytest.mark.worker
def test_the_test_worker_takes_tasks_from_real_redis(live_worker):
    result = celery_app.send_task("celery.accumulate", args=(1, 2))
    wait_until(lambda: f"{result.id}] succeeded" in live_worker.log(), timeout=30, message="the task to run")


@pytest.mark.worker
def test_a_killed_test_worker_can_be_started_again(live_worker):
    live_worker.kill()
    assert live_worker.process.poll() is not None
    live_worker.start()
    result = celery_app.send_task("celery.accumulate", args=(3,))
    wait_until(lambda: f"{result.id}] succeeded" in live_worker.log(), timeout=30, message="the task to run")
