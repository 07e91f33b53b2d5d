"""Pictures of the flyer's pages for the README, as a visitor downloads them from the site.

    python docs/flyer_pages.py http://127.0.0.1:8000

Follows the flyer link on the downloads page in German and in English, renders every page of
each PDF with PDFium (pypdfium2, from requirements-dev.txt; no system tools needed) at 100 dpi
into docs/flyer/flyer-<language>-<page>.png, and shrinks the PNGs to a 64-colour palette.
"""

import re
import sys
import urllib.request
from io import BytesIO
from pathlib import Path

import pypdfium2
from PIL import Image

OUT = Path(__file__).with_name("flyer")
DOWNLOADS = {"de": "/de/downloads/", "en": "/en/downloads/"}
DPI = 100
# A production configuration behind a proxy answers plain HTTP with a redirect to HTTPS.
HEADERS = {"X-Forwarded-Proto": "https"}


def fetch(url):
    request = urllib.request.Request(url, headers=HEADERS)  # noqa: S310 (the given site)
    with urllib.request.urlopen(request) as response:  # noqa: S310
        return response.read()


def flyer_url(base_url, language):
    html = fetch(base_url + DOWNLOADS[language]).decode()
    match = re.search(r'class="download__link" href="([^"]*flyer[^"]*)"', html)
    if not match:
        raise SystemExit(f"No flyer link on {DOWNLOADS[language]}")
    return base_url + match.group(1)


def main(base_url):
    base_url = base_url.rstrip("/")
    OUT.mkdir(exist_ok=True)
    for language in DOWNLOADS:
        document = pypdfium2.PdfDocument(fetch(flyer_url(base_url, language)))
        for number, page in enumerate(document, start=1):
            image = page.render(scale=DPI / 72).to_pil()
            target = OUT / f"flyer-{language}-{number}.png"
            buffer = BytesIO()
            image.convert("RGB").quantize(colors=64, method=Image.Quantize.MEDIANCUT).save(
                buffer, format="PNG", optimize=True
            )
            target.write_bytes(buffer.getvalue())
            print(target.relative_to(OUT.parent.parent), target.stat().st_size)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000")
