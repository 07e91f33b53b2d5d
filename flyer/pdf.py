"""The flyer as a tagged PDF (PDF/UA-1), printed by WeasyPrint from an HTML template.

``render_flyer(content)`` fills ``templates/flyer/flyer.html`` with what ``flyer.content``
read from the site, and lets WeasyPrint lay it out on A4 with the Noto Sans files committed in
``flyer/assets/fonts`` (SIL Open Font License): every letter an editor types, Lithuanian
"ą č ė į š ų ū ž" included, is printed as typed, and the font is embedded.

PDF/UA-1 gives the document its structure tree (headings, paragraphs, lists, the emblem as a
figure with its text alternative, in reading order), marked content, ``/Lang`` from the HTML's
``lang`` and the title from ``<title>``.

The text fills two pages: the root font size is the largest (at most ``MAX_SIZE``) at which
everything fits on two pages, so neither page is left half empty. Only if the text does not
fit on two pages at ``MIN_SIZE`` does the flyer run on to a third page; nothing is cut off.
"""

from pathlib import Path
from urllib.request import url2pathname

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string

import language

ASSETS = Path(__file__).resolve().parent / "assets"
STYLESHEET = ASSETS / "flyer.css"
EMBLEM = "img/eu-emblem.svg"
TEMPLATE = "flyer/flyer.html"

PAGES = 2
# Root font size in points: the body text. The smallest text is 0.9 of it (over 8 pt).
MIN_SIZE = 9.0
MAX_SIZE = 13.0
# Line spacing, as a multiple of the font size.
MIN_LEADING = 1.4
MAX_LEADING = 1.6


def emblem_path():
    path = finders.find(EMBLEM)
    if not path:
        raise FileNotFoundError(f"static/{EMBLEM} is missing")
    return Path(path).resolve()


def allowed_files():
    """The only files the flyer may load: its stylesheet, its fonts and the EU emblem."""
    return {STYLESHEET, *(ASSETS / "fonts").glob("*.ttf"), emblem_path()}


def load_weasyprint():
    """WeasyPrint, imported without its side effect on the rest of the site.

    Importing it sets Pillow's ``LOAD_TRUNCATED_IMAGES`` for the whole process, which would let
    truncated images through the admin's upload check (editorial/uploads.py). The flyer prints no
    raster image, so the flag is put back as it was.
    """
    from PIL import ImageFile

    previous = ImageFile.LOAD_TRUNCATED_IMAGES
    import weasyprint
    import weasyprint.images
    import weasyprint.text.fonts
    import weasyprint.urls

    ImageFile.LOAD_TRUNCATED_IMAGES = previous
    return weasyprint


def local_fetcher():
    """A fetcher for the flyer's own files and nothing else: no other host, no other file.

    A file that cannot be read stops the build, rather than printing in a stand-in font.
    """

    class LocalFetcher(load_weasyprint().urls.URLFetcher):
        def fetch(self, url, headers=None):
            path = url.startswith("file:") and Path(url2pathname(url.removeprefix("file:")))
            if not path or path.resolve() not in allowed_files():
                raise ValueError(f"The flyer loads only its own files, not {url}")
            return super().fetch(url, headers)

    return LocalFetcher(allowed_protocols=["file"], fail_on_errors=True)


def html_for(content, size, leading=None):
    with language.override(content["language"]):
        return render_to_string(
            TEMPLATE,
            {
                "flyer": content,
                "size": f"{size:.2f}",
                "leading": f"{leading or MIN_LEADING:.3f}",
                "stylesheet": STYLESHEET.as_uri(),
                "emblem": emblem_path().as_uri(),
            },
        )


def _layout(content, size, leading, fonts):
    return (
        load_weasyprint()
        .HTML(
            string=html_for(content, size, leading),
            base_url=ASSETS.as_uri() + "/",
            url_fetcher=local_fetcher(),
        )
        .render(font_config=fonts)
    )


def _largest(layout, low, high, precision):
    """The layout at the largest value in [low, high] that still fits on ``PAGES`` pages.

    ``low`` is taken when even it does not fit: the flyer then runs on, nothing is cut.
    """
    best = layout(high)
    if len(best.pages) <= PAGES:
        return high, best
    best = layout(low)
    while high - low > precision:
        middle = (low + high) / 2
        document = layout(middle)
        if len(document.pages) <= PAGES:
            low, best = middle, document
        else:
            high = middle
    return low, best


def render_flyer(content):
    """The flyer for ``content`` (see ``flyer.content.flyer_content``) as PDF bytes.

    First the largest type that fits two pages, then the most generous line spacing at that
    size, which takes up what a size step leaves over at the end of page two.
    """
    fonts = load_weasyprint().text.fonts.FontConfiguration()
    size, document = _largest(
        lambda size: _layout(content, size, MIN_LEADING, fonts), MIN_SIZE, MAX_SIZE, 0.1
    )
    if len(document.pages) == PAGES:
        _leading, document = _largest(
            lambda leading: _layout(content, size, leading, fonts), MIN_LEADING, MAX_LEADING, 0.01
        )
    return document.write_pdf(pdf_variant="pdf/ua-1")
