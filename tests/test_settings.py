"""Production settings: secrets from the environment, loud failure without them."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    base = {
        k: v
        for k, v in os.environ.items()
        if k
        not in (
            "SECRET_KEY",
            "ALLOWED_HOSTS",
            "DJANGO_SETTINGS_MODULE",
            # Set for Playwright tests only; deployments must never set it.
            "DJANGO_ALLOW_ASYNC_UNSAFE",
        )
    }
    base["DJANGO_SETTINGS_MODULE"] = "coalition.settings.production"
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_production_refuses_to_start_without_secret_key():
    result = run_manage("check", ALLOWED_HOSTS="news.example.org")
    assert result.returncode != 0
    assert "SECRET_KEY must be set for production" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_manage("check", SECRET_KEY="x" * 60)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must be set for production" in result.stderr


def test_deploy_check_is_clean_with_the_variables_set():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY="k3y-" + "abcdefghijklmnopqrstuvwxyz0123456789" * 2,
        ALLOWED_HOSTS="news.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_static_root_is_not_the_source_folder():
    from django.conf import settings

    assert Path(settings.STATIC_ROOT) != ROOT / "static"
    assert ROOT / "static" in [Path(p) for p in settings.STATICFILES_DIRS]


def test_production_uses_whitenoise_with_hashed_compressed_files():
    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings;"
        "print(settings.STORAGES['staticfiles']['BACKEND']);"
        "print('whitenoise.middleware.WhiteNoiseMiddleware' in settings.MIDDLEWARE)",
        SECRET_KEY="x" * 60,
        ALLOWED_HOSTS="news.example.org",
    )
    assert result.returncode == 0, result.stderr
    assert "whitenoise.storage.CompressedManifestStaticFilesStorage" in result.stdout
    assert "True" in result.stdout
