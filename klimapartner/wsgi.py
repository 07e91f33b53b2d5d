"""WSGI entry point for gunicorn; production settings unless told otherwise.

Each worker renders a page of every type before it takes its first visitor
(``delivery.warm_up``).
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "klimapartner.settings.production")

application = get_wsgi_application()

from delivery.warm_up import warm_up  # noqa: E402 - needs the apps that the line above loads

warm_up(application)
