"""The site's addresses. Apps above the guide (progress, accounts) are included by name, so the
project's URLs import none of them."""

from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from careerguide import views
from careerguide.sitemaps import sitemaps
from core import health

guide_patterns = [
    path("", views.home, name="home"),
    path("careers/<slug:slug>/", views.career, name="career"),
    path("careers/<slug:slug>/faq/", views.faq, name="faq"),
    path("faq/", views.faq_default, name="faq_default"),
    path("roadmap/", views.roadmap, name="roadmap"),
    path("resources/", views.resources, name="resources"),
    path("search/", views.search, name="search"),
]
skill_patterns = [
    path("", views.skill_list, name="list"),
    path("<slug:slug>/", views.skill_detail, name="detail"),
    path("<slug:skill_slug>/<slug:slug>/", views.topic_detail, name="topic"),
]
pathway_patterns = [
    path("", views.pathway_list, name="list"),
    path("compare/", views.pathway_compare, name="compare"),
    path("<slug:slug>/", views.pathway_detail, name="detail"),
]

urlpatterns = [
    path("", include((guide_patterns, "guide"))),
    path("skills/", include((skill_patterns, "skills"))),
    path("pathways/", include((pathway_patterns, "pathways"))),
    path("progress/", include("progress.urls")),
    path("accounts/", include("accounts.urls")),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("admin/", admin.site.urls),
]
handler500 = "core.errors.server_error"
