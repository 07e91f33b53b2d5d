"""Image permissions are Wagtail's own (``wagtailimages.add_image`` ...), not the custom model's.

Wagtail's image permission policy looks only at the permission names of ``wagtailimages.Image``,
so grants of ``pages.add_customimage`` or ``pages.change_customimage`` on a collection never let
anyone upload or edit. Each such grant is carried over to Wagtail's permission of the same
action, on the same group and collection; then the custom model's extra ``choose_image``
permission goes. ``manage.py setup_roles`` (run on every deployment) does the rest.
"""

from django.db import migrations

ACTIONS = {
    "add_customimage": "add_image",
    "change_customimage": "change_image",
    "delete_customimage": "delete_image",
    "choose_image": "choose_image",
}


def carry_over_image_grants(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    wagtail_permissions = {
        permission.codename: permission
        for permission in Permission.objects.filter(
            content_type__app_label="wagtailimages", content_type__model="image"
        )
    }
    grants = GroupCollectionPermission.objects.filter(
        permission__content_type__app_label="pages",
        permission__content_type__model="customimage",
    ).select_related("permission")
    for grant in grants:
        target = wagtail_permissions.get(ACTIONS.get(grant.permission.codename))
        if target is not None:
            GroupCollectionPermission.objects.get_or_create(
                group_id=grant.group_id, collection_id=grant.collection_id, permission=target
            )
    grants.delete()
    Permission.objects.filter(
        content_type__app_label="pages", content_type__model="customimage", codename="choose_image"
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0004_sitesettings_accessibility_page"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="customimage",
            options={"verbose_name": "image", "verbose_name_plural": "images"},
        ),
        migrations.RunPython(carry_over_image_grants, migrations.RunPython.noop),
    ]
