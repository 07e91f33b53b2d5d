"""Coordinators and town editors: each edits what is theirs; changes wait for approval."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowState,
)

from conferences.models import ConferencePage
from editorial import roles
from partners.models import PartnerTownPage
from tests.admin_forms import edit_form_data
from tests.conftest import url_in

pytestmark = pytest.mark.django_db

TOWN_GROUPS = [
    "Redaktion Bernburg",
    "Redaktion Borne",
    "Redaktion Leiria",
    "Redaktion Rheine",
    "Redaktion Trakai",
]


def town(slug):
    return PartnerTownPage.objects.get(slug_de=slug)


@pytest.fixture
def make_user(django_user_model):
    def make(username, group_name):
        user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw")
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


@pytest.fixture
def bernburg_editor(client, make_user):
    client.force_login(make_user("bernburg", "Redaktion Bernburg"))
    return client


@pytest.fixture
def coordinator(make_user):
    return make_user("koordination", roles.COORDINATION)


def test_loading_the_content_creates_the_coordination_and_one_team_per_town():
    names = set(Group.objects.values_list("name", flat=True))
    assert {roles.COORDINATION, *TOWN_GROUPS} <= names


def test_setup_roles_run_twice_creates_nothing_new():
    counts = (
        Group.objects.count(),
        GroupPagePermission.objects.count(),
        GroupCollectionPermission.objects.count(),
        Collection.objects.count(),
        Workflow.objects.count(),
    )
    call_command("setup_roles", verbosity=0)
    assert counts == (
        Group.objects.count(),
        GroupPagePermission.objects.count(),
        GroupCollectionPermission.objects.count(),
        Collection.objects.count(),
        Workflow.objects.count(),
    )


def test_rheine_team_may_edit_its_town_and_both_conferences_it_hosted():
    pages = GroupPagePermission.objects.filter(group__name="Redaktion Rheine").values_list(
        "page_id", flat=True
    )
    hosted = ConferencePage.objects.filter(host_town=town("rheine"))
    assert hosted.count() == 2
    assert set(pages) == {town("rheine").pk, *hosted.values_list("pk", flat=True)}


def test_town_editor_can_open_its_own_town_page(bernburg_editor):
    response = bernburg_editor.get(f"/admin/pages/{town('bernburg').pk}/edit/")
    assert response.status_code == 200


def test_town_editor_cannot_open_another_towns_page(bernburg_editor):
    response = bernburg_editor.get(f"/admin/pages/{town('trakai').pk}/edit/")
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert f"/admin/pages/{town('trakai').pk}/edit/" not in response["Location"]


def test_town_editor_cannot_save_another_towns_page(bernburg_editor):
    trakai = town("trakai")
    response = bernburg_editor.post(f"/admin/pages/{trakai.pk}/edit/", {"title_de": "Gehackt"})
    assert response.status_code in (302, 403)
    trakai.refresh_from_db()
    assert trakai.get_latest_revision_as_object().title_de == "Trakai"


def test_town_editor_can_edit_the_conference_its_town_hosted(bernburg_editor):
    conference = ConferencePage.objects.get(host_town=town("bernburg"))
    assert bernburg_editor.get(f"/admin/pages/{conference.pk}/edit/").status_code == 200


def test_town_editor_is_offered_approval_not_publishing(bernburg_editor):
    html = bernburg_editor.get(f"/admin/pages/{town('bernburg').pk}/edit/").content.decode()
    assert 'name="action-submit"' in html
    assert 'name="action-publish"' not in html


def test_wagtails_unused_default_groups_and_their_workflow_are_gone():
    names = set(Group.objects.values_list("name", flat=True))
    assert not names & {"Editors", "Moderators"}
    assert list(Workflow.objects.filter(active=True).values_list("name", flat=True)) == [
        roles.WORKFLOW
    ]


def test_a_default_group_someone_was_put_in_is_left_alone(django_user_model):
    editors = Group.objects.create(name="Editors")
    editors.user_set.add(django_user_model.objects.create_user("used", "u@example.org", "pw"))
    call_command("setup_roles", verbosity=0)
    assert Group.objects.filter(name="Editors").exists()


def test_setup_roles_repairs_image_grants_of_an_earlier_version(client, coordinator):
    """Grants on the custom image model let nobody upload; setup_roles replaces them."""
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType

    from core.models import CustomImage

    group = Group.objects.get(name=roles.COORDINATION)
    GroupCollectionPermission.objects.filter(group=group).delete()
    custom = ContentType.objects.get_for_model(CustomImage)
    for codename in ("add_customimage", "change_customimage"):
        GroupCollectionPermission.objects.create(
            group=group,
            collection=Collection.get_first_root_node(),
            permission=Permission.objects.get(content_type=custom, codename=codename),
        )
    client.force_login(coordinator)
    assert client.get("/admin/images/add/").status_code == 302  # "no access", as reported

    call_command("setup_roles", verbosity=0)
    assert client.get("/admin/images/add/").status_code == 200
    assert not GroupCollectionPermission.objects.filter(permission__content_type=custom)


def test_migration_carries_grants_on_the_custom_image_model_over():
    import importlib

    from django.apps import apps
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType

    migration = importlib.import_module("pages.migrations.0005_customimage_wagtail_permissions")
    group = Group.objects.get(name="Redaktion Borne")
    borne = Collection.objects.get(name="Borne")
    GroupCollectionPermission.objects.filter(group=group).delete()
    # The migration ran while the image model was still the pages app's (it is core's now).
    custom, _created = ContentType.objects.get_or_create(app_label="pages", model="customimage")
    old_add = Permission.objects.create(
        content_type=custom, codename="add_customimage", name="Can add image"
    )
    old_choose = Permission.objects.create(
        content_type=custom, codename="choose_image", name="Can choose image"
    )
    for permission in (old_add, old_choose):
        GroupCollectionPermission.objects.create(
            group=group, collection=borne, permission=permission
        )

    migration.carry_over_image_grants(apps, None)

    granted = GroupCollectionPermission.objects.filter(group=group, collection=borne)
    assert set(
        granted.values_list("permission__content_type__app_label", "permission__codename")
    ) == {
        ("wagtailimages", "add_image"),
        ("wagtailimages", "choose_image"),
    }
    assert not Permission.objects.filter(pk=old_choose.pk).exists()


def test_change_by_town_editor_waits_for_approval_then_goes_live(bernburg_editor, coordinator):
    bernburg = town("bernburg")
    url, data = edit_form_data(bernburg_editor, bernburg)
    data["intro_en"] = "Bernburg on the Saale, as its editors describe it."
    data["action-submit"] = "Submit to Freigabe durch Projektkoordination"
    response = bernburg_editor.post(url, data)
    assert response.status_code == 302

    bernburg.refresh_from_db()
    assert bernburg.intro_en != "Bernburg on the Saale, as its editors describe it."
    state = WorkflowState.objects.get(object_id=str(bernburg.pk), status="in_progress")
    assert state.workflow.name == roles.WORKFLOW

    bernburg_editor.force_login(coordinator)
    task_state = state.current_task_state
    response = bernburg_editor.post(
        f"/admin/pages/workflow/action/{bernburg.pk}/approve/{task_state.pk}/",
        {"comment": ""},
    )
    assert response.status_code == 302

    bernburg.refresh_from_db()
    assert bernburg.intro_en == "Bernburg on the Saale, as its editors describe it."
    english = bernburg_editor.get(url_in(bernburg, "en")).content.decode()
    assert "Bernburg on the Saale, as its editors describe it." in english


def test_loading_the_content_gives_the_site_the_deployments_address():
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    # The test settings' WAGTAILADMIN_BASE_URL is http://testserver.
    assert (site.hostname, site.port) == ("testserver", 80)


def test_approval_mail_links_to_the_page_at_the_deployments_address(
    bernburg_editor, coordinator, settings
):
    from django.core import mail

    settings.WAGTAILADMIN_BASE_URL = "https://klimapartnerschaft.example"
    call_command("set_site_address", verbosity=0)
    bernburg = town("bernburg")
    url, data = edit_form_data(bernburg_editor, bernburg)
    data["intro_en"] = "Bernburg on the Saale."
    data["action-submit"] = "submit"
    assert bernburg_editor.post(url, data).status_code == 302
    state = WorkflowState.objects.get(object_id=str(bernburg.pk), status="in_progress")

    bernburg_editor.force_login(coordinator)
    mail.outbox.clear()
    response = bernburg_editor.post(
        f"/admin/pages/workflow/action/{bernburg.pk}/approve/{state.current_task_state.pk}/",
        {"comment": ""},
    )
    assert response.status_code == 302
    to_editor = [m for m in mail.outbox if "bernburg@example.org" in m.to]
    assert to_editor, [m.to for m in mail.outbox]
    body = to_editor[0].body
    assert "https://klimapartnerschaft.example/de/partnerstaedte/bernburg/" in body
    assert "localhost" not in body


def test_town_editors_dashboard_counts_the_pages_it_can_edit(bernburg_editor):
    # Its town and the conference it hosted: not the 27 pages of the whole site.
    html = bernburg_editor.get("/admin/").content.decode()
    summary = BeautifulSoup(html, "html.parser").find(class_="w-summary")
    assert "2 Seiten, die Sie bearbeiten können" in " ".join(summary.get_text(" ").split())


def test_coordinator_can_edit_every_page_and_publish(client, coordinator):
    client.force_login(coordinator)
    html = client.get(f"/admin/pages/{town('trakai').pk}/edit/").content.decode()
    assert 'name="action-publish"' in html


def test_coordinator_may_change_site_settings(coordinator):
    assert coordinator.has_perm("core.change_sitesettings")


def test_admin_speaks_german_by_default(client, coordinator):
    client.force_login(coordinator)
    soup = BeautifulSoup(client.get("/admin/").content, "html.parser")
    assert soup.html["lang"] == "de"


def test_admin_follows_the_editors_preferred_language(client, coordinator):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(coordinator)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(coordinator)
    soup = BeautifulSoup(client.get("/admin/").content, "html.parser")
    assert soup.html["lang"] == "en"
