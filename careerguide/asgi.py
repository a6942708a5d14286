"""ASGI entry point, for servers that speak ASGI."""

import os
import sys

from django.core.asgi import get_asgi_application

from careerguide.env import ConfigError

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "careerguide.settings")

try:
    application = get_asgi_application()
except ConfigError as exc:
    sys.exit(f"Configuration error: {exc}")
