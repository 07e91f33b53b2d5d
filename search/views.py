"""Search in the visitor's language: /de/suche/, /en/search/, /nl/zoeken/, ...

Each language is searched in its own entries (``search.models.SearchEntry``, filled by
search/index.py). On PostgreSQL with that language's stemming ("Konferenzen" finds
"Konferenz"), ranked, with the matches marked by SearchHeadline; elsewhere (the SQLite dev
database) by plain substring matching.
"""

import re
from urllib.parse import urlencode

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import F, Q
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.models import Page

from core.tree import public
from delivery import cache
from language import active as active_language
from language import codes as language_codes
from language import override
from search.index import text_search_config
from search.models import SearchEntry

MAX_QUERY_LENGTH = 200
PER_PAGE = 10
# What the search page reads from its address; each combination is cached on its own.
cache.vary_on_query("q", "kind", "page")
MAX_WORDS = 12
# Markers PostgreSQL puts around matches; the excerpt is escaped before they become <mark>.
START, STOP = "\x02", "\x03"
EXCERPT_LENGTH = 240


def search_url(language):
    """The search's address in ``language``: /de/suche/ or /en/search/."""
    with override(language):
        return reverse(f"search_{language}")


def clean_query(raw):
    """The query as text that is safe to hand to the database: no control characters, capped."""
    query = re.sub(r"[\x00-\x1f\x7f]", " ", raw or "")
    query = " ".join(query.split())
    return query[:MAX_QUERY_LENGTH].strip(), len(query) > MAX_QUERY_LENGTH


# Sentence punctuation after which the next block of text needs no separator of its own.
SENTENCE_END = tuple(".!?:;…")
ELLIPSIS = "…"


def readable(text):
    """Blocks of the stored text (one per line) joined so that they stay apart when read.

    A block ending in sentence punctuation is followed by a space, any other (a heading, a
    caption, a list item without a full stop) by " · ": "Was wir tun · Alle Seiten …", not
    "Was wir tun Alle Seiten …".
    """
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    result = ""
    for line in lines:
        if result:
            bare = result.replace(START, "").replace(STOP, "")
            result += " " if bare.endswith(SENTENCE_END) else " · "
        result += line
    return result


def marked(text):
    """Escaped, readable text with PostgreSQL's match markers turned into <mark> elements."""
    html = escape(readable(text)).replace(START, "<mark>").replace(STOP, "</mark>")
    return mark_safe(html)  # noqa: S308 - everything but our own <mark> tags is escaped


def word_start(text, index):
    """``index`` moved forward to the start of a word (no cut through a word)."""
    if index <= 0:
        return 0
    if text[index - 1].isspace():
        return index
    match = re.compile(r"\s").search(text, index)
    return match.end() if match else len(text)


def word_end(text, index):
    """``index`` moved back to the end of a word."""
    if index >= len(text) or text[index].isspace():
        return min(index, len(text))
    space = max(text.rfind(" ", 0, index), text.rfind("\n", 0, index))
    return space if space > 0 else index


def excerpt_of(text, start=0, length=EXCERPT_LENGTH):
    """``text`` from ``start`` for about ``length`` characters, cut between words, with an
    ellipsis where it was cut."""
    begin = word_start(text, start)
    end = word_end(text, begin + length)
    prefix = f"{ELLIPSIS} " if begin > 0 else ""
    suffix = f" {ELLIPSIS}" if end < len(text) else ""
    return prefix, text[begin:end], suffix


def headline_excerpt(headline, text):
    """PostgreSQL's headline, with an ellipsis where it does not reach the start or the end."""
    if not headline:
        prefix, excerpt, suffix = excerpt_of(text)
        return marked(f"{prefix}{excerpt}{suffix}")
    # PostgreSQL's headline starts and ends with a word, without the punctuation around it.
    words = [_bare_word(word) for word in text.split()]
    shown = [_bare_word(word) for word in headline.replace(START, "").replace(STOP, "").split()]
    prefix = f"{ELLIPSIS} " if shown[:1] != words[:1] else ""
    if shown[-1:] == words[-1:]:
        suffix = re.search(r"\W*$", text.rstrip()).group(0)  # the text's own last full stop
    else:
        suffix = f" {ELLIPSIS}"
    return marked(f"{prefix}{headline}{suffix}")


def _bare_word(word):
    return re.sub(r"^\W+|\W+$", "", word)


def simple_excerpt(text, query):
    """An excerpt around the first match of any word of ``query``, matches marked."""
    words = [re.escape(word) for word in query.split() if word]
    if not words:
        prefix, excerpt, suffix = excerpt_of(text)
        return marked(f"{prefix}{excerpt}{suffix}")
    pattern = re.compile("|".join(words), re.IGNORECASE)
    match = pattern.search(text)
    start = max(0, match.start() - EXCERPT_LENGTH // 3) if match else 0
    prefix, excerpt, suffix = excerpt_of(text, start)
    excerpt = pattern.sub(lambda m: f"{START}{m.group(0)}{STOP}", excerpt)
    return marked(f"{prefix}{excerpt}{suffix}")


def postgres_query(query, config):
    """The visitor's words, stemmed in their language, as whole words or as word beginnings.

    websearch syntax never fails on stray quotes or operators ("a b", -a, a or b). PostgreSQL
    does not split German compounds, so each word also counts as a prefix: "Klima" finds
    "Klimaschutz". The prefix query is built from letters and digits only, so nothing the
    visitor types reaches to_tsquery's own syntax.
    """
    search_query = SearchQuery(query, search_type="websearch", config=config)
    words = re.findall(r"[^\W_]+", query)[:MAX_WORDS]
    if words:
        prefixes = " & ".join(f"{word}:*" for word in words)
        search_query |= SearchQuery(prefixes, search_type="raw", config=config)
    return search_query


def find(query, language, kind=None):
    """The live, public entries in ``language`` that match ``query``, best first."""
    entries = SearchEntry.objects.filter(
        language=language, page__in=public(Page.objects.live()).values("pk")
    )
    if kind:
        entries = entries.filter(kind=kind)
    if connection.vendor == "postgresql":
        config = text_search_config(language)
        search_query = postgres_query(query, config)
        return (
            entries.filter(search_vector=search_query)
            .annotate(
                rank=SearchRank(F("search_vector"), search_query),
                excerpt=SearchHeadline(
                    "text",
                    search_query,
                    config=config,
                    start_sel=START,
                    stop_sel=STOP,
                    max_words=35,
                    min_words=15,
                    max_fragments=2,
                    # Keep short words ("Our", "gut") at the ends: no sentence loses its start.
                    short_word=0,
                    fragment_delimiter=f" {ELLIPSIS} ",
                ),
            )
            .order_by("-rank", "title")
        )
    for word in query.split():
        entries = entries.filter(Q(title__icontains=word) | Q(text__icontains=word))
    return entries.order_by("title")


def search(request):
    language = active_language()
    if request.path != search_url(language):
        # /en/suche/ and /de/search/ lead to the search under its own name (two languages may
        # share a name, so the path tells, not the pattern that matched).
        target = search_url(language)
        if request.GET:
            target += "?" + request.GET.urlencode()
        return redirect(target, permanent=True)

    query, shortened = clean_query(request.GET.get("q", ""))
    kind = request.GET.get("kind", "")
    kinds = SearchEntry.Kind
    if kind not in kinds.values:
        kind = ""
    results = None
    if query:
        entries = find(query, language, kind or None)
        results = Paginator(entries, PER_PAGE).get_page(request.GET.get("page"))
        if connection.vendor == "postgresql":
            for entry in results:
                entry.excerpt_html = headline_excerpt(entry.excerpt, entry.text)
        else:
            for entry in results:
                entry.excerpt_html = simple_excerpt(entry.text, query)
        pages = Page.objects.in_bulk([entry.page_id for entry in results])
        for entry in results:
            entry.result_page = pages.get(entry.page_id)

    params = {key: value for key, value in (("q", query), ("kind", kind)) if value}
    suffix = f"?{urlencode(params)}" if params else ""
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "query": query,
            "shortened": shortened,
            "max_query_length": MAX_QUERY_LENGTH,
            "kind": kind,
            "kinds": kinds.choices,
            "results": results,
            "page_query": urlencode({"q": query, "kind": kind} if kind else {"q": query}),
            "alternate_urls": {code: search_url(code) + suffix for code in language_codes()},
            "canonical_url": request.build_absolute_uri(search_url(language)),
            "noindex": bool(query),
        },
    )
