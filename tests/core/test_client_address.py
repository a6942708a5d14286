"""Login throttling sees the real client address behind a load balancer, and a forged one is ignored."""

import pytest
from axes.helpers import get_client_ip_address
from django.test import RequestFactory, override_settings

BEHIND_ONE_PROXY = {
    "AXES_IPWARE_META_PRECEDENCE_ORDER": ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"],
    "AXES_IPWARE_PROXY_ORDER": "left-most",
    "AXES_IPWARE_PROXY_COUNT": 0,
}
LOAD_BALANCER = "10.0.0.5"


def address(**meta) -> str | None:
    return get_client_ip_address(RequestFactory().get("/", REMOTE_ADDR=LOAD_BALANCER, **meta))


def test_without_a_proxy_the_connecting_address_counts_and_the_header_is_ignored():
    assert address(HTTP_X_FORWARDED_FOR="203.0.113.7") == LOAD_BALANCER


@override_settings(**BEHIND_ONE_PROXY)
def test_behind_a_load_balancer_the_client_address_comes_from_x_forwarded_for():
    assert address(HTTP_X_FORWARDED_FOR="203.0.113.7") == "203.0.113.7"


@override_settings(**BEHIND_ONE_PROXY)
def test_a_client_cannot_forge_its_address_by_padding_the_header():
    assert address(HTTP_X_FORWARDED_FOR="198.51.100.99, 203.0.113.7") == LOAD_BALANCER


@pytest.mark.parametrize("env,expected", [({}, ["REMOTE_ADDR"]), ({"BEHIND_PROXY": "true"}, ["HTTP_X_FORWARDED_FOR"])])
def test_the_setting_follows_behind_proxy(env, expected):
    import os
    import subprocess
    import sys

    clean = {k: v for k, v in os.environ.items() if k not in {"BEHIND_PROXY", "DJANGO_SETTINGS_MODULE"}}
    script = "from django.conf import settings; print(settings.AXES_IPWARE_META_PRECEDENCE_ORDER[0])"
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "shell", "-c", script],
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout.strip().splitlines()[-1] == expected[0]
