"""Who may do what in the admin: the project coordination, and one editorial team per town.

Images and documents live in collections: one per town, and a shared one ("Gemeinsam") for
what belongs to the whole project. Wagtail checks image and document permissions on those
collections with its own permission names (``wagtailimages.add_image``, ``change_image``,
``choose_image``, ...), whatever the image model is; those are the ones granted here.

``setup_roles()`` is idempotent and repairs: it creates what is missing, puts back
permissions that were removed, takes away grants that Wagtail never checks (the ones an
earlier version gave on the custom image model) and removes Wagtail's default groups
"Editors" and "Moderators" while nobody belongs to them. It runs after every content load
and belongs in every deployment (``manage.py setup_roles``, see the README).
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from core.models import CustomImage
from pages.models import HomePage
from partners.models import PartnerTownPage

COORDINATION = "Projektkoordination"
EDITORS = "Redaktion {town}"
WORKFLOW = "Freigabe durch Projektkoordination"
APPROVAL_TASK = "Freigabe durch Projektkoordination"
SHARED_COLLECTION = "Gemeinsam"
# Wagtail names the root collection "Root"; what is filed there only the coordination sees.
ROOT_COLLECTION = "Oberste Ebene (nur Koordination)"
# Created by Wagtail's first migrations; this site has roles of its own.
WAGTAIL_DEFAULT_GROUPS = ["Editors", "Moderators"]
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"

COORDINATION_PAGE_PERMISSIONS = ["add", "change", "publish", "lock", "unlock"]
EDITOR_PAGE_PERMISSIONS = ["change"]


def media_permissions(*actions):
    """(app label, codename) of Wagtail's image and document permissions for ``actions``."""
    return [
        *((("wagtailimages", f"{action}_image")) for action in actions),
        *((("wagtaildocs", f"{action}_document")) for action in actions),
    ]


# Coordinators manage every collection; a town's team adds, edits and chooses in its own and
# chooses from the shared one.
COORDINATION_MEDIA_PERMISSIONS = media_permissions("add", "change", "delete", "choose")
TOWN_MEDIA_PERMISSIONS = media_permissions("add", "change", "choose")
SHARED_MEDIA_PERMISSIONS = media_permissions("choose")
# Model permissions that are not tied to a page or a collection.
COORDINATION_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("core", "change_sitesettings"),
]
EDITOR_PERMISSIONS = [("wagtailadmin", "access_admin")]


def permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def short_town_name(title):
    """A town's name for group and collection names: "Bernburg", not "Bernburg (Saale)"."""
    return title.split(" (")[0]


def town_name(town):
    return short_town_name(town.title_de)


def editor_group_name(town):
    return EDITORS.format(town=town_name(town))


def grant_pages(group, page, types):
    for permission_type in types:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=permission("wagtailcore", f"{permission_type}_page")
        )


def grant_collection(group, collection, permissions):
    for app_label, codename in permissions:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission(app_label, codename)
        )


def collection(name):
    """The collection called ``name`` right below the root collection, created if missing."""
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=name).first()
    return existing or root.add_child(name=name)


def town_collection(town):
    """The collection for a town's images and documents."""
    return collection(town_name(town))


def shared_collection():
    """The collection for what belongs to the whole project (the home page picture, the flyer)."""
    return collection(SHARED_COLLECTION)


@transaction.atomic
def setup_roles():
    """Create the groups, their permissions and the approval workflow. Returns the groups."""
    home = HomePage.objects.first()
    if home is None:
        return []
    root_collection = Collection.get_first_root_node()
    if root_collection.name == "Root":
        root_collection.name = ROOT_COLLECTION
        root_collection.save(update_fields=["name"])
    shared = shared_collection()
    remove_unchecked_image_grants()

    coordination, _created = Group.objects.get_or_create(name=COORDINATION)
    coordination.permissions.add(*(permission(*p) for p in COORDINATION_PERMISSIONS))
    grant_pages(coordination, home, COORDINATION_PAGE_PERMISSIONS)
    grant_collection(coordination, root_collection, COORDINATION_MEDIA_PERMISSIONS)
    groups = [coordination]

    for town in PartnerTownPage.objects.order_by("path"):
        group, _created = Group.objects.get_or_create(name=editor_group_name(town))
        group.permissions.add(*(permission(*p) for p in EDITOR_PERMISSIONS))
        # The town's page and every conference it hosted (Rheine: the workshop and the close).
        for page in [town, *town.hosted_conferences.order_by("path")]:
            grant_pages(group, page, EDITOR_PAGE_PERMISSIONS)
        grant_collection(group, town_collection(town), TOWN_MEDIA_PERMISSIONS)
        grant_collection(group, shared, SHARED_MEDIA_PERMISSIONS)
        groups.append(group)

    setup_workflow(home, coordination)
    remove_unused_default_groups()
    return groups


def remove_unchecked_image_grants():
    """Grants on the custom image model's own permissions: Wagtail never looks at them."""
    GroupCollectionPermission.objects.filter(
        permission__content_type__app_label=CustomImage._meta.app_label,
        permission__content_type__model=CustomImage._meta.model_name,
    ).delete()


def remove_unused_default_groups():
    """Wagtail's "Editors" and "Moderators" while nobody is in them, and their workflow.

    Left alone as soon as someone was put in one: then a person decided to use it.
    """
    unused = Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS, user__isnull=True)
    if not unused.exists():
        return
    workflow = Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW, active=True).first()
    moderators_unused = unused.filter(name="Moderators").exists()
    unused.delete()
    if workflow is not None and moderators_unused:
        # Its only task was the Moderators' approval, which nobody could give any more.
        for task in workflow.tasks.filter(active=True):
            task.specific.deactivate()
        workflow.deactivate()


def setup_workflow(home, coordination):
    """Every change below the home page waits for the coordination's approval."""
    task = GroupApprovalTask.objects.filter(name=APPROVAL_TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=APPROVAL_TASK)
    task.groups.add(coordination)
    if not task.active:
        task.active = True
        task.save(update_fields=["active"])

    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW)
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(
        page=Page.objects.get(pk=home.pk), defaults={"workflow": workflow}
    )
    return workflow
