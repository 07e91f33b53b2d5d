"""`make faults`: load and faults against the production setup, on loopback, bounded in time.

1. 64 connections for 60 s on the home page (page cache on): no error expected.
2. PostgreSQL restarted during 40 s of uncached load: errors only while it is down, as the
   friendly 503 page; then the site recovers by itself (CONN_HEALTH_CHECKS).
3. With REDIS_URL set: Redis stopped during load: the site keeps serving, uncached.

It restarts PostgreSQL and Redis on this machine: run it by hand, never in the test suite.
"""

import os
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

from common import Gunicorn, fetch, fresh_database, production_env, wrk

CLUSTER = sorted(os.listdir("/etc/postgresql"))[0] if Path("/etc/postgresql").exists() else None


def poll(server, url, seconds, counts, bodies):
    """One request every 50 ms, counting status codes, for ``seconds``."""
    end = time.time() + seconds
    while time.time() < end:
        try:
            status, body = fetch(server.url(url))
        except OSError:
            status, body = "socket", b""
        counts[status] += 1
        if status != 200:
            bodies.add(body[:200])
        time.sleep(0.05)


def main():
    env = production_env()
    fresh_database(env)
    failures = 0
    with Gunicorn(8106, production_env(SECRET_KEY=env["SECRET_KEY"])) as server:
        result = wrk(server.url("/de/"), 60, connections=64)
        errors = result["non2xx"] + result["socket"]
        print(f"64 connections, 60 s: {result['requests']} requests, {errors} errors")
        failures += bool(errors)

    uncached = production_env(SECRET_KEY=env["SECRET_KEY"], PAGE_CACHE="off")
    with Gunicorn(8107, uncached) as server:
        counts, bodies = Counter(), set()
        poller = threading.Thread(target=poll, args=(server, "/de/", 40, counts, bodies))
        poller.start()
        time.sleep(10)
        print("Restarting PostgreSQL ...")
        subprocess.run(
            ["pg_ctlcluster", "--skip-systemctl-redirect", CLUSTER, "main", "restart"], check=True
        )
        poller.join()
        after = [fetch(server.url("/de/"))[0] for _ in range(10)]
        print(f"PostgreSQL restart under load: {dict(counts)}; afterwards {Counter(after)}")
        for body in bodies:
            print("  non-200 body starts:", body.decode(errors="replace").split("<title>")[-1][:80])
        failures += any(status != 200 for status in after)
        failures += any(c not in (200, 503) for c in counts)

    if os.environ.get("REDIS_URL"):
        redis_env = production_env(SECRET_KEY=env["SECRET_KEY"], REDIS_URL=os.environ["REDIS_URL"])
        with Gunicorn(8108, redis_env) as server:
            counts, bodies = Counter(), set()
            poller = threading.Thread(target=poll, args=(server, "/de/", 20, counts, bodies))
            poller.start()
            time.sleep(5)
            subprocess.run(["redis-cli", "shutdown", "nosave"], check=False)
            time.sleep(8)
            subprocess.run(["redis-server", "--daemonize", "yes"], check=True)
            poller.join()
            print(f"Redis stopped under load: {dict(counts)}")
            failures += any(c != 200 for c in counts)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
