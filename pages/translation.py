"""Fields stored once per language (German and English) by django-modeltranslation."""

from modeltranslation.translator import register

from core.translation import BasePageTR, DocumentLinkTR
from pages.models import (
    DownloadItem,
    DownloadsPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    ParticipationPage,
    ProjectPage,
    StandardPage,
)


@register(HomePage)
class HomePageTR(BasePageTR):
    fields = (*BasePageTR.fields, "guiding_idea", "welcome")


@register(ProjectPage)
class ProjectPageTR(BasePageTR):
    fields = (
        *BasePageTR.fields,
        "body",
        "fields_of_action_intro",
        "funding",
        "partners_note",
        "coordinator_country",
    )


@register(StandardPage)
class StandardPageTR(BasePageTR):
    fields = (*BasePageTR.fields, "body")


@register(NewsIndexPage)
class NewsIndexPageTR(BasePageTR):
    pass


@register(NewsPage)
class NewsPageTR(BasePageTR):
    fields = (*BasePageTR.fields, "body")


@register(DownloadsPage)
class DownloadsPageTR(BasePageTR):
    pass


@register(DownloadItem)
class DownloadItemTR(DocumentLinkTR):
    pass


@register(ParticipationPage)
class ParticipationPageTR(BasePageTR):
    fields = (*BasePageTR.fields, "thank_you_text")
