"""Sites loaded before the flyer was built from the CMS hold it as two plain documents.

Their files (klimapartnerschaft-flyer-de.pdf, -en.pdf; the newest where there are several) become the flyer files of the default
site, with no fingerprint, so the next publish or ``manage.py build_flyer`` rebuilds them.
"""

from django.db import migrations


def adopt(apps, schema_editor):
    Document = apps.get_model("wagtaildocs", "Document")
    Site = apps.get_model("wagtailcore", "Site")
    FlyerFile = apps.get_model("flyer", "FlyerFile")
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return
    # The languages as this migration's state of the model knows them (German and English).
    for language, _name in FlyerFile._meta.get_field("language").choices:
        document = (
            Document.objects.filter(
                file__regex=rf"^documents/klimapartnerschaft-flyer-{language}(_[A-Za-z0-9]+)?\.pdf$"
            )
            .order_by("-pk")
            .first()
        )
        if document and not FlyerFile.objects.filter(site=site, language=language).exists():
            FlyerFile.objects.create(site=site, language=language, document=document)


class Migration(migrations.Migration):
    dependencies = [("flyer", "0001_initial")]

    operations = [migrations.RunPython(adopt, migrations.RunPython.noop)]
