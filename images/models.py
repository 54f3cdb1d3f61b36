from django.db import models

from wagtail.images.models import AbstractImage, AbstractRendition, Image


class CustomImage(AbstractImage):
    """An image with the alt text and credit that journalists and screen readers need.

    Wagtail's own ``description`` field is what it uses as alt text when an
    image is inserted into rich text, so it is relabelled as the alt text
    rather than duplicated.
    """

    description = models.CharField(
        "alt text",
        blank=True,
        max_length=255,
        default="",
        help_text="Describe the image for people who cannot see it, e.g. "
        "“Volunteers register voters outside a church in Phoenix”.",
    )
    credit = models.CharField(
        "photo credit",
        max_length=255,
        blank=True,
        help_text="Photographer or source, shown with the image, e.g. "
        "“Photo: Ana Ruiz / Example Coalition”.",
    )

    admin_form_fields = (*Image.admin_form_fields, "credit")

    @property
    def alt_text(self) -> str:
        return self.description


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(
        CustomImage, on_delete=models.CASCADE, related_name="renditions"
    )

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
