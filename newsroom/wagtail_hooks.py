"""Admin registration: the organization registry and topics as snippets."""

from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

import django_filters

from .apstyle import STATE_CHOICES
from .models import MembershipStatus, Organization, OrganizationKind, Topic


class OrganizationFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(choices=OrganizationKind.choices)
    state = django_filters.ChoiceFilter(choices=STATE_CHOICES)
    status = django_filters.ChoiceFilter(
        choices=MembershipStatus.choices, label="Membership status"
    )

    class Meta:
        model = Organization
        fields = ["kind", "state", "status"]


class OrganizationViewSet(SnippetViewSet):
    """The coalition's registry of member organizations."""

    model = Organization
    icon = "group"
    menu_label = "Organizations"
    menu_order = 100
    list_display = ["name", "short_name", "kind", "city", "state", "status"]
    list_export = [
        "name",
        "short_name",
        "slug",
        "kind",
        "city",
        "state",
        "website",
        "status",
        "date_joined",
    ]
    filterset_class = OrganizationFilterSet
    ordering = ["name"]
    copy_view_enabled = False


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = "Topics"
    list_display = ["name", "slug"]


class RegistryGroup(SnippetViewSetGroup):
    items = (OrganizationViewSet, TopicViewSet)
    menu_icon = "group"
    menu_label = "Registry"
    menu_name = "registry"
    menu_order = 200


register_snippet(RegistryGroup)
