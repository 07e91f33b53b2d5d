"""301 redirects from the addresses of the project's original website to their pages here.

The original site (climate-partnership.tat-zentrum.de) had German pages under /de/ and English
ones under /en/, each ending in ``.htm``; its addresses are printed in the 2016 brochure and
linked across the web. Known from the record are /de/projekt.htm and the event page
/de/veranstaltungen/2011-10.htm with its English twin /en/events/2011-10.htm. From these
follow, by the same naming:

- /en/project.htm, the English project page (events ↔ veranstaltungen, project ↔ projekt);
- /de/veranstaltungen.htm and /en/events.htm, the event list above the event pages;
- /de/veranstaltungen/<year>-<month>.htm and /en/events/<year>-<month>.htm for every
  conference whose month is known (today the 2011 workshop and Borne, October 2013).

No other address of the old site is known (its news list was on the home page, /de/ and /en/,
which answer here too), and none is guessed.

They are ordinary Wagtail redirects (Settings → Redirects), created once by
``load_initial_data``: coordinators see them and can change or delete them, and running the
command again neither duplicates nor overwrites them. Wagtail's RedirectMiddleware compares the
whole path, language prefix included, and sends a redirect to a page to that page's URL in the
language of the request, which is the prefix's.
"""

from wagtail.contrib.redirects.models import Redirect

from conferences.models import ConferenceIndexPage, ConferencePage
from core.dates import DatePrecision
from pages.models import ProjectPage

# Old path per language, by the kind of page it led to.
PROJECT = {"de": "/de/projekt.htm", "en": "/en/project.htm"}
EVENTS = {"de": "/de/veranstaltungen.htm", "en": "/en/events.htm"}
EVENT = {"de": "/de/veranstaltungen/{date:%Y-%m}.htm", "en": "/en/events/{date:%Y-%m}.htm"}


def old_addresses(site):
    """(old path, page) for every known address of the original site that has a page here."""
    home = site.root_page
    addresses = []
    project = ProjectPage.objects.live().descendant_of(home).first()
    if project:
        addresses += [(path, project) for path in PROJECT.values()]
    index = ConferenceIndexPage.objects.live().descendant_of(home).first()
    if index:
        addresses += [(path, index) for path in EVENTS.values()]
    conferences = (
        ConferencePage.objects.live()
        .descendant_of(home)
        .exclude(start_date=None)
        .exclude(date_precision=DatePrecision.YEAR)
        .order_by("start_date", "path")
    )
    seen = set()
    for conference in conferences:
        month = (conference.start_date.year, conference.start_date.month)
        if month in seen:
            continue  # one old page per month; the first conference of the month keeps it
        seen.add(month)
        addresses += [
            (path.format(date=conference.start_date), conference) for path in EVENT.values()
        ]
    return addresses


def create_old_site_redirects(site):
    """Create the redirects that do not exist yet; returns how many were created."""
    created = 0
    for path, page in old_addresses(site):
        _redirect, new = Redirect.objects.get_or_create(
            old_path=Redirect.normalise_path(path),
            site=site,
            defaults={"redirect_page": page, "is_permanent": True},
        )
        created += new
    return created
