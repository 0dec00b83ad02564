"""The ceiling: the least any Django comment backend does, on the same server set-up as ours.

One model, one form, two views, no middleware: what is left is Django's request handling,
validation, one INSERT, and a query plus JSON for a list. Served by benchmarks/load.py.
"""

import os

SECRET_KEY = os.environ["SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1"]
INSTALLED_APPS = ["benchmarks.ceiling"]
MIDDLEWARE: list[str] = []
ROOT_URLCONF = "benchmarks.ceiling.views"
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("CEILING_DATABASE", "bench_ceiling"),
        "USER": "postgres",
        "HOST": "127.0.0.1",
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
        "CONN_HEALTH_CHECKS": True,
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
USE_TZ = True
