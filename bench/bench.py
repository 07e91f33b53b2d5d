"""`make bench`: the production configuration under wrk, cached and uncached, in one table.

A fresh PostgreSQL database (kp_perf_run), migrated and loaded with the bundled content,
static files collected; gunicorn with two workers on 127.0.0.1; wrk for BENCH_SECONDS
(default 10) per URL with 16 connections. The uncached run has the page cache turned off
(PAGE_CACHE=off): every request renders its page from the database, while what all pages
share (the page tree, menus, footer, map, the home page's lists, renditions) stays cached per
generation, as in production.
CPU per request is the gunicorn processes' CPU time (/proc/<pid>/stat) over the requests served.
"""

import json
import os
import subprocess
import sys

from common import PYTHON, ROOT, Gunicorn, fetch, fresh_database, production_env, static_url, wrk

SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "16"))
PORTS = {"cached": 8104, "uncached": 8105}


def measure(server, url):
    before = server.cpu_seconds()
    result = wrk(server.url(url), SECONDS, connections=CONNECTIONS)
    cpu = server.cpu_seconds() - before
    result["cpu_ms"] = 1000 * cpu / result["requests"] if result["requests"] else None
    return result


def fmt(value, pattern="{:.1f}"):
    return "–" if value is None else pattern.format(value)


def main():
    env = production_env()
    print(f"Preparing a fresh database and static files ({env['DATABASE_URL']}) ...", flush=True)
    fresh_database(env)
    queries = json.loads(
        subprocess.run(
            [PYTHON, "bench/queries.py"],
            cwd=ROOT,
            env={**env, "PYTHONPATH": str(ROOT)},
            check=True,
            capture_output=True,
            text=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    static = static_url()
    rows, notes = [], []
    for mode, port in PORTS.items():
        mode_env = production_env(
            SECRET_KEY=env["SECRET_KEY"], PAGE_CACHE="on" if mode == "cached" else "off"
        )
        with Gunicorn(port, mode_env) as server:
            targets = [(name, info["url"]) for name, info in queries.items()]
            for name, url in targets:
                status, _body = fetch(server.url(url))
                if status != 200:
                    if mode == "cached":
                        notes.append(f"{name} ({url}) answered {status}: not measured.")
                    continue
                print(f"  {mode:8} {name:10} {url}", flush=True)
                rows.append((mode, name, url, measure(server, url)))
            print(f"  {mode:8} static     {static}", flush=True)
            rows.append((mode, "static file", static, measure(server, static)))

    static_rate = {mode: r["rate"] for mode, name, _u, r in rows if name == "static file"}
    print()
    print(
        f"wrk, {SECONDS} s per URL, {CONNECTIONS} connections, 2 threads; gunicorn, 2 workers; "
        f"{os.cpu_count()} cores, loopback"
    )
    print()
    print(
        "| page | cache | req/s | vs static | p50 ms | p99 ms | CPU ms/req | SQL queries | errors |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for mode, name, url, r in rows:
        info = queries.get(name, {})
        sql = info.get(mode)
        ratio = r["rate"] / static_rate[mode] if static_rate.get(mode) else None
        errors = r["non2xx"] + r["socket"]
        share = fmt(ratio and 100 * ratio, "{:.0f} %")
        print(
            f"| {name} `{url}` | {mode} | {r['rate']:.0f} | {share}"
            f" | {fmt(r['p50'])} | {fmt(r['p99'])} | {fmt(r['cpu_ms'], '{:.2f}')}"
            f" | {fmt(sql, '{}')} | {errors} |"
        )
    for note in notes:
        print(f"\nNote: {note}")
    failures = [r for *_x, r in rows if r["non2xx"] or r["socket"]]
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
