"""gunicorn settings for production: `gunicorn -c config/gunicorn.conf.py config.wsgi`.

Workers come from WEB_CONCURRENCY (gunicorn's own variable) or `--workers`; about two per core.
"""

import os

bind = os.environ.get("BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
# A request that takes longer than this is killed with its worker (a stuck database, say); the
# comment it carried was either committed before its 201 or not at all.
timeout = 30
graceful_timeout = 30
# Load the app once in the master, then fork: workers start in milliseconds after a crash.
preload_app = True
accesslog = os.environ.get("ACCESS_LOG") or None
