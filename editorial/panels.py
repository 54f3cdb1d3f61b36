"""An editor panel that shouts the embargo at the top of a release's form."""

from __future__ import annotations

from wagtail.admin.panels import Panel

from .embargo import embargo_label, embargo_moment


class EmbargoPanel(Panel):
    """Shows "EMBARGOED UNTIL …" while the release's go-live time is ahead."""

    @property
    def clean_name(self):
        return super().clean_name or "embargo"

    class BoundPanel(Panel.BoundPanel):
        template_name = "editorial/admin/embargo_panel.html"

        def is_shown(self) -> bool:
            return embargo_moment(self.instance) is not None

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            moment = embargo_moment(self.instance)
            context["embargo_label"] = embargo_label(moment) if moment else ""
            scheduled = getattr(self.instance, "pk", None) and (
                self.instance.scheduled_revision is not None
            )
            context["is_scheduled"] = bool(scheduled)
            return context
