"""WSGI entry point, used by gunicorn: `gunicorn careerguide.wsgi`."""

import os
import sys

from django.core.wsgi import get_wsgi_application

from careerguide.env import ConfigError

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "careerguide.settings")

try:
    application = get_wsgi_application()
except ConfigError as exc:
    sys.exit(f"Configuration error: {exc}")
