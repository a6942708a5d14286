from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from careerguide import health, views
from careerguide.sitemaps import sitemaps

guide_patterns = [
    path("", views.home, name="home"),
    path("careers/<slug:slug>/", views.career, name="career"),
    path("careers/<slug:slug>/faq/", views.faq, name="faq"),
    path("faq/", views.faq_default, name="faq_default"),
    path("resources/", views.resources, name="resources"),
    path("search/", views.search, name="search"),
]

urlpatterns = [
    path("", include((guide_patterns, "guide"))),
    path("skills/", include("skills.urls")),
    path("pathways/", include("pathways.urls")),
    path("progress/", include("skills.progress_urls")),
    path("accounts/", include("careerguide.account_urls")),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("admin/", admin.site.urls),
]
handler500 = "careerguide.errors.server_error"
