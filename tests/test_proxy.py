"""The deployment kit on loopback: nginx (Debian's package, deploy/nginx/) with a self-signed
certificate in front of gunicorn (deploy/gunicorn.conf.py) with the production settings.

Visitors connect from two addresses of the loopback network (127.0.0.2 and 127.0.0.3), as two
people on the internet would: the lockout and the form's limit count each of them, the site
answers on HTTPS only, nginx serves static files and images itself and refuses the documents
folder, and the health check answers through the proxy. Everything runs on free ports with its
files in the test's temporary folder; no global configuration is touched.
"""

import http.client
import json
import os
import shutil
import socket
import ssl
import subprocess
import time
import urllib.parse
from http.cookies import SimpleCookie
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from bench.common import GUNICORN, ROOT, production_env, static_url
from deploy import render
from editorial import roles
from pages import participation
from pages.models import ParticipationPage
from tests.conftest import url_in
from tests.pages.test_participation import VALID
from tests.servers import free_port, user_with_password
from tests.test_many_instances import (
    _csrf_token,
    collected_static,  # noqa: F401 - a fixture
    database_url,
)

HOST = "klimapartner.test"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
PASSWORD = "richtig-und-lang-genug-2013"

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="gunicorn shares the database"),
]


def wait_for_port(port, process, log, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    process.kill()
    pytest.fail(f"no server on port {port}:\n{Path(log).read_text(errors='replace')[-3000:]}")


def stop(process):
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def certificate(folder):
    key, cert = folder / "site.key", folder / "site.crt"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2"]
        + ["-keyout", str(key), "-out", str(cert), "-subj", f"/CN={HOST}"]
        + ["-addext", f"subjectAltName=DNS:{HOST}"],
        check=True,
        capture_output=True,
    )
    return key, cert


def nginx_main_config(folder, site):
    """The main nginx.conf of this test: its own pid, logs and temporary folders."""
    temp = folder / "temp"
    temp.mkdir()
    # Started as root, nginx hands requests to workers of user "nobody", who cannot read the
    # test's private folders; as anyone else it keeps its own user.
    user = "user root;" if os.geteuid() == 0 else ""
    paths = "\n".join(
        f"    {kind}_temp_path {temp / kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    config = folder / "nginx.conf"
    config.write_text(
        f"""{user}
worker_processes 1;
pid {folder / "nginx.pid"};
error_log {folder / "error.log"} warn;
events {{ worker_connections 256; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log {folder / "access.log"};
{paths}
    include {site};
}}
"""
    )
    return config


@pytest.fixture(scope="module")
def proxy(collected_static, tmp_path_factory, django_db_setup, django_db_blocker):  # noqa: F811
    """nginx on two free loopback ports in front of gunicorn on a third."""
    if not os.path.exists(NGINX):
        pytest.fail("nginx is missing: `make nginx` installs Debian's package", pytrace=False)
    folder = tmp_path_factory.mktemp("proxy")
    with django_db_blocker.unblock():
        database = database_url()
    app_port, http_port, https_port = free_port(), free_port(), free_port()
    env = production_env(
        ALLOWED_HOSTS=HOST,
        DATABASE_URL=database,
        MEDIA_ROOT=settings.MEDIA_ROOT,
        CACHE_DIR=folder / "cache",
        TRUSTED_PROXIES="127.0.0.1",
        GUNICORN_BIND=f"127.0.0.1:{app_port}",
        GUNICORN_WORKERS="2",
        GUNICORN_ACCESS_LOG=folder / "gunicorn-access.log",
    )
    gunicorn_log = folder / "gunicorn.log"
    with open(gunicorn_log, "w") as log:
        app = subprocess.Popen(
            [GUNICORN, "-c", str(ROOT / "deploy" / "gunicorn.conf.py")],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=log,
        )
    key, cert = certificate(folder)
    site = render.main(
        folder / "site",
        {
            "KP_SERVER_NAME": HOST,
            "KP_HTTP_LISTEN": f"127.0.0.1:{http_port}",
            "KP_HTTPS_LISTEN": f"127.0.0.1:{https_port}",
            "KP_TLS_CERTIFICATE": str(cert),
            "KP_TLS_CERTIFICATE_KEY": str(key),
            "KP_STATIC_ROOT": str(ROOT / "static_collected"),
            "KP_MEDIA_ROOT": str(settings.MEDIA_ROOT),
            "KP_APP_ADDRESS": f"127.0.0.1:{app_port}",
        },
    )
    config = nginx_main_config(folder, site)
    nginx = subprocess.Popen(
        [NGINX, "-e", str(folder / "error.log"), "-p", str(folder), "-c", str(config)]
        + ["-g", "daemon off;"],
        stdout=subprocess.DEVNULL,
        stderr=open(folder / "nginx-stderr.log", "w"),  # noqa: SIM115 - closed with the process
    )
    try:
        wait_for_port(app_port, app, gunicorn_log)
        wait_for_port(https_port, nginx, folder / "nginx-stderr.log")
        context = ssl.create_default_context(cafile=str(cert))
        yield Proxy(http_port, https_port, context, folder)
    finally:
        stop(nginx)
        stop(app)
        print("--- gunicorn:", gunicorn_log.read_text(errors="replace")[-3000:])
        print("--- nginx:", (folder / "error.log").read_text(errors="replace")[-3000:])


class Proxy:
    def __init__(self, http_port, https_port, context, folder):
        self.http_port, self.https_port = http_port, https_port
        self.context, self.folder = context, folder

    def app_requests(self):
        """The paths that reached gunicorn (its access log)."""
        log = self.folder / "gunicorn-access.log"
        return log.read_text() if log.exists() else ""


class Visitor:
    """A browser on a machine with its own address (``source``), talking to nginx."""

    def __init__(self, proxy, source):
        self.proxy, self.source, self.cookies = proxy, source, {}

    def request(self, method, path, data=None, headers=None, tls=True):
        port = self.proxy.https_port if tls else self.proxy.http_port
        sock = socket.create_connection(
            ("127.0.0.1", port), timeout=30, source_address=(self.source, 0)
        )
        if tls:
            sock = self.proxy.context.wrap_socket(sock, server_hostname=HOST)
            conn = http.client.HTTPSConnection(HOST, port, context=self.proxy.context)
        else:
            conn = http.client.HTTPConnection(HOST, port)
        conn.sock = sock
        headers = {"Host": HOST, **(headers or {})}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if data is not None:
            body = urllib.parse.urlencode(data)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = f"https://{HOST}"
            headers["Referer"] = f"https://{HOST}{path}"
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        content = response.read()
        conn.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        return response.status, response.headers, content

    def get(self, path, **kwargs):
        return self.request("GET", path, **kwargs)

    def post(self, path, data):
        return self.request("POST", path, data=data)

    def log_in(self, username, password):
        status, _headers, page = self.get("/admin/login/")
        assert status == 200
        form = {
            "csrfmiddlewaretoken": _csrf_token(page.decode()),
            "username": username,
            "password": password,
            "next": "/admin/",
        }
        return self.post("/admin/login/", form)[0]


def test_plain_http_is_redirected_to_https(proxy):
    status, headers, _body = Visitor(proxy, "127.0.0.2").get("/de/?a=1", tls=False)
    assert status == 301
    assert headers["Location"] == f"https://{HOST}/de/?a=1"


def test_pages_come_over_https_with_hsts(proxy):
    status, headers, body = Visitor(proxy, "127.0.0.2").get("/de/")
    assert status == 200
    assert "max-age=31536000" in headers["Strict-Transport-Security"]
    assert b"KlimaPartnerschaft" in body


def test_unknown_host_names_never_reach_the_app(proxy):
    visitor = Visitor(proxy, "127.0.0.2")
    with pytest.raises(http.client.RemoteDisconnected):
        visitor.get("/de/", headers={"Host": "evil.example"}, tls=False)


def test_health_check_answers_through_the_proxy_on_http_and_https(proxy):
    for tls in (False, True):
        status, headers, body = Visitor(proxy, "127.0.0.2").get("/health/", tls=tls)
        assert status == 200, tls
        assert json.loads(body) == {"status": "ok", "database": "ok", "cache": "ok"}


def test_static_files_and_images_are_served_by_nginx(proxy):
    visitor = Visitor(proxy, "127.0.0.2")
    css = static_url()
    status, headers, body = visitor.get(css)
    assert status == 200
    assert headers["Content-Type"] == "text/css"
    assert "immutable" in headers["Cache-Control"]
    rendition = get_image_model().get_rendition_model().objects.first()
    status, headers, body = visitor.get(rendition.url)
    assert status == 200
    assert headers["Content-Type"].startswith("image/")
    assert body == Path(rendition.file.path).read_bytes()
    assert css not in proxy.app_requests()
    assert rendition.url not in proxy.app_requests()


def test_document_files_are_refused_and_served_only_by_the_app(proxy):
    visitor = Visitor(proxy, "127.0.0.2")
    document = get_document_model().objects.first()
    for path in (
        f"/media/{document.file.name}",
        f"/media//{document.file.name}",
        f"/media/images/../{document.file.name}",
        f"/media/%64ocuments/{document.file.name.split('/', 1)[1]}",
    ):
        assert visitor.get(path)[0] == 404, path
    status, _headers, body = visitor.get(document.url)
    assert status == 200
    assert body == Path(document.file.path).read_bytes()


@pytest.fixture
def coordinator(django_user_model):
    return user_with_password(django_user_model, "koordination", roles.COORDINATION, PASSWORD)


def test_lockout_counts_each_visitors_address(proxy, coordinator):
    attacker, colleague = Visitor(proxy, "127.0.0.2"), Visitor(proxy, "127.0.0.3")
    for _attempt in range(5):
        # A forged header names the colleague: nginx appends the real address after it.
        attacker.request("GET", "/admin/login/", headers={"X-Forwarded-For": "127.0.0.3"})
        attacker.log_in("koordination", "falsch")
    assert attacker.log_in("koordination", PASSWORD) == 429
    assert colleague.log_in("koordination", PASSWORD) == 302


def test_form_limit_counts_each_visitors_address(proxy):
    page = ParticipationPage.objects.get()
    url = url_in(page, "en")

    def send(visitor):
        status, _headers, form = visitor.get(url)
        assert status == 200
        return visitor.post(url, {**VALID, "csrfmiddlewaretoken": _csrf_token(form.decode())})[0]

    citizen, neighbour = Visitor(proxy, "127.0.0.2"), Visitor(proxy, "127.0.0.3")
    assert [send(citizen) for _ in range(participation.RATE_LIMIT)] == [200] * 5
    assert send(citizen) == 429
    assert send(neighbour) == 200
