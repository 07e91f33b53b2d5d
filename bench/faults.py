"""`make faults`: load and faults against the production setup, on loopback, bounded in time.

1. 64 connections for 60 s on the home page (page cache on): no error expected.
2. PostgreSQL restarted during 40 s of uncached load: errors only while it is down, as the
   friendly 503 page; then the site recovers by itself (CONN_HEALTH_CHECKS).
3. The cache gone: the site runs on a Redis of its own (port 6391), which is stopped during
   load and started again: the site keeps serving, uncached, then cached again.

Both servers are the script's own: a PostgreSQL cluster made with initdb in a temporary folder
(port 5499, trust authentication on 127.0.0.1) and a Redis (port 6391), removed at the end,
so the machine's own PostgreSQL and Redis are never touched.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import common
from common import HOST, Gunicorn, fetch, fresh_database, production_env, wrk

REDIS_PORT = 6391
PG_PORT = 5499
PG_DATA = Path(tempfile.gettempdir()) / "klimapartner-faults-postgres"


def pg_bin(name):
    versions = sorted(Path("/usr/lib/postgresql").iterdir(), key=lambda p: int(p.name))
    return str(versions[-1] / "bin" / name)


def as_postgres(*command):
    """initdb and pg_ctl refuse to run as root: as root, run them as the postgres user."""
    if os.geteuid() == 0:
        command = ("runuser", "-u", "postgres", "--", *command)
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def pg_ctl(action):
    options = f"-p {PG_PORT} -k {PG_DATA} -c listen_addresses={HOST} -c fsync=off"
    log = str(PG_DATA / "server.log")
    as_postgres(pg_bin("pg_ctl"), "-D", str(PG_DATA), "-o", options, "-l", log, "-w", *action)


def start_postgres():
    shutil.rmtree(PG_DATA, ignore_errors=True)
    PG_DATA.mkdir(mode=0o700)
    if os.geteuid() == 0:
        shutil.chown(PG_DATA, "postgres", "postgres")
    as_postgres(
        pg_bin("initdb"), "-D", str(PG_DATA), "-U", "postgres", "--auth=trust", "-E", "UTF8"
    )
    pg_ctl(["start"])
    common.PG = f"postgres://postgres@{HOST}:{PG_PORT}"


def stop_postgres():
    if (PG_DATA / "postmaster.pid").exists():
        pg_ctl(["-m", "fast", "stop"])
    shutil.rmtree(PG_DATA, ignore_errors=True)


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
    start_postgres()
    try:
        return run_checks()
    finally:
        stop_postgres()


def run_checks():
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
        pg_ctl(["-m", "fast", "restart"])
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
