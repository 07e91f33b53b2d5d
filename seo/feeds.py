"""The news as an Atom feed, one per language: /de/feed/ and /en/feed/."""

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from wagtail.models import Site

from core.tree import public
from language import active
from pages.models import HomePage, NewsIndexPage, NewsPage


class NewsFeed(Feed):
    """The latest news in the active language, newest first.

    Atom wants a full timestamp for each entry's ``<updated>``, and most articles are known
    only to the month or the year. The timestamp is therefore the page's publication time on
    this website, a true one; ``<published>``, which would claim a moment of the event, is
    left out; and the article's date, as precise as it is known ("2016", "Oktober 2013"),
    opens the summary that a feed reader shows.
    """

    feed_type = Atom1Feed
    limit = 20

    def get_object(self, request, *args, **kwargs):
        self.request = request
        site = Site.find_for_request(request)
        return site.root_page.specific if site else HomePage.objects.first()

    def title(self, home):
        return _("Climate Partnership – news")

    def subtitle(self, home):
        return _("News of the Climate Partnership of Bernburg, Borne, Leiria, Rheine and Trakai.")

    def link(self, home):
        index = NewsIndexPage.objects.live().descendant_of(home).first() if home else None
        return index.get_url(self.request) if index else f"/{active()}/"

    def feed_url(self, home):
        return self.request.path

    def items(self, home):
        if home is None:
            return NewsPage.objects.none()
        return (public(NewsPage.objects.live()).descendant_of(home).order_by("-date", "-pk"))[
            : self.limit
        ]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return " – ".join(part for part in (item.display_date, item.intro) if part)

    def item_link(self, item):
        return item.get_url(self.request)

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at or timezone.now()

    def item_guid(self, item):
        # One entry per article and language, stable across slug changes.
        host = self.request.get_host().split(":")[0]
        day = f"{item.first_published_at or item.date:%Y-%m-%d}"
        return f"tag:{host},{day}:news-{item.pk}-{active()}"

    item_guid_is_permalink = False
