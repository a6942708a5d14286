"""The deployment files in deploy/ are valid and agree with each other and with the app.

Nothing can be built or run here, so the files are checked offline: the Kubernetes manifests against
the Kubernetes JSON schemas shipped by kubernetes-validate, docker-compose.yml against the Compose
Specification schema shipped by check-jsonschema, and everything else by reading it.
"""

from __future__ import annotations

import ipaddress
import json
import os
import re
import runpy
import shlex
import socket
import subprocess
import sys
import time
from importlib.resources import files
from pathlib import Path
from types import FunctionType, ModuleType

import gunicorn.config
import jsonschema
import kubernetes_validate
import pytest
import yaml
from kubernetes_validate.utils import all_versions

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
K8S = DEPLOY / "k8s"
GUNICORN_CONF = DEPLOY / "gunicorn.conf.py"

MANIFESTS = [
    "namespace.yaml",
    "configmap.yaml",
    "secret.example.yaml",
    "deployment.yaml",
    "service.yaml",
    "ingress.yaml",
    "hpa.yaml",
    "migrate-job.yaml",
    "pdb.yaml",
    "redis.yaml",
    "redis-service.yaml",
]
# The oldest and the newest Kubernetes the pinned kubernetes-validate has schemas for.
KUBERNETES_VERSIONS = [all_versions()[0], all_versions()[-1]]
APP_LABELS = {"app.kubernetes.io/name": "careerguide"}
APP_UID = 10001
# Variables for the bundled PostgreSQL and Redis and the published port, read by compose itself.
COMPOSE_ONLY_VARIABLES = {"POSTGRES_PASSWORD", "WEB_PORT", "REDIS_MAXMEMORY"}
MIGRATE_COMMAND = "python manage.py migrate --noinput && python manage.py load_guide --if-empty"

# Files and fresh processes, the same on any database: CI runs these once (the ops marker, see .ci/run).
pytestmark = pytest.mark.ops


def _settings_variables() -> set[str]:
    source = (ROOT / "careerguide" / "settings.py").read_text()
    return set(re.findall(r"\benv_(?:str|bool|int|list|choice)\(\s*\"([A-Z0-9_]+)\"", source))


def _gunicorn_variables() -> set[str]:
    source = GUNICORN_CONF.read_text()
    return set(re.findall(r"\benv_(?:str|bool|int|list|choice)\(\s*[\"']([A-Z0-9_]+)[\"']", source))


def _manifest(name: str) -> dict:
    (document,) = yaml.safe_load_all((K8S / name).read_text())
    return document


def _compose() -> dict:
    return yaml.safe_load((DEPLOY / "docker-compose.yml").read_text())


def _dockerfile_instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, with continuation lines joined and comments dropped."""
    logical, current = [], ""
    for line in (DEPLOY / "Dockerfile").read_text().splitlines():
        if not current and (not line.strip() or line.lstrip().startswith("#")):
            continue
        if line.rstrip().endswith("\\"):
            current += line.rstrip()[:-1] + " "
            continue
        logical.append(current + line)
        current = ""
    return [(text.split(None, 1)[0].upper(), text.split(None, 1)[1].strip()) for text in logical]


def _instructions(name: str) -> list[str]:
    return [arguments for instruction, arguments in _dockerfile_instructions() if instruction == name]


def _env_example() -> dict[str, str]:
    """Every NAME=value in env.example, including the commented-out ones ("# NAME=")."""
    names = {}
    for line in (DEPLOY / "env.example").read_text().splitlines():
        match = re.match(r"^#?\s*([A-Z][A-Z0-9_]*)=(.*)$", line)
        if match:
            names[match[1]] = match[2]
    return names


def _pod_spec(manifest: dict) -> dict:
    return manifest["spec"]["template"]["spec"]


def _web_container() -> dict:
    (container,) = _pod_spec(_manifest("deployment.yaml"))["containers"]
    return container


def _dockerfile_environment() -> dict[str, str]:
    """The final image's ENV, as NAME: value."""
    return dict(word.split("=", 1) for arguments in _instructions("ENV") for word in shlex.split(arguments))


def _gunicorn_settings(monkeypatch, **env: str) -> dict:
    for name in _gunicorn_variables():
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    namespace = runpy.run_path(str(GUNICORN_CONF))
    return {
        name: value
        for name, value in namespace.items()
        if not name.startswith("_")
        and name != "annotations"
        and not isinstance(value, ModuleType | FunctionType | type)
    }


# --- Kubernetes: the real schemas ---------------------------------------------------------------


@pytest.mark.parametrize("version", KUBERNETES_VERSIONS)
@pytest.mark.parametrize("name", MANIFESTS)
def test_manifest_matches_the_kubernetes_schema(name, version):
    # strict: an unknown or misspelt field is an error, as `kubectl apply --validate=strict` makes it.
    kubernetes_validate.validate(_manifest(name), version, strict=True)


def test_kubernetes_schema_check_catches_a_misspelt_field():
    deployment = _manifest("deployment.yaml")
    deployment["spec"]["replica"] = deployment["spec"].pop("replicas")
    with pytest.raises(kubernetes_validate.ValidationError, match="replica"):
        kubernetes_validate.validate(deployment, KUBERNETES_VERSIONS[-1], strict=True)


# --- Kubernetes: the manifests agree with each other and with the app ---------------------------


def test_every_manifest_is_labelled_and_in_the_namespace():
    namespace = _manifest("namespace.yaml")["metadata"]["name"]
    for name in MANIFESTS:
        metadata = _manifest(name)["metadata"]
        assert APP_LABELS.items() <= metadata["labels"].items(), name
        if name != "namespace.yaml":
            assert metadata["namespace"] == namespace, name


def test_namespace_enforces_the_restricted_pod_security_standard():
    labels = _manifest("namespace.yaml")["metadata"]["labels"]
    assert labels["pod-security.kubernetes.io/enforce"] == "restricted"


def test_service_pdb_and_hpa_select_exactly_the_web_pods():
    deployment = _manifest("deployment.yaml")
    pod_labels = deployment["spec"]["template"]["metadata"]["labels"]
    selector = deployment["spec"]["selector"]["matchLabels"]
    assert selector.items() <= pod_labels.items()
    assert APP_LABELS.items() <= pod_labels.items()

    service_selector = _manifest("service.yaml")["spec"]["selector"]
    assert service_selector.items() <= pod_labels.items()
    job_pod_labels = _manifest("migrate-job.yaml")["spec"]["template"]["metadata"]["labels"]
    assert not service_selector.items() <= job_pod_labels.items(), "the migration pod would get traffic"

    assert _manifest("pdb.yaml")["spec"]["selector"]["matchLabels"] == selector
    target = _manifest("hpa.yaml")["spec"]["scaleTargetRef"]
    assert (target["apiVersion"], target["kind"], target["name"]) == (
        deployment["apiVersion"],
        deployment["kind"],
        deployment["metadata"]["name"],
    )


def test_replica_counts_leave_room_for_disruptions_and_rollouts():
    deployment, hpa, pdb = _manifest("deployment.yaml"), _manifest("hpa.yaml"), _manifest("pdb.yaml")
    assert deployment["spec"]["replicas"] == hpa["spec"]["minReplicas"] == 2
    assert hpa["spec"]["maxReplicas"] == 10
    (metric,) = hpa["spec"]["metrics"]
    assert metric["resource"] == {"name": "cpu", "target": {"type": "Utilization", "averageUtilization": 70}}
    # With minAvailable equal to the smallest replica count a node drain could never evict a pod.
    assert pdb["spec"]["minAvailable"] < hpa["spec"]["minReplicas"]
    assert deployment["spec"]["strategy"]["rollingUpdate"]["maxUnavailable"] == 0


def test_probes_ask_the_health_views_on_the_container_port():
    container = _web_container()
    ports = {port["name"]: port["containerPort"] for port in container["ports"]}
    assert list(ports.values()) == [8000]

    expected_paths = {"startupProbe": "/healthz", "livenessProbe": "/healthz", "readinessProbe": "/readyz"}
    for probe, path in expected_paths.items():
        request = container[probe]["httpGet"]
        assert request["path"] == path, probe
        assert ports.get(request["port"], request["port"]) == 8000, probe


def test_probes_get_past_the_host_check_and_the_https_redirect():
    config = _manifest("configmap.yaml")["data"]
    allowed_hosts = config["ALLOWED_HOSTS"].split(",")
    assert config["BEHIND_PROXY"] == "true"  # else Django ignores X-Forwarded-Proto and redirects
    container = _web_container()
    for probe in ("startupProbe", "livenessProbe", "readinessProbe"):
        headers = {header["name"]: header["value"] for header in container[probe]["httpGet"]["httpHeaders"]}
        assert headers["Host"] in allowed_hosts, probe
        assert headers["X-Forwarded-Proto"] == "https", probe


@pytest.mark.parametrize("name", ["deployment.yaml", "migrate-job.yaml"])
def test_pods_run_unprivileged_with_a_read_only_root(name):
    spec = _pod_spec(_manifest(name))
    assert spec["securityContext"]["runAsNonRoot"] is True
    assert spec["securityContext"]["runAsUser"] == APP_UID
    assert spec["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
    assert spec["automountServiceAccountToken"] is False
    volumes = {volume["name"] for volume in spec["volumes"]}
    for container in spec["containers"]:
        context = container["securityContext"]
        assert context["allowPrivilegeEscalation"] is False
        assert context["readOnlyRootFilesystem"] is True
        assert context["capabilities"] == {"drop": ["ALL"]}
        assert {"cpu", "memory"} <= container["resources"]["requests"].keys()
        assert {"cpu", "memory"} <= container["resources"]["limits"].keys()
        mounts = {mount["mountPath"]: mount["name"] for mount in container["volumeMounts"]}
        assert "/tmp" in mounts  # noqa: S108
        assert set(mounts.values()) <= volumes


def test_the_web_pod_has_the_gunicorn_heartbeat_directory_and_enough_grace(monkeypatch):
    spec = _pod_spec(_manifest("deployment.yaml"))
    container = _web_container()
    gunicorn_settings = _gunicorn_settings(monkeypatch)
    assert gunicorn_settings["worker_tmp_dir"] in {mount["mountPath"] for mount in container["volumeMounts"]}
    pre_stop = container["lifecycle"]["preStop"]["exec"]["command"]
    assert pre_stop[0] == "sleep"
    assert spec["terminationGracePeriodSeconds"] > int(pre_stop[1]) + gunicorn_settings["graceful_timeout"]


def test_job_and_deployment_run_the_same_image_with_the_same_settings():
    (job_container,) = _pod_spec(_manifest("migrate-job.yaml"))["containers"]
    web = _web_container()
    assert job_container["image"] == web["image"] == "careerguide:latest"
    assert job_container["envFrom"] == web["envFrom"]
    assert job_container["command"] == ["sh", "-c", MIGRATE_COMMAND]

    job = _manifest("migrate-job.yaml")["spec"]
    assert job["backoffLimit"] == 3
    assert job["ttlSecondsAfterFinished"] > 0
    assert job["template"]["spec"]["restartPolicy"] in {"Never", "OnFailure"}


def test_env_from_names_the_configmap_and_the_secret():
    sources = _web_container()["envFrom"]
    assert {source["configMapRef"]["name"] for source in sources if "configMapRef" in source} == {
        _manifest("configmap.yaml")["metadata"]["name"]
    }
    assert {source["secretRef"]["name"] for source in sources if "secretRef" in source} == {
        _manifest("secret.example.yaml")["metadata"]["name"]
    }


def test_configmap_and_secret_set_only_variables_the_app_reads():
    readers = _settings_variables() | _gunicorn_variables()
    config = _manifest("configmap.yaml")["data"]
    secret = _manifest("secret.example.yaml")["stringData"]
    assert set(config) | set(secret) <= readers
    assert not set(config) & set(secret)
    assert set(secret) == {"SECRET_KEY", "DATABASE_URL", "REDIS_URL", "EMAIL_HOST_PASSWORD"}
    assert all(isinstance(value, str) for value in config.values()), "ConfigMap values must be strings"
    assert config["DJANGO_ENV"] == "production"
    # The Service reaches the pod on its containerPort, so gunicorn listens there on every interface.
    assert config["BIND"] == f"0.0.0.0:{_web_container()['ports'][0]['containerPort']}"


def test_secret_template_holds_only_placeholders_the_app_refuses():
    secret = _manifest("secret.example.yaml")["stringData"]
    assert all("REPLACE-ME" in value for value in secret.values())
    # Applied unchanged, the placeholder key stops start-up (production wants 50+ characters).
    assert len(secret["SECRET_KEY"]) < 50


def test_ingress_serves_the_configured_host_over_tls_to_the_service():
    ingress = _manifest("ingress.yaml")["spec"]
    service = _manifest("service.yaml")
    config = _manifest("configmap.yaml")["data"]
    assert ingress["ingressClassName"] == "nginx"
    (rule,) = ingress["rules"]
    (tls,) = ingress["tls"]
    assert tls["hosts"] == [rule["host"]] == ["guide.example.com"]
    assert rule["host"] in config["ALLOWED_HOSTS"].split(",")
    assert config["SITE_URL"] == f"https://{rule['host']}"
    assert f"https://{rule['host']}" in config["CSRF_TRUSTED_ORIGINS"].split(",")

    (path,) = rule["http"]["paths"]
    backend = path["backend"]["service"]
    assert backend["name"] == service["metadata"]["name"]
    (service_port,) = service["spec"]["ports"]
    assert backend["port"] in ({"name": service_port["name"]}, {"number": service_port["port"]})
    assert service["spec"]["type"] == "ClusterIP"
    assert service_port["port"] == 80
    container_ports = {port["name"]: port["containerPort"] for port in _web_container()["ports"]}
    assert container_ports.get(service_port["targetPort"], service_port["targetPort"]) == 8000


# --- Compose ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def compose_schema() -> dict:
    schema_file = files("check_jsonschema.builtin_schemas.vendor") / "compose-spec.json"
    schema = json.loads(schema_file.read_text())
    assert schema["title"] == "Compose Specification"
    return schema


def test_compose_file_matches_the_compose_specification(compose_schema):
    jsonschema.Draft202012Validator(compose_schema).validate(_compose())


def test_compose_schema_check_catches_a_misspelt_field(compose_schema):
    compose = _compose()
    compose["services"]["web"]["depend_on"] = compose["services"]["web"].pop("depends_on")
    with pytest.raises(jsonschema.ValidationError, match="depend_on"):
        jsonschema.Draft202012Validator(compose_schema).validate(compose)


def test_compose_starts_web_after_a_successful_migration_and_healthy_services():
    services = _compose()["services"]
    web, migrate = services["web"], services["migrate"]
    assert web["build"] == {"context": "..", "dockerfile": "deploy/Dockerfile"}
    assert (DEPLOY / web["build"]["context"] / web["build"]["dockerfile"]).is_file()
    assert web["depends_on"] == {
        "migrate": {"condition": "service_completed_successfully"},
        "db": {"condition": "service_healthy"},
        "redis": {"condition": "service_healthy"},
    }
    assert "test" in web["healthcheck"]
    assert migrate["image"] == web["image"]
    assert migrate["command"] == ["sh", "-c", MIGRATE_COMMAND]
    assert migrate["restart"] == "no"

    assert services["db"]["image"] == "postgres:15"
    assert "pg_isready" in " ".join(services["db"]["healthcheck"]["test"])
    db_volume = services["db"]["volumes"][0].split(":")[0]
    assert db_volume in _compose()["volumes"]
    assert services["redis"]["image"] == "redis:7"
    assert services["redis"]["command"][:5] == ["redis-server", "--save", "", "--appendonly", "no"]
    assert services["redis"]["healthcheck"]["test"] == ["CMD", "redis-cli", "ping"]


def test_compose_binds_all_interfaces_on_the_port_it_publishes_and_checks():
    web = _compose()["services"]["web"]
    assert web["environment"]["BIND"] == "0.0.0.0:8000"
    (published,) = web["ports"]
    assert published.startswith("127.0.0.1:")  # this machine only
    assert published.rsplit(":", 1)[1] == "8000"
    assert "127.0.0.1:8000/healthz" in web["healthcheck"]["test"][3]


def test_compose_refuses_to_start_without_a_secret_key():
    environment = _compose()["services"]["web"]["environment"]
    assert re.fullmatch(r"\$\{SECRET_KEY:\?[^}]+\}", environment["SECRET_KEY"])


def test_compose_passes_only_variables_the_app_reads_and_env_example_documents_them():
    environment = _compose()["services"]["web"]["environment"]
    assert set(environment) <= _settings_variables() | _gunicorn_variables()
    referenced = set(re.findall(r"\$\{([A-Z0-9_]+)", (DEPLOY / "docker-compose.yml").read_text()))
    assert referenced <= set(_env_example())


def test_env_example_documents_every_variable_and_holds_no_secret():
    documented = _env_example()
    assert _settings_variables() | _gunicorn_variables() | COMPOSE_ONLY_VARIABLES == set(documented)
    for name in ("SECRET_KEY", "POSTGRES_PASSWORD", "EMAIL_HOST_PASSWORD"):
        assert documented[name] == "", name
    # Every variable sits in a block (no blank line between) that a comment opens.
    blocks = (DEPLOY / "env.example").read_text().split("\n\n")
    assert all(block.lstrip("\n").startswith("#") for block in blocks if block.strip())


# --- Dockerfile ---------------------------------------------------------------------------------


def test_dockerfile_builds_from_slim_python_in_two_stages():
    stages = _instructions("FROM")
    assert len(stages) == 2
    assert stages[0] == "python:3.11-slim AS builder"
    assert stages[1] == "python:3.11-slim"
    assert any("--from=builder" in arguments for arguments in _instructions("COPY"))


def test_dockerfile_fetches_nothing_with_add():
    assert not any(re.search(r"https?://", arguments) for arguments in _instructions("ADD"))


def test_dockerfile_runs_as_the_unprivileged_user():
    (user,) = _instructions("USER")
    assert user.split(":")[0] not in {"root", "0"}
    assert user == f"{APP_UID}:{APP_UID}"
    assert any(f"--uid {APP_UID}" in arguments for arguments in _instructions("RUN"))
    instructions = [instruction for instruction, _ in _dockerfile_instructions()]
    assert instructions.index("USER") > max(i for i, name in enumerate(instructions) if name == "RUN")


def test_dockerfile_sets_the_runtime_environment_but_bakes_in_no_secret():
    environment = " ".join(_instructions("ENV"))
    for setting in ("PYTHONDONTWRITEBYTECODE=1", "PYTHONUNBUFFERED=1", "DJANGO_ENV=production"):
        assert setting in environment
    for name in ("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"):
        assert name not in environment
    assert not _instructions("ARG")


def test_dockerfile_collects_static_files_with_production_settings():
    (collectstatic,) = [arguments for arguments in _instructions("RUN") if "collectstatic" in arguments]
    words = shlex.split(collectstatic)
    build_env = dict(word.split("=", 1) for word in words[: words.index("python")])
    assert build_env["DJANGO_ENV"] == "production"
    assert build_env["STATIC_MANIFEST"] == "true"
    assert words[words.index("python") :] == ["python", "manage.py", "collectstatic", "--noinput"]

    # The throwaway key and hosts must satisfy the production settings, or the build fails.
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL", "DEBUG"}}
    env.update(build_env, DJANGO_SETTINGS_MODULE="careerguide.settings")
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


def test_dockerfile_installs_the_runtime_lock_with_hashes_unfiltered():
    (copy,) = [arguments.split() for arguments in _instructions("COPY") if "requirements.txt" in arguments]
    assert copy[0] == "requirements.txt"
    (install,) = [arguments for arguments in _instructions("RUN") if copy[1] in arguments]
    assert "awk" not in install
    assert re.search(rf"pip install --require-hashes --requirement {re.escape(copy[1])}$", install)


def _locked(name: str) -> dict[str, str]:
    """{package: version} from a lock file, after checking each pin carries its hashes."""
    text = (ROOT / name).read_text()
    pins = {}
    for block in re.split(r"\n(?=\S)", text):
        line = block.splitlines()[0]
        if line.startswith("#"):
            continue
        match = re.fullmatch(r"([a-z0-9-]+)(?:\[[a-z,]+\])?==(\S+)(?: ;.*)? \\", line)
        assert match, f"{name}: {line!r} is not an exact pin"
        assert "--hash=sha256:" in block, f"{name}: {match[1]} has no hash"
        pins[match[1]] = match[2]
    return pins


@pytest.mark.parametrize("name", ["requirements.txt", "requirements-dev.txt"])
def test_lock_files_pin_everything_with_hashes_and_name_no_index_or_local_path(name):
    text = (ROOT / name).read_text()
    assert _locked(name)
    assert not re.search(r"^\s*--(?:index-url|extra-index-url|find-links|trusted-host)", text, re.MULTILINE)
    assert "://" not in text
    assert not re.search(r"(?:^|\s)/(?:tmp|root|home|work|opt)/", text), "absolute path in a lock file"
    assert "make lock" in text.splitlines()[1]  # how to regenerate it


def test_runtime_lock_has_no_tools_and_the_development_lock_has_it_all():
    runtime, development = _locked("requirements.txt"), _locked("requirements-dev.txt")
    assert {"django", "gunicorn", "whitenoise", "psycopg", "psycopg-binary", "redis", "dj-database-url"} <= set(runtime)
    assert not set(runtime) & {"pytest", "playwright", "ruff", "kubernetes-validate", "bandit", "pip-audit"}
    assert {"pytest", "playwright", "ruff", "bandit"} <= set(development)
    assert {package: development.get(package) for package in runtime} == runtime


def test_dockerfile_exposes_the_port_gunicorn_binds(monkeypatch):
    assert _instructions("EXPOSE") == ["8000"]
    image_env = _dockerfile_environment()
    assert image_env["BIND"] == "0.0.0.0:8000"  # loopback would be unreachable from outside the container
    assert _gunicorn_settings(monkeypatch, BIND=image_env["BIND"])["bind"] == "0.0.0.0:8000"


def test_dockerfile_healthcheck_asks_healthz_with_python():
    (healthcheck,) = _instructions("HEALTHCHECK")
    command = json.loads(healthcheck[healthcheck.index("CMD") + len("CMD") :])
    assert command[:2] == ["python", "-c"]
    assert "/healthz" in command[2]
    assert "urllib" in command[2]
    compile(command[2], "HEALTHCHECK", "exec")

    compose_test = _compose()["services"]["web"]["healthcheck"]["test"]
    assert compose_test[:4] == ["CMD", "python", "-c", compose_test[3]]
    compile(compose_test[3], "compose healthcheck", "exec")


@pytest.mark.parametrize(
    "env,expected",
    [
        ({"BIND": "0.0.0.0:8000"}, "http://127.0.0.1:8000/healthz"),
        ({"BIND": "[::]:9000", "PORT": "8000"}, "http://127.0.0.1:9000/healthz"),
        ({"BIND": "", "PORT": "8100"}, "http://127.0.0.1:8100/healthz"),
    ],
)
def test_dockerfile_healthcheck_asks_the_port_gunicorn_binds(monkeypatch, env, expected):
    (healthcheck,) = _instructions("HEALTHCHECK")
    code = json.loads(healthcheck[healthcheck.index("CMD") + len("CMD") :])[2]
    for name in ("ALLOWED_HOSTS", "BIND", "PORT"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    asked = []

    class Answer:
        status = 200

    def urlopen(request, timeout):
        asked.append(request.full_url)
        return Answer()

    monkeypatch.setattr("urllib.request.urlopen", urlopen)
    with pytest.raises(SystemExit) as exit_info:
        exec(code, {})  # noqa: S102 - the image's own health check, against a stand-in urlopen
    assert exit_info.value.code == 0
    assert asked == [expected]


def test_dockerfile_starts_gunicorn_with_the_deploy_config():
    (cmd,) = _instructions("CMD")
    assert json.loads(cmd) == ["gunicorn", "--config", "deploy/gunicorn.conf.py", "careerguide.wsgi"]


def test_dockerignore_keeps_secrets_tests_and_local_state_out():
    patterns = {
        line.strip()
        for line in (DEPLOY / "Dockerfile.dockerignore").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    }
    expected = {".git", ".venv", ".secret_key", "*.sqlite3*", "staticfiles", "node_modules", "tests"}
    assert expected <= patterns
    assert "**/__pycache__" in patterns
    assert "**/.env" in patterns


# --- gunicorn.conf.py ---------------------------------------------------------------------------


def test_gunicorn_defaults(monkeypatch):
    settings = _gunicorn_settings(monkeypatch)
    assert settings["bind"] == "127.0.0.1:8000"  # loopback unless BIND says otherwise
    assert settings["workers"] >= 2
    assert settings["worker_class"] == "gthread"
    assert settings["threads"] == 4
    assert (settings["timeout"], settings["graceful_timeout"], settings["keepalive"]) == (30, 30, 5)
    assert (settings["max_requests"], settings["max_requests_jitter"]) == (50000, 5000)
    assert settings["accesslog"] is None
    assert settings["errorlog"] == "-"
    assert settings["forwarded_allow_ips"] == "127.0.0.1,::1"
    if os.path.isdir("/dev/shm"):  # noqa: S108
        assert settings["worker_tmp_dir"] == "/dev/shm"  # noqa: S108


def test_gunicorn_reads_the_environment(monkeypatch):
    settings = _gunicorn_settings(
        monkeypatch,
        PORT="9000",
        WEB_CONCURRENCY="3",
        GUNICORN_THREADS="8",
        FORWARDED_ALLOW_IPS="10.0.0.0/8",
        LOG_LEVEL="WARNING",
    )
    assert settings["bind"] == "127.0.0.1:9000"
    assert settings["workers"] == 3
    assert settings["threads"] == 8
    assert settings["forwarded_allow_ips"] == "10.0.0.0/8"
    assert settings["loglevel"] == "warning"


@pytest.mark.parametrize("bind", ["0.0.0.0:8000", "[::]:8080", "10.1.2.3:9000"])
def test_gunicorn_binds_what_bind_says_whatever_the_port(monkeypatch, bind):
    assert _gunicorn_settings(monkeypatch, BIND=bind, PORT="7000")["bind"] == bind


def test_gunicorn_ignores_an_empty_bind(monkeypatch):
    assert _gunicorn_settings(monkeypatch, BIND="  ", PORT="7000")["bind"] == "127.0.0.1:7000"


@pytest.mark.parametrize(
    "value,expected",
    [("*", "*"), ("10.0.0.1, 10.0.0.2", "10.0.0.1,10.0.0.2"), ("", "127.0.0.1,::1")],
)
def test_gunicorn_trusts_forwarded_headers_from_forwarded_allow_ips(monkeypatch, value, expected):
    assert _gunicorn_settings(monkeypatch, FORWARDED_ALLOW_IPS=value)["forwarded_allow_ips"] == expected


@pytest.mark.parametrize(
    "env,message",
    [
        ({"WEB_CONCURRENCY": "many"}, "WEB_CONCURRENCY='many' is not a whole number"),
        ({"WEB_CONCURRENCY": "0"}, "WEB_CONCURRENCY=0 must be at least 1"),
        ({"GUNICORN_THREADS": "0"}, "GUNICORN_THREADS=0 must be at least 1"),
        ({"PORT": "80000"}, "PORT=80000 must be between 1 and 65535"),
        ({"FORWARDED_ALLOW_IPS": "10.0.0.1,,10.0.0.2"}, "FORWARDED_ALLOW_IPS='10.0.0.1,,10.0.0.2' has an empty entry"),
        ({"FORWARDED_ALLOW_IPS": "proxy.local"}, "FORWARDED_ALLOW_IPS='proxy.local': 'proxy.local' is not an IP"),
        ({"FORWARDED_ALLOW_IPS": "10.0.0.1,*"}, "FORWARDED_ALLOW_IPS='10.0.0.1,*': '*' is not an IP"),
        ({"FORWARDED_ALLOW_IPS": "10.0.0.300"}, "FORWARDED_ALLOW_IPS='10.0.0.300': '10.0.0.300' is not an IP"),
    ],
)
def test_gunicorn_refuses_a_bad_value_naming_the_variable(monkeypatch, env, message):
    with pytest.raises(SystemExit, match=re.escape(f"Configuration error: {message}")):
        _gunicorn_settings(monkeypatch, **env)


def test_gunicorn_itself_stops_on_a_bad_value_with_one_line_from_any_directory(tmp_path):
    # Started elsewhere, the config still finds careerguide/env.py; gunicorn prints no traceback.
    env = {name: value for name, value in os.environ.items() if name not in _gunicorn_variables()}
    env["WEB_CONCURRENCY"] = "0"
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "gunicorn", "--config", str(GUNICORN_CONF), "--print-config", "careerguide.wsgi"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.strip() == "Configuration error: WEB_CONCURRENCY=0 must be at least 1"


@pytest.mark.parametrize("value", ["10.0.0.2", "10.0.0.0/8,192.168.1.7", "::1", "fd00::/8,127.0.0.1"])
def test_gunicorn_accepts_addresses_and_networks_as_trusted_proxies(monkeypatch, value):
    assert _gunicorn_settings(monkeypatch, FORWARDED_ALLOW_IPS=value)["forwarded_allow_ips"] == value


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.parametrize("bind", [None, "127.0.0.1:PORT"])
def test_gunicorn_really_listens_on_loopback_only_unless_bind_says_otherwise(tmp_path, bind):
    """Started by hand with the deploy config (no BIND, as outside the image), gunicorn listens on
    127.0.0.1:$PORT and nowhere else."""
    port = _free_port()
    env = {name: value for name, value in os.environ.items() if name not in _gunicorn_variables()}
    env |= {"PORT": str(port), "WEB_CONCURRENCY": "1", "DJANGO_SETTINGS_MODULE": "careerguide.settings"}
    if bind:
        env["BIND"] = bind.replace("PORT", str(port))
    server = subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "gunicorn", "--config", str(GUNICORN_CONF), "careerguide.wsgi"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                assert server.poll() is None, server.stderr.read()
                time.sleep(0.2)
        else:
            pytest.fail("gunicorn did not start listening within 60 s")
        listening = [line for line in _listening_sockets() if line.endswith(f":{port}")]
        assert listening == [f"127.0.0.1:{port}"]
    finally:
        server.terminate()
        try:
            server.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            # A loaded machine can take longer than gunicorn's graceful_timeout to stop it; what this test
            # checks is where it listened, so stop it hard (seen once in three suites run under load).
            server.kill()
            server.communicate(timeout=30)


def _listening_sockets() -> list[str]:
    """host:port of every listening TCP socket on this machine (IPv4 and IPv6), from /proc."""
    found = []
    for table, width in (("/proc/net/tcp", 8), ("/proc/net/tcp6", 32)):
        if not os.path.exists(table):
            continue
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            if state != "0A":  # LISTEN
                continue
            address, port = local.split(":")
            raw = bytes.fromhex(address)
            # /proc prints each 32-bit word in host (little-endian) order.
            ordered = b"".join(raw[i : i + 4][::-1] for i in range(0, len(raw), 4))
            host = str(ipaddress.ip_address(ordered)) if width == 8 else f"[{ipaddress.ip_address(ordered)}]"
            found.append(f"{host}:{int(port, 16)}")
    return found


def test_gunicorn_knows_and_accepts_every_setting(monkeypatch):
    known = {setting.name for setting in gunicorn.config.KNOWN_SETTINGS}
    config = gunicorn.config.Config()
    for name, value in _gunicorn_settings(monkeypatch).items():
        assert name in known, f"{name} is not a gunicorn setting"
        config.set(name, value)  # runs gunicorn's own validator
    assert config.worker_class_str == "gthread"


def test_gunicorn_freezes_the_loaded_app_before_each_fork(monkeypatch):
    import gc

    _gunicorn_settings(monkeypatch)  # clears the environment the config reads
    pre_fork = runpy.run_path(str(GUNICORN_CONF))["pre_fork"]
    config = gunicorn.config.Config()
    config.set("pre_fork", pre_fork)  # gunicorn's own check of the hook's signature
    gc.unfreeze()
    try:
        pre_fork(server=None, worker=None)
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


# --- Redis: bounded memory everywhere -----------------------------------------------------------


def _redis_limits(args: list[str]) -> tuple[str, str]:
    """(maxmemory, maxmemory-policy) from a redis-server command line."""
    return args[args.index("--maxmemory") + 1], args[args.index("--maxmemory-policy") + 1]


def test_compose_bounds_redis_memory_and_evicts_the_least_recently_used():
    command = _compose()["services"]["redis"]["command"]
    assert command[0] == "redis-server"
    assert _redis_limits(command) == ("${REDIS_MAXMEMORY:-256mb}", "allkeys-lru")


def test_the_kubernetes_redis_bounds_memory_below_its_limit_and_evicts_the_least_recently_used():
    (container,) = _pod_spec(_manifest("redis.yaml"))["containers"]
    maxmemory, policy = _redis_limits(container["args"])
    assert policy == "allkeys-lru"
    assert maxmemory == "256mb"
    assert container["resources"]["limits"]["memory"] == "384Mi"  # room for Redis's own overhead
    service = _manifest("redis-service.yaml")
    assert service["spec"]["selector"] == _manifest("redis.yaml")["spec"]["selector"]["matchLabels"]
    assert service["spec"]["selector"] != _manifest("service.yaml")["spec"]["selector"]


def test_the_kubernetes_redis_runs_unprivileged_with_a_read_only_root():
    spec = _pod_spec(_manifest("redis.yaml"))
    assert spec["securityContext"]["runAsNonRoot"] is True
    assert spec["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
    (container,) = spec["containers"]
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    assert container["securityContext"]["capabilities"] == {"drop": ["ALL"]}


def test_ci_and_the_readme_bound_redis_memory_too():
    ci = (ROOT / ".ci" / "run").read_text()
    assert "--maxmemory 256mb --maxmemory-policy allkeys-lru" in ci
    readme = (ROOT / "README.md").read_text()
    production = readme[readme.index("### Production") : readme.index("### Login throttling")]
    assert "maxmemory" in production and "allkeys-lru" in production
