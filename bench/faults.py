"""`make faults`: load and faults against the production setup, on loopback, bounded in time.

1. 64 connections for 60 s on the home page (page cache on): no error expected.
2. PostgreSQL restarted during 40 s of uncached load: errors only while it is down, as the
   friendly 503 page; then the site recovers by itself (CONN_HEALTH_CHECKS).
3. The cache gone: the site runs on a Redis of its own (port 6391), which is stopped during
   load and started again: the site keeps serving, uncached, then cached again.

It restarts this machine's PostgreSQL: run it by hand, never in the test suite.
"""

import os
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

from common import HOST, Gunicorn, fetch, fresh_database, production_env, wrk

REDIS_PORT = 6391
CLUSTER = sorted(os.listdir("/etc/postgresql"))[0] if Path("/etc/postgresql").exists() else None


def start_redis():
    port = str(REDIS_PORT)
    server = ["redis-server", "--bind", HOST, "--port", port, "--save", "", "--daemonize", "yes"]
    subprocess.run(server, check=True, stdout=subprocess.DEVNULL)
    for _ in range(50):
        if subprocess.run(["redis-cli", "-p", port, "ping"], capture_output=True).returncode == 0:
            return
        time.sleep(0.1)


def stop_redis():
    subprocess.run(
        ["redis-cli", "-p", str(REDIS_PORT), "shutdown", "nosave"], capture_output=True, check=False
    )


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

    redis_env = production_env(
        SECRET_KEY=env["SECRET_KEY"], REDIS_URL=f"redis://{HOST}:{REDIS_PORT}/0"
    )
    start_redis()
    try:
        with Gunicorn(8108, redis_env) as server:
            counts, bodies = Counter(), set()
            poller = threading.Thread(target=poll, args=(server, "/de/", 20, counts, bodies))
            poller.start()
            time.sleep(5)
            stop_redis()
            time.sleep(8)
            start_redis()
            poller.join()
            print(f"Redis stopped under load: {dict(counts)}")
            failures += any(c != 200 for c in counts)
    finally:
        stop_redis()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
