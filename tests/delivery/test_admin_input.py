"""Malformed addresses that any admin user can type get a 4xx answer, not a 500."""

import pytest
from django.contrib.auth.models import Group
from wagtail.images import get_image_model

from editorial import roles
from pages.models import NewsPage

pytestmark = pytest.mark.django_db


def logged_in(client, django_user_model, group):
    user = django_user_model.objects.create_user("redaktion", "r@example.org", "pw")
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    client.raise_request_exception = False
    return client


@pytest.fixture(params=[roles.COORDINATION, "Redaktion Borne"])
def admin_user(request, client, django_user_model):
    """The coordination, and a town's editors: admin users who are not superusers."""
    return logged_in(client, django_user_model, request.param)


@pytest.fixture
def coordinator(client, django_user_model):
    return logged_in(client, django_user_model, roles.COORDINATION)


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/admin/bulk/wagtailcore/page/delete/?id=abc", 400),
        ("/admin/bulk/wagtailcore/page/delete/?id=1&id=x1", 400),
        ("/admin/images/chooser/chosen/abc/", 400),
        ("/admin/documents/chooser/chosen/abc/", 400),
        ("/admin/api/main/pages/?search=%00", 400),
        ("/admin/api/main/pages/?search=klima%00", 400),
    ],
)
def test_malformed_admin_address_gets_a_client_error(admin_user, url, status):
    assert admin_user.get(url).status_code == status


def test_the_same_views_still_answer_well_formed_requests(coordinator):
    image = get_image_model().objects.first()
    assert coordinator.get(f"/admin/images/chooser/chosen/{image.pk}/").status_code == 200
    assert coordinator.get("/admin/api/main/pages/?search=klima").status_code == 200
    article = NewsPage.objects.first()
    response = coordinator.get(f"/admin/bulk/wagtailcore/page/delete/?id={article.pk}")
    assert response.status_code == 200


def test_client_error_is_a_page_in_both_languages(coordinator):
    """Like the 500 and 503 pages, it renders without the site, whatever the request was."""
    html = coordinator.get("/admin/bulk/wagtailcore/page/delete/?id=abc").content.decode()
    assert "Ungültige Anfrage" in html
    assert '<h2 lang="en">Bad request</h2>' in html
