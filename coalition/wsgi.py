"""WSGI entry point; production uses coalition.settings.production."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "coalition.settings.production")

application = get_wsgi_application()
