"""What the benchmark and fault scripts share: the production setup on loopback.

Everything runs on 127.0.0.1 only: a fresh PostgreSQL database (kp_perf_run unless
BENCH_DB is set), gunicorn with two workers, and wrk as the load tool.
"""

import json
import os
import re
import secrets
import shutil
import signal
import ssl
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
DB_NAME = os.environ.get("BENCH_DB", "kp_perf_run")
PG = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
HOST = "127.0.0.1"
TICKS = os.sysconf("SC_CLK_TCK")


def production_env(**extra):
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PAGE_CACHE", "REDIS"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="klimapartner.settings.production",
        SECRET_KEY=os.environ.get("BENCH_SECRET_KEY") or secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=f"{PG}/{DB_NAME}",
        CACHE_DIR=str(ROOT / "bench" / "out" / "cache"),
        MEDIA_ROOT=str(ROOT / "bench" / "out" / "media"),
        LOG_LEVEL="ERROR",
    )
    env.update({k: str(v) for k, v in extra.items()})
    return env


def run(cmd, env, **kwargs):
    return subprocess.run(cmd, cwd=ROOT, env=env, check=True, **kwargs)


def fresh_database(env):
    """Drop and recreate the database, migrate, load the bundled content, collect static."""
    out = ROOT / "bench" / "out"
    shutil.rmtree(out / "media", ignore_errors=True)
    shutil.rmtree(out / "cache", ignore_errors=True)
    out.mkdir(parents=True, exist_ok=True)
    admin = f"{PG}/postgres"
    run(["psql", admin, "-q", "-c", f'DROP DATABASE IF EXISTS "{DB_NAME}"'], env)
    run(["psql", admin, "-q", "-c", f'CREATE DATABASE "{DB_NAME}"'], env)
    manage = [PYTHON, "manage.py"]
    run([*manage, "migrate", "--noinput", "-v", "0"], env, stdout=subprocess.DEVNULL)
    run([*manage, "compilemessages", "--ignore=.venv", "-v", "0"], env)
    # Static files first: load_initial_data renders every page to make the renditions.
    run([*manage, "collectstatic", "--noinput", "-v", "0"], env)
    run([*manage, "load_initial_data"], env, stdout=subprocess.DEVNULL)


def static_url(path="css/site.css"):
    manifest = json.loads((ROOT / "static_collected" / "staticfiles.json").read_text())
    return "/static/" + manifest["paths"][path]


class Gunicorn:
    """gunicorn with two workers on a loopback port, stopped on exit.

    Its log goes to ``log_dir`` (bench/out by default). ``start()`` and ``wait_ready()`` let a
    caller start several instances side by side before waiting for them.
    """

    def __init__(self, port, env, workers=2, log_dir=None, tls=None, ready_path="/de/"):
        self.port, self.env, self.workers = port, env, workers
        # What is fetched to see that it is up (a static file leaves every page unrendered).
        self.ready_path = ready_path
        # (certificate, key): gunicorn serves HTTPS itself, as the browser tests need.
        self.tls = tls
        self.log_path = Path(log_dir or ROOT / "bench" / "out") / f"gunicorn-{port}.log"
        self.process = None

    def __enter__(self):
        self.start()
        return self.wait_ready()

    def start(self):
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.log_path, "w") as log:
            self.process = subprocess.Popen(
                [
                    GUNICORN,
                    "klimapartner.wsgi",
                    "--workers",
                    str(self.workers),
                    "--bind",
                    f"{HOST}:{self.port}",
                    "--forwarded-allow-ips",
                    HOST,
                    "--access-logfile",
                    "-" if os.environ.get("BENCH_ACCESS_LOG") else "/dev/null",
                    *(
                        ["--certfile", str(self.tls[0]), "--keyfile", str(self.tls[1])]
                        if self.tls
                        else []
                    ),
                ],
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=log,
                start_new_session=True,
            )
        return self

    def wait_ready(self, timeout=30):
        deadline = time.time() + timeout
        while time.time() < deadline and self.process.poll() is None:
            try:
                fetch(self.url(self.ready_path), self_signed=bool(self.tls))
                return self
            except OSError:
                time.sleep(0.2)
        self.__exit__()
        raise RuntimeError(f"gunicorn on port {self.port} did not start:\n{self.log_tail()}")

    def log_tail(self, lines=30):
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                # The master and its workers: the process group of its own session.
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()

    def url(self, path):
        return f"{'https' if self.tls else 'http'}://{HOST}:{self.port}{path}"

    def pids(self):
        master = self.process.pid
        children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
        return [master, *map(int, children)]

    def cpu_seconds(self):
        total = 0
        for pid in self.pids():
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except FileNotFoundError:
                continue
            total += int(fields[11]) + int(fields[12])  # utime, stime
        return total / TICKS


def fetch(url, headers=None, self_signed=False):
    """GET through the production stack (as if behind the TLS proxy); returns (status, body).

    ``self_signed`` accepts the throwaway certificate of a test server on loopback.
    """
    request = urllib.request.Request(url, headers={"X-Forwarded-Proto": "https", **(headers or {})})
    context = None
    if self_signed:
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    try:
        with urllib.request.urlopen(request, timeout=10, context=context) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def wrk(url, seconds, connections=16, threads=2, host=None):
    """Drive ``url`` with wrk; returns requests, rate, p50/p99 in ms and error counts.

    ``host`` is sent as the Host header (as a proxy in front would send the public name).
    """
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: `make bench` installs it (apt-get install wrk)")
    output = subprocess.run(
        [
            "wrk",
            f"-t{threads}",
            f"-c{connections}",
            f"-d{seconds}s",
            "--latency",
            "-H",
            "X-Forwarded-Proto: https",
            "-H",
            "Accept-Encoding: gzip",
            *(["-H", f"Host: {host}"] if host else []),
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return parse_wrk(output)


def _ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def parse_wrk(output):
    result = {"requests": 0, "rate": 0.0, "p50": None, "p99": None, "non2xx": 0, "socket": 0}
    if match := re.search(r"(\d+) requests in", output):
        result["requests"] = int(match.group(1))
    if match := re.search(r"Requests/sec:\s+([\d.]+)", output):
        result["rate"] = float(match.group(1))
    for pct in ("50", "99"):
        if match := re.search(rf"^\s+{pct}(?:\.000)?%\s+([\d.]+)(us|ms|s|m)\s*$", output, re.M):
            result[f"p{pct}"] = _ms(*match.groups())
    if match := re.search(r"Non-2xx or 3xx responses: (\d+)", output):
        result["non2xx"] = int(match.group(1))
    if match := re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    ):
        result["socket"] = sum(map(int, match.groups()))
    result["raw"] = output
    return result
