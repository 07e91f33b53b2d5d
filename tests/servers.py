"""Servers that tests start for themselves on loopback: the site as production runs it
(gunicorn on the test database), a Redis of their own, users who log in through the production
settings.

Shared by the tests that run several instances (tests/test_many_instances.py), the proxy and
cache-fault tests, and the browser tests that work as editors over HTTPS (tests/browser/).
"""

import shutil
import signal
import socket
import subprocess
import time
import urllib.parse

import pytest
import redis
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.contrib.auth.models import Group
from django.db import connection

from bench.common import PYTHON, ROOT, production_env

_collected = []


def collect_static():
    """The production settings serve hashed static files: collect them once per run."""
    if _collected:
        return
    env = production_env(SECRET_KEY="collectstatic-only")
    subprocess.run(
        [PYTHON, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=ROOT,
        env=env,
        check=True,
    )
    _collected.append(True)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def database_url():
    """The URL of the test database itself (test_<name>), where the test commits its data."""
    db = connection.settings_dict
    user = urllib.parse.quote(db["USER"] or "", safe="")
    password = urllib.parse.quote(db["PASSWORD"] or "", safe="")
    credentials = f"{user}:{password}@" if password else f"{user}@" if user else ""
    return f"postgres://{credentials}{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


class RedisServer:
    """redis-server on a free loopback port, in the foreground of a process this test owns.

    ``pause()`` and ``resume()`` send SIGSTOP and SIGCONT to that process only: Redis then
    accepts connections but answers nothing, as behind a broken network.
    """

    def __init__(self, *options):
        if not shutil.which("redis-server"):
            pytest.fail("redis-server is missing: `make services` installs it", pytrace=False)
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        command = ["redis-server", "--bind", "127.0.0.1", "--port", str(self.port)]
        command += ["--save", "", "--appendonly", "no", *options]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
        self.client = redis.Redis(port=self.port, socket_timeout=2)
        for _ in range(100):
            try:
                self.client.ping()
                return
            except redis.ConnectionError:
                time.sleep(0.05)
        self.stop()
        pytest.fail("redis-server did not start", pytrace=False)

    def pause(self):
        self.process.send_signal(signal.SIGSTOP)

    def resume(self):
        self.process.send_signal(signal.SIGCONT)

    def stop(self):
        self.resume()
        self.process.terminate()
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def user_with_password(django_user_model, username, group, password):
    """A committed member of ``group`` whose password the production settings can check.

    The test settings hash with MD5, which production does not accept: hash with PBKDF2, with
    few iterations to keep the test fast.
    """
    hasher = PBKDF2PasswordHasher()
    user = django_user_model.objects.create_user(username, f"{username}@example.org")
    user.password = hasher.encode(password, hasher.salt(), iterations=1000)
    user.save(update_fields=["password"])
    user.groups.add(Group.objects.get(name=group))
    return user
