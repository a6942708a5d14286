"""The sitemap: published careers, their FAQ, skills and their topics, pathways and the list pages.

django.contrib.sites is not installed, so Django would take the domain from the
request's Host header; we build every URL from settings.SITE_URL instead.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from careerguide.models import Career
from core.content import Status
from pathways.models import Pathway
from skills.models import Skill, Topic


class SiteURLSitemap(Sitemap):
    def get_protocol(self, protocol=None):
        return urlsplit(settings.SITE_URL).scheme or "https"

    def get_domain(self, site=None):
        parts = urlsplit(settings.SITE_URL)
        return parts.netloc + parts.path.rstrip("/")


class PageSitemap(SiteURLSitemap):
    """The pages that are not one piece of content."""

    changefreq = "weekly"

    def items(self):
        return [
            "guide:home",
            "guide:roadmap",
            "skills:list",
            "pathways:list",
            "pathways:compare",
            "guide:faq_default",
            "guide:resources",
        ]

    def location(self, item):
        return reverse(item)


class CareerSitemap(SiteURLSitemap):
    """Careers other than the default, whose guide and FAQ are the home page and /faq/ (PageSitemap)."""

    changefreq = "weekly"

    def items(self):
        return Career.objects.published().exclude(is_default=True)

    def lastmod(self, obj):
        return obj.updated_at


class CareerFAQSitemap(CareerSitemap):
    def location(self, item):
        return reverse("guide:faq", kwargs={"slug": item.slug})


class SkillSitemap(SiteURLSitemap):
    changefreq = "monthly"

    def items(self):
        return Skill.objects.published()

    def lastmod(self, obj):
        return obj.updated_at


class TopicSitemap(SiteURLSitemap):
    """Published topics of published skills (a topic's address names its skill)."""

    changefreq = "monthly"

    def items(self):
        return Topic.objects.published().filter(skill__status=Status.PUBLISHED).select_related("skill")

    def lastmod(self, obj):
        return obj.updated_at


class PathwaySitemap(SiteURLSitemap):
    changefreq = "monthly"

    def items(self):
        return Pathway.objects.published()

    def lastmod(self, obj):
        return obj.updated_at


sitemaps = {
    "pages": PageSitemap,
    "careers": CareerSitemap,
    "faq": CareerFAQSitemap,
    "skills": SkillSitemap,
    "topics": TopicSitemap,
    "pathways": PathwaySitemap,
}
