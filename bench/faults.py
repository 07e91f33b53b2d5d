"""`make faults`: load and faults against the production setup, on loopback, bounded in time.

1. 64 connections for 60 s on the home page (page cache on): no error expected.
2. PostgreSQL restarted during 40 s of uncached load: errors only while it is down, as the
   friendly 503 page; then the site recovers by itself (CONN_HEALTH_CHECKS).
3. The cache gone: the site runs on a Redis of its own (port 6391), which is stopped during
   load and started again: the site keeps serving, uncached, then cached again.
4. The cache paused during an unpublish: Redis gets SIGSTOP (it accepts connections and
   answers nothing) while a news article, cached and under load, is unpublished from a
   management shell that exits before Redis runs again (SIGCONT). Once it runs, no answer
   may be the cached article: only the marker in PostgreSQL carries the change.
5. A restore under load: a backup, then an article published, then `manage.py restore` while
   the home page and the article are requested without pause: afterwards no worker shows the
   article, from the cache or from its own memory.

Both servers are the script's own: a PostgreSQL cluster made with initdb in a temporary folder
(port 5499, trust authentication on 127.0.0.1) and a Redis (port 6391), removed at the end,
so the machine's own PostgreSQL and Redis are never touched.
"""

import os
import shutil
import signal
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


def redis_pid():
    info = subprocess.run(
        ["redis-cli", "-p", str(REDIS_PORT), "info", "server"], capture_output=True, text=True
    ).stdout
    return int(info.split("process_id:")[1].split()[0])


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

    failures += paused_cache_unpublish(redis_env)
    failures += restore_under_load(redis_env)
    return 1 if failures else 0


def manage(env, *args, code=None):
    command = [common.PYTHON, "manage.py", *args] + (["-c", code] if code else [])
    return subprocess.run(command, cwd=common.ROOT, env=env, check=True, capture_output=True)


class Load:
    """Threads that request ``paths`` without pause, recording (start, end, path, status)."""

    def __init__(self, server, paths, threads=4):
        self.server, self.paths, self.answers = server, paths, []
        self.running = True
        self.threads = [threading.Thread(target=self.run, args=(n,)) for n in range(threads)]

    def run(self, number):
        index = number
        while self.running:
            path = self.paths[index % len(self.paths)]
            index += 1
            start = time.monotonic()
            try:
                status, body = fetch(self.server.url(path))
            except OSError:
                status, body = "socket", b""
            self.answers.append((start, time.monotonic(), path, status, body))

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.running = False
        for thread in self.threads:
            thread.join()


ARTICLE_SLUG = "gruendung-des-netzwerks"


def paused_cache_unpublish(redis_env):
    """Redis paused (SIGSTOP) while an article is unpublished; the change must win."""
    article_page = f"NewsPage.objects.get(slug_de={ARTICLE_SLUG!r})"
    publish = f"from pages.models import NewsPage; {article_page}.save_revision().publish()"
    manage(redis_env, "shell", code=publish)
    article = f"/de/aktuelles/{ARTICLE_SLUG}/"
    start_redis()
    try:
        with Gunicorn(8109, redis_env) as server:
            fetch(server.url(article))
            with Load(server, [article, "/de/"]) as load:
                time.sleep(3)
                pid = redis_pid()
                os.kill(pid, signal.SIGSTOP)
                paused = time.monotonic()
                try:
                    time.sleep(2)
                    started = time.monotonic()
                    unpublish = f"from pages.models import NewsPage; {article_page}.unpublish()"
                    manage(redis_env, "shell", code=unpublish)
                    done = time.monotonic()
                    time.sleep(3)
                finally:
                    os.kill(pid, signal.SIGCONT)
                resumed = time.monotonic()
                time.sleep(10)
        answers = [a for a in load.answers if a[2] == article]
        stale = [a for a in answers if a[0] > done and a[3] == 200]
        during = Counter(a[3] for a in load.answers if paused <= a[0] < resumed)
        after = Counter(a[3] for a in answers if a[0] >= resumed)
        slow = max((a[1] - a[0] for a in load.answers if paused <= a[0] < resumed), default=0)
        print(
            f"Redis paused {resumed - paused:.1f} s, unpublish took {done - started:.1f} s: "
            f"{len(load.answers)} requests; while paused {dict(during)} (slowest "
            f"{slow * 1000:.0f} ms); the article after Redis returned {dict(after)}; "
            f"stale answers after the unpublish: {len(stale)}"
        )
        errors = [a for a in load.answers if a[3] not in (200, 404)]
        return int(bool(stale) or bool(errors) or not after)
    finally:
        stop_redis()


def restore_under_load(redis_env):
    """`manage.py restore` while the site is requested: nothing of after the backup remains."""
    env = {**redis_env, "BACKUP_DIR": str(common.ROOT / "bench" / "out" / "backups")}
    shutil.rmtree(env["BACKUP_DIR"], ignore_errors=True)
    start_redis()
    try:
        manage(env, "backup")
        title = "Nach der Sicherung veröffentlicht"
        code = (
            "from django.utils import timezone; from pages.models import NewsIndexPage, NewsPage; "
            "index = NewsIndexPage.objects.get(); "
            f"page = index.add_child(instance=NewsPage(title={title!r}, title_de={title!r}, "
            "slug='nach-der-sicherung', date=timezone.now())); page.save_revision().publish()"
        )
        manage(env, "shell", code=code)
        article = "/de/aktuelles/nach-der-sicherung/"
        with Gunicorn(8110, env) as server:
            if title.encode() not in fetch(server.url("/de/"))[1]:
                print("The article published after the backup is not on the home page")
                return 1
            with Load(server, ["/de/", article]) as load:
                time.sleep(3)
                started = time.monotonic()
                manage(env, "restore")
                done = time.monotonic()
                time.sleep(5)
        during = Counter(a[3] for a in load.answers if started <= a[0] < done)
        after = [a for a in load.answers if a[0] >= done]
        shown = [a for a in after if title.encode() in a[4] or (a[2] == article and a[3] == 200)]
        print(
            f"Restore under load: {done - started:.1f} s, {len(load.answers)} requests; "
            f"during the restore {dict(during)}; afterwards {Counter(a[3] for a in after)}, "
            f"{len(shown)} showing what came after the backup"
        )
        return int(bool(shown) or not after or any(a[3] not in (200, 404) for a in after))
    finally:
        stop_redis()


if __name__ == "__main__":
    sys.exit(main())
