"""gunicorn for KlimaPartnerschaft: `gunicorn -c deploy/gunicorn.conf.py` (the systemd unit).

Settings come from the environment file the unit reads (see .env.example); the app binds to
loopback only, behind nginx (deploy/nginx/), which is the only client whose forwarded headers
are believed (TRUSTED_PROXIES).
"""

import os

wsgi_app = "klimapartner.wsgi"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Two workers per core is plenty for pages that come from the cache in about 1 ms.
workers = int(os.environ.get("GUNICORN_WORKERS", 2 * (os.cpu_count() or 1)))
# A worker stuck longer than this is killed and replaced; its upload, if any, is left for
# `manage.py orphaned_files`.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
keepalive = 5
# Workers are replaced now and then, so no slow leak grows for weeks.
max_requests = 2000
max_requests_jitter = 200
# X-Forwarded-Proto (and the like) only from the proxy.
forwarded_allow_ips = os.environ.get("TRUSTED_PROXIES", "127.0.0.1,::1")
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = "-"
# systemd manages the process; no control socket in the service user's home.
control_socket_disable = True
