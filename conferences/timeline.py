"""The conferences on the timeline: grouped by year, those without a date in a group of their own.

A conference whose date is not recorded must not appear under the year of the conference
before it: the Bernburg conference is not a 2011 event because it follows the 2011 workshop
in the list. Groups keep the order in which the conferences come. (The project period the
undated group mentions is the project page's: ``{% project_period %}`` in ``pages``.)
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
