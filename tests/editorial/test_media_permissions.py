"""Both communications roles upload images and documents through the admin."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from django.urls import reverse

from wagtail.images.tests.utils import get_test_image_file

from images.models import CustomImage
from tests.editorial.helpers import make_editor, make_lead
from tests.factories import site_pages


class MediaUploadTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        site_pages()
        cls.editor = make_editor()
        cls.lead = make_lead()

    def test_editors_and_leads_upload_images_with_alt_text_and_credit(self):
        for user in (self.editor, self.lead):
            with self.subTest(user=user.username):
                self.client.force_login(user)
                self.assertContains(self.client.get("/admin/"), "/admin/images/")
                response = self.client.post(
                    reverse("wagtailimages:add"),
                    {
                        "title": f"Rally by {user.username}",
                        "file": SimpleUploadedFile(
                            "rally.png", get_test_image_file().file.getvalue()
                        ),
                        "description": "Volunteers hold signs outside City Hall",
                        "credit": "Photo: Ana Ruiz",
                        "collection": 1,
                        "tags": "",
                    },
                )
                self.assertEqual(
                    response.status_code,
                    302,
                    response.content[-3000:],
                )
                image = CustomImage.objects.get(title=f"Rally by {user.username}")
                self.assertEqual(image.credit, "Photo: Ana Ruiz")
                self.assertEqual(
                    image.alt_text, "Volunteers hold signs outside City Hall"
                )

    def test_editors_upload_documents(self):
        self.client.force_login(self.editor)
        response = self.client.post(
            reverse("wagtaildocs:add"),
            {
                "title": "Sign-on letter",
                "file": SimpleUploadedFile("letter.txt", b"We, the undersigned..."),
                "collection": 1,
                "tags": "",
            },
        )
        self.assertEqual(response.status_code, 302)
