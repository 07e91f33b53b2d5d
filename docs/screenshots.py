"""Screenshots of the running site for the README: phone and desktop, German and English.

    python docs/screenshots.py http://127.0.0.1:8000

Takes the visible part of the home page, a partner town and a conference (not the whole
page, to keep the files small) at 390 px and 1280 px into docs/screenshots/, then shrinks
the PNGs to a 64-colour palette with Pillow. Uses Debian's Chromium (CHROMIUM to override).
"""

import os
import sys
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

OUT = Path(__file__).with_name("screenshots")
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"]
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 800}}
PAGES = {
    "home": {"de": "/de/", "en": "/en/"},
    "town": {"de": "/de/partnerstaedte/borne/", "en": "/en/partner-towns/borne/"},
    "conference": {
        "de": "/de/konferenzen/konferenz-borne-2013/",
        "en": "/en/conferences/conference-borne-2013/",
    },
}


def shrink(path):
    """A 64-colour palette PNG: the site's flat colours survive, the file gets far smaller."""
    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=64, method=Image.Quantize.MEDIANCUT)
    small.save(path, optimize=True)


def main(base_url):
    OUT.mkdir(exist_ok=True)
    headers = {"X-Forwarded-Proto": "https"}  # for a production configuration behind a proxy
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for device, viewport in VIEWPORTS.items():
            context = browser.new_context(viewport=viewport, extra_http_headers=headers)
            page = context.new_page()
            for name, urls in PAGES.items():
                for language, path in urls.items():
                    page.goto(base_url.rstrip("/") + path, wait_until="networkidle")
                    target = OUT / f"{name}-{device}-{language}.png"
                    page.screenshot(path=target)
                    shrink(target)
                    print(target.relative_to(OUT.parent.parent), target.stat().st_size)
            context.close()
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000")
