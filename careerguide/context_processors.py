from django.conf import settings


def site(request):
    """Values every template may use: the absolute site URL for canonical links, and how many days
    a visitor's progress lasts in their browser after their last change (the session's lifetime)."""
    return {"SITE_URL": settings.SITE_URL, "VISITOR_DAYS": settings.SESSION_COOKIE_AGE // 86400}
