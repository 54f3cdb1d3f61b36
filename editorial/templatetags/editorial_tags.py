from django import template

from editorial.embargo import embargo_label, embargo_moment

register = template.Library()


@register.simple_tag
def embargo_notice(release) -> str:
    """ "EMBARGOED UNTIL …" for a release whose go-live time is ahead, else ""."""
    moment = embargo_moment(release)
    return embargo_label(moment) if moment else ""
