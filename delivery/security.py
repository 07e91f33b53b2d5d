"""Security headers the public site sends on top of Django's: CSP and Permissions-Policy.

The public pages get a strict Content-Security-Policy (no inline code, nothing from another
host). Wagtail's admin uses inline scripts and styles and shows previews in a frame, so it gets
a relaxed policy of its own; so do the previews themselves (framed by the admin), and public
pages seen by someone who may use the admin, for the user bar.
"""

import posixpath

from django.conf import settings
from django.http import Http404
from django.views.static import serve

STRICT_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'"
)
# Wagtail's admin: inline scripts and styles, blob: images from the upload previews,
# previews framed by the admin itself.
EDITOR_POLICY = (
    "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
    "script-src 'self' 'unsafe-inline' 'unsafe-eval'; frame-src 'self'; "
    "frame-ancestors 'self'; base-uri 'self'; form-action 'self'; object-src 'none'"
)
PERMISSIONS_POLICY = (
    "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), "
    "gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()"
)


def _is_editor(request):
    """Someone who may use the admin; only looked at when a session cookie came along.

    Wagtail's own permission, not ``is_staff``: coordinators and town editors are not staff.
    """
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return False
    user = getattr(request, "user", None)
    return bool(user and user.is_authenticated and user.has_perm("wagtailadmin.access_admin"))


def _is_preview(request):
    """Wagtail's preview, rendered for the admin's preview panel (which frames it)."""
    return getattr(request, "is_preview", False)


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = "/admin/"

    def __call__(self, request):
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            relaxed = (
                request.path.startswith(self.admin_prefix)
                or _is_preview(request)
                or _is_editor(request)
            )
            response["Content-Security-Policy"] = EDITOR_POLICY if relaxed else STRICT_POLICY
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        return response


# Documents are served only by Wagtail's document view, which applies a private collection's
# restriction; their files in the media folder are never served directly.
PRIVATE_MEDIA_PREFIXES = ("documents/",)


def serve_media(request, path, document_root=None):
    """Django's static serve of uploaded media, without the documents' folder.

    A name the file system refuses (too long, ...) is a 404 too.
    """
    if posixpath.normpath(path).lstrip("/").startswith(PRIVATE_MEDIA_PREFIXES):
        raise Http404("Documents are served at /documents/")
    try:
        return serve(request, path, document_root=document_root)
    except (OSError, ValueError) as error:
        raise Http404("No such file") from error
