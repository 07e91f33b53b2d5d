"""The addresses delivery answers itself: uploaded media (without the documents' folder)."""

from django.conf import settings
from django.urls import re_path

from delivery.security import serve_media

# Uploaded images; a deployment with a proxy or object storage serves them itself.
urlpatterns = [
    re_path(r"^media/(?P<path>.*)$", serve_media, {"document_root": settings.MEDIA_ROOT}),
]
