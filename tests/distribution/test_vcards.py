"""Media contacts as vCards."""

from __future__ import annotations

from django.test import SimpleTestCase, TestCase

from distribution.vcard import contact_vcard, escape, fold
from newsroom.models import MediaContact

from .helpers import build_newsroom


class VCardFormatTests(SimpleTestCase):
    def test_text_values_are_escaped(self):
        self.assertEqual(
            escape("Ortiz, Sam; press\\desk\nline 2"),
            "Ortiz\\, Sam\\; press\\\\desk\\nline 2",
        )

    def test_long_lines_fold_at_75_octets_without_splitting_characters(self):
        line = "NOTE:" + "Ñandú " * 30
        folded = fold(line)
        parts = folded.split("\r\n")
        self.assertGreater(len(parts), 1)
        for index, part in enumerate(parts):
            self.assertLessEqual(len(part.encode()), 75)
            if index:
                self.assertTrue(part.startswith(" "))
        self.assertEqual("".join(p[1:] if i else p for i, p in enumerate(parts)), line)

    def test_card_structure(self):
        contact = MediaContact(
            name="María José Ortiz",
            organization="Lakeshore Worker Center; Press Office",
            email="press@lakeshore.example.org",
            phone="(312) 555-0142",
        )
        text = contact_vcard(contact, "County, state agree", "https://example.org/r/")
        self.assertTrue(text.endswith("\r\n"))
        self.assertNotIn("\n", text.replace("\r\n", ""))
        lines = text.split("\r\n")[:-1]
        self.assertEqual(lines[0], "BEGIN:VCARD")
        self.assertEqual(lines[1], "VERSION:3.0")
        self.assertEqual(lines[-1], "END:VCARD")
        self.assertIn("N:Ortiz;María José;;;", lines)
        self.assertIn("FN:María José Ortiz", lines)
        self.assertIn("ORG:Lakeshore Worker Center\\; Press Office", lines)
        self.assertIn("EMAIL;TYPE=INTERNET,WORK:press@lakeshore.example.org", lines)
        self.assertIn("TEL;TYPE=WORK,VOICE:(312) 555-0142", lines)
        self.assertIn("URL:https://example.org/r/", lines)
        self.assertIn("NOTE:Media contact for “County\\, state agree”", lines)


class VCardViewTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.n = build_newsroom()

    def test_download_for_a_live_release_contact(self):
        contact = self.n.lead.media_contacts.first()
        response = self.client.get(f"/contacts/{contact.pk}.vcf")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "text/vcard; charset=utf-8")
        self.assertEqual(
            response["Content-Disposition"], 'attachment; filename="sam-ortiz.vcf"'
        )
        body = response.content.decode()
        self.assertTrue(body.startswith("BEGIN:VCARD\r\nVERSION:3.0\r\n"))
        self.assertIn("FN:Sam Ortiz\r\n", body)
        self.assertIn("EMAIL;TYPE=INTERNET,WORK:press@coalition.example.org\r\n", body)
        self.assertIn(f"URL:http://localhost{self.n.lead.url}\r\n", body)

    def test_release_links_each_contact_vcard(self):
        contact = self.n.lead.media_contacts.first()
        html = self.client.get(self.n.lead.url).content.decode()
        self.assertIn(f'href="/contacts/{contact.pk}.vcf"', html)

    def test_contacts_of_unpublished_releases_are_404(self):
        for release in (self.n.draft, self.n.embargoed, self.n.private):
            contact = MediaContact.objects.filter(page_id=release.pk).first()
            with self.subTest(release=release.title):
                self.assertIsNotNone(contact)
                response = self.client.get(f"/contacts/{contact.pk}.vcf")
                self.assertEqual(response.status_code, 404)
        self.assertEqual(self.client.get("/contacts/999999.vcf").status_code, 404)
