"""The guide's first load is small, self-hosted and hashed for far-future caching."""

import gzip
import re

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.test import override_settings

BUDGET_BYTES = 60 * 1024


def _assets(html: str) -> list[str]:
    return re.findall(r'<(?:link|script|img)\b[^>]*\b(?:href|src)="([^"]+)"', html)


def test_the_guide_pages_whole_first_load_fits_in_60_kb_compressed(client, seeded_guide):
    response = client.get("/", HTTP_ACCEPT_ENCODING="gzip")
    assert response["Content-Encoding"] == "gzip"
    total = len(response.content)
    html = gzip.decompress(response.content).decode()
    for url in _assets(html):
        if url.startswith(settings.STATIC_URL) or url.startswith("/" + settings.STATIC_URL):
            path = finders.find(url.split(settings.STATIC_URL, 1)[1])
            with open(path, "rb") as asset:
                total += len(gzip.compress(asset.read()))
    print(f"guide first load: {total} bytes compressed")
    assert total <= BUDGET_BYTES


@pytest.mark.parametrize("url", ["/", "/skills/machine-learning/", "/faq/", "/resources/", "/pathways/compare/"])
def test_every_asset_is_served_by_the_site_itself(client, seeded_guide, url):
    html = client.get(url).content.decode()
    canonical_and_feeds = re.compile(r'<link\b[^>]*rel="(canonical|alternate)"')
    for tag in re.findall(r"<(?:link|script|img)\b[^>]*>", html):
        if canonical_and_feeds.search(tag):
            continue
        for address in re.findall(r'\b(?:href|src)="([^"]+)"', tag):
            assert address.startswith("/static/"), tag


def test_production_static_files_are_hashed_and_precompressed(tmp_path):
    storage = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    with override_settings(STATIC_ROOT=tmp_path, STORAGES=storage):
        call_command("collectstatic", "--noinput", verbosity=0)
        from django.contrib.staticfiles.storage import staticfiles_storage

        hashed = staticfiles_storage.stored_name("css/site.css")
    assert re.fullmatch(r"css/site\.[0-9a-f]{12}\.css", hashed)
    assert (tmp_path / hashed).exists()
    assert (tmp_path / (hashed + ".gz")).exists()
