"""The site as production runs it, started from tests: gunicorn on the test database.

Shared by the tests that run several instances (tests/test_many_instances.py) and the browser
tests that work as editors over HTTPS (tests/browser/).
"""

import socket
import subprocess
import urllib.parse

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
