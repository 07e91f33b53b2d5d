"""`make bench`: the production configuration under load, at bundled and at grown content.

One run, on 127.0.0.1 only:
- a fresh PostgreSQL database (kp_perf_run), migrated and loaded with the bundled content, and
  Redis (REDIS_URL, a key prefix of its own), as production runs; ALLOWED_HOSTS holds only
  127.0.0.1, as behind a proxy, so nothing depends on the Site's own host name;
- gunicorn with two workers; wrk with 16 connections for BENCH_SECONDS (default 5) per URL;
- one page of every type, cached (the page cache on) and uncached (PAGE_CACHE=off: every
  request renders its page, while what pages share stays cached per generation), and a static
  file served through the same stack: rates are given as a share of the static file's rate;
- CPU per request: the gunicorn processes' CPU time (/proc/<pid>/stat) over the requests;
- SQL queries and HTML bytes per page (bench/queries.py);
- the first view of each page in a fresh worker, against the same page's warm uncached view;
- the first view right after a publish and one second after, and wrk's p99 on the cached
  home page while an editor publishes once a second, against the p99 without publishing;
- the resident memory of each worker after the runs.
Then the content grows (bench/grow.py: 100 x the news, 10 x the conferences) and everything
is measured again.
"""

import json
import os
import platform
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
import uuid
from datetime import date
from pathlib import Path

from common import PYTHON, ROOT, Gunicorn, fresh_database, production_env, static_url, wrk

SECONDS = int(os.environ.get("BENCH_SECONDS", "5"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "16"))
P99_SECONDS = int(os.environ.get("BENCH_P99_SECONDS", "10"))
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/0")
PORTS = {"cached": 8104, "uncached": 8105, "fresh": 8106}
# Sequential views per page for the warm figure the fresh worker is compared with.
WARM_VIEWS = 15
PUBLISHER = """
import sys
from pages.models import NewsPage
article = NewsPage.objects.live().order_by("-path").first()
print("ready", flush=True)
for line in sys.stdin:
    article.save_revision().publish()
    print("published", flush=True)
"""


# The public host name, as the proxy sends it: the warm-up and the refill after a publish
# render under it, as they do in production under the real name.
HOST_NAME = "127.0.0.1"


def load(server, url, seconds=SECONDS):
    return wrk(server.url(url), seconds, connections=CONNECTIONS, host=HOST_NAME)


def measure(server, url):
    before = server.cpu_seconds()
    result = load(server, url)
    cpu = server.cpu_seconds() - before
    result["cpu_ms"] = 1000 * cpu / result["requests"] if result["requests"] else None
    return result


def timed_get(server, url):
    """Wall time of one sequential GET in ms (no other load), and how the cache answered."""
    request = urllib.request.Request(
        server.url(url), headers={"X-Forwarded-Proto": "https", "Host": HOST_NAME}
    )
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=30) as response:
        response.read()
        state = response.headers.get("X-Page-Cache") or "-"
    return 1000 * (time.perf_counter() - started), state


def warm_ms(server, url):
    timed_get(server, url)
    return statistics.median(timed_get(server, url)[0] for _ in range(WARM_VIEWS))


def worker_rss_mb(server):
    sizes = []
    for pid in server.pids()[1:]:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                sizes.append(int(line.split()[1]) / 1024)
    return sizes


class Publisher:
    """A Django process that publishes the newest news article each time it is asked to."""

    def __init__(self, env):
        self.process = subprocess.Popen(
            [PYTHON, "manage.py", "shell", "-v", "0", "-c", PUBLISHER],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self._expect("ready")

    def publish(self):
        self.process.stdin.write("publish\n")
        self.process.stdin.flush()
        self._expect("published")

    def _expect(self, word):
        """Read until ``word`` (the shell may say what it imported first)."""
        for line in self.process.stdout:
            if line.strip() == word:
                return
        raise RuntimeError(f"the publisher stopped before saying {word!r}")

    def close(self):
        self.process.stdin.close()
        self.process.wait(30)


def under_publishing(server, url, publisher, every=1.0):
    """wrk on ``url`` while the publisher publishes every ``every`` seconds."""
    stop = threading.Event()
    count = [0]

    def loop():
        while not stop.wait(every):
            publisher.publish()
            count[0] += 1

    thread = threading.Thread(target=loop)
    thread.start()
    try:
        result = load(server, url, P99_SECONDS)
    finally:
        stop.set()
        thread.join()
    result["publishes"] = count[0]
    return result


def stage(name, env, pages, static):
    """Every figure for the content as it is now."""
    print(f"\n== {name} content ==", flush=True)
    figures = {"pages": pages, "load": {}, "fresh": {}, "rss": {}}
    for mode in ("cached", "uncached"):
        mode_env = {**env, "PAGE_CACHE": "on" if mode == "cached" else "off"}
        with Gunicorn(PORTS[mode], mode_env) as server:
            for page, info in pages.items():
                print(f"  {mode:8} {page:12} {info['url']}", flush=True)
                warm_ms(server, info["url"])
                figures["load"][(mode, page)] = measure(server, info["url"])
            figures["load"][(mode, "static file")] = measure(server, static)
            figures["rss"][mode] = worker_rss_mb(server)
            if mode == "uncached":
                figures["warm_ms"] = {page: warm_ms(server, i["url"]) for page, i in pages.items()}
    print("  first views in fresh workers", flush=True)
    fresh_env = {**env, "PAGE_CACHE": "off"}
    for page, info in pages.items():
        with Gunicorn(PORTS["fresh"], fresh_env, workers=1, ready_path=static) as server:
            figures["fresh"][page] = timed_get(server, info["url"])[0]
    print("  publishing", flush=True)
    with Gunicorn(PORTS["cached"], {**env, "PAGE_CACHE": "on"}) as server:
        publisher = Publisher(env)
        try:
            after, later = {}, {}
            for page, info in pages.items():
                warm_ms(server, info["url"])
                publisher.publish()
                after[page] = timed_get(server, info["url"])
                publisher.publish()
                time.sleep(1)
                later[page] = timed_get(server, info["url"])
            figures["after_publish"], figures["second_after_publish"] = after, later
            home = pages["home"]["url"]
            figures["p99"] = {
                "quiet": load(server, home, P99_SECONDS),
                "publishing": under_publishing(server, home, publisher),
            }
        finally:
            publisher.close()
    return figures


def fmt(value, pattern="{:.1f}"):
    return "–" if value is None else pattern.format(value)


def report(stages):
    names = list(stages)
    print()
    print(
        f"`make bench`, {date.today().isoformat()}: {os.cpu_count()} cores "
        f"({platform.processor() or platform.machine()}), Python {platform.python_version()}, "
        f"PostgreSQL and Redis on loopback; gunicorn, 2 workers; wrk -t2 -c{CONNECTIONS}, "
        f"{SECONDS} s per URL."
    )
    for name, figures in stages.items():
        load = figures["load"]
        print(f"\n**{name} content**\n")
        print(
            "| page | cached req/s | vs static | uncached req/s | vs static | CPU ms/req "
            "uncached | CPU ms/req cached | p99 ms cached | SQL uncached/cached | HTML KB "
            "| warm uncached ms | fresh worker ms (x warm) | right after a publish ms (x warm, "
            "cache) | 1 s after a publish ms (x warm, cache) |"
        )
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        static = {mode: load[(mode, "static file")]["rate"] for mode in ("cached", "uncached")}
        for page, info in figures["pages"].items():
            cached, uncached = load[("cached", page)], load[("uncached", page)]
            warm = figures["warm_ms"][page]
            fresh = figures["fresh"][page]
            after, after_state = figures["after_publish"][page]
            later, later_state = figures["second_after_publish"][page]
            print(
                f"| {page} `{info['url']}` | {cached['rate']:.0f} "
                f"| {100 * cached['rate'] / static['cached']:.0f} % | {uncached['rate']:.0f} "
                f"| {100 * uncached['rate'] / static['uncached']:.0f} % "
                f"| {fmt(uncached['cpu_ms'], '{:.2f}')} | {fmt(cached['cpu_ms'], '{:.2f}')} "
                f"| {fmt(cached['p99'])} | {info['uncached']}/{info['cached']} "
                f"| {info['bytes'] / 1024:.1f} | {warm:.1f} | {fresh:.0f} ({fresh / warm:.1f}) "
                f"| {after:.0f} ({after / warm:.1f}, {after_state}) "
                f"| {later:.0f} ({later / warm:.1f}, {later_state}) |"
            )
        for mode in ("cached", "uncached"):
            r = load[(mode, "static file")]
            print(
                f"| static file ({mode} run) | {r['rate']:.0f} | 100 % | | | "
                f"{fmt(r['cpu_ms'], '{:.2f}')} | | {fmt(r['p99'])} | | | | | | |"
            )
        p99 = figures["p99"]
        print(
            f"\nCached home page under load: p99 {fmt(p99['quiet']['p99'])} ms without "
            f"publishing, {fmt(p99['publishing']['p99'])} ms while publishing once a second "
            f"({p99['publishing']['publishes']} publishes; "
            f"{p99['publishing']['rate']:.0f} against {p99['quiet']['rate']:.0f} req/s)."
        )
        rss = ", ".join(
            f"{mode}: " + " and ".join(f"{size:.0f}" for size in sizes)
            for mode, sizes in figures["rss"].items()
        )
        print(f"Resident memory per worker after the runs, MB: {rss}.")
    if len(names) == 2:
        first, second = (stages[n] for n in names)
        print(f"\n**{second['label']} against {first['label']}**\n")
        print("| page | CPU ms/req uncached | SQL uncached | HTML KB |")
        print("|---|---:|---:|---:|")
        for page in first["pages"]:
            a, b = first["load"][("uncached", page)], second["load"][("uncached", page)]
            pa, pb = first["pages"][page], second["pages"][page]
            print(
                f"| {page} | {a['cpu_ms']:.2f} → {b['cpu_ms']:.2f} "
                f"({100 * (b['cpu_ms'] / a['cpu_ms'] - 1):+.0f} %) "
                f"| {pa['uncached']} → {pb['uncached']} "
                f"| {pa['bytes'] / 1024:.1f} → {pb['bytes'] / 1024:.1f} "
                f"({100 * (pb['bytes'] / pa['bytes'] - 1):+.0f} %) |"
            )


def script(name, env):
    """Run ``bench/<name>`` in the bench's environment; the last line it prints."""
    output = subprocess.run(
        [PYTHON, f"bench/{name}"],
        cwd=ROOT,
        env={**env, "PYTHONPATH": str(ROOT)},
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return output.strip().splitlines()[-1]


def page_figures(env):
    return json.loads(script("queries.py", env))


def main():
    env = production_env(
        REDIS_URL=REDIS_URL,
        CACHE_KEY_PREFIX=f"bench-{uuid.uuid4().hex[:8]}",
        ALLOWED_HOSTS="127.0.0.1",
    )
    print(f"Preparing a fresh database and static files ({env['DATABASE_URL']}) ...", flush=True)
    fresh_database(env)
    static = static_url()
    stages = {}
    for name in ("bundled", "grown"):
        if name == "grown":
            print("\nGrowing the content (bench/grow.py) ...", flush=True)
            print("  " + script("grow.py", env), flush=True)
        pages = {page: info for page, info in page_figures(env).items() if info["status"] == 200}
        stages[name] = stage(name, env, pages, static)
        stages[name]["label"] = name
    report(stages)
    errors = sum(r["non2xx"] + r["socket"] for s in stages.values() for r in s["load"].values())
    if errors:
        print(f"\n{errors} requests failed.")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
