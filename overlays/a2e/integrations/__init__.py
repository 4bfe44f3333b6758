"""Running A2E jobs on existing job engines: `a2e.integrations.celery` (install `a2e[celery]`)."""
