"""Who may do what in the admin: the project coordination, and one editorial team per town.

``setup_roles()`` is idempotent: it creates what is missing and puts back permissions that
were removed, so it can run after every content load and after every deployment.
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

from pages.models import HomePage

COORDINATION = "Projektkoordination"
EDITORS = "Redaktion {town}"
WORKFLOW = "Freigabe durch Projektkoordination"
APPROVAL_TASK = "Freigabe durch Projektkoordination"

COORDINATION_PAGE_PERMISSIONS = ["add", "change", "publish", "lock", "unlock"]
EDITOR_PAGE_PERMISSIONS = ["change"]
# Images and documents: (app label, codename) per permission type.
MEDIA_PERMISSIONS = {
    "image": [("pages", "add_customimage"), ("pages", "choose_image")],
    "document": [("wagtaildocs", "add_document"), ("wagtaildocs", "choose_document")],
}
COORDINATION_MEDIA_PERMISSIONS = [
    *MEDIA_PERMISSIONS["image"],
    ("pages", "change_customimage"),
    *MEDIA_PERMISSIONS["document"],
    ("wagtaildocs", "change_document"),
]
# Model permissions that are not tied to a page or a collection.
COORDINATION_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("pages", "change_sitesettings"),
]
EDITOR_PERMISSIONS = [("wagtailadmin", "access_admin")]


def permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def town_name(town):
    """The town's short name for group and collection names: "Bernburg", not "Bernburg (Saale)"."""
    return town.title_de.split(" (")[0]


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


def town_collection(town):
    """The collection for a town's images and documents, below the root collection."""
    root = Collection.get_first_root_node()
    name = town_name(town)
    existing = root.get_children().filter(name=name).first()
    return existing or root.add_child(name=name)


@transaction.atomic
def setup_roles():
    """Create the groups, their permissions and the approval workflow. Returns the groups."""
    from partners.models import PartnerTownPage

    home = HomePage.objects.first()
    if home is None:
        return []
    root_collection = Collection.get_first_root_node()

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
        collection = town_collection(town)
        grant_collection(
            group, collection, [*MEDIA_PERMISSIONS["image"], *MEDIA_PERMISSIONS["document"]]
        )
        groups.append(group)

    setup_workflow(home, coordination)
    return groups


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
