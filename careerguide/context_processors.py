from django.conf import settings


def site(request):
    """Values every template may use: the absolute site URL for canonical links."""
    return {"SITE_URL": settings.SITE_URL}
