"""The conferences on the timeline: grouped by year, those without a date in a group of their own.

A conference whose date is not recorded must not appear under the year of the conference
before it: the Bernburg conference is not a 2011 event because it follows the 2011 workshop
in the list. Groups keep the order in which the conferences come.
"""


def timeline_groups(conferences):
    """[{"year": 2013, "conferences": [...]}, ..., {"year": None, "conferences": [...]}]."""
    by_year = {}
    undated = []
    for conference in conferences:
        if conference.start_date is None:
            undated.append(conference)
        else:
            by_year.setdefault(conference.start_date.year, []).append(conference)
    groups = [{"year": year, "conferences": items} for year, items in by_year.items()]
    if undated:
        groups.append({"year": None, "conferences": undated})
    return groups


def project_period(request):
    """The project's runtime to the month ("Juli 2012 – Juni 2014"), or "" when not given.

    Read from the project page once per language and cache generation.
    """
    from django.utils.formats import date_format

    import language
    from core.tree import public
    from pages.cache import fragment
    from pages.models import ProjectPage

    def build():
        project = public(ProjectPage.objects.live()).only("runtime_start", "runtime_end").first()
        if project is None or not project.runtime_start or not project.runtime_end:
            return ""
        return " – ".join(
            date_format(value, "F Y") for value in (project.runtime_start, project.runtime_end)
        )

    return fragment(request, "project-period", build, language.active(), local=True)
