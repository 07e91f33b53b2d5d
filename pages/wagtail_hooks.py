"""Admin additions of the participation page: its dashboard panel and "send again"."""

from django.urls import path
from wagtail import hooks

from pages import participation_admin


@hooks.register("register_admin_urls")
def register_participation_urls():
    return [
        path(
            "participation/retry-mail/",
            participation_admin.retry_mail,
            name="participation_retry_mail",
        ),
    ]


@hooks.register("construct_homepage_panels")
def add_participation_panel(request, panels):
    panel = participation_admin.homepage_panel(request)
    if panel is not None:
        panels.append(panel)
