"""axe-core in the browser tests: inject the engine offline and fail on any WCAG A/AA violation.

The engine is npm's axe.min.js as shipped inside the axe-playwright-python wheel, so the tests need
pip only. It is evaluated through the DevTools protocol, which the pages' Content-Security-Policy
does not govern, so no test has to weaken the policy it is checking.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

from playwright.sync_api import Page

# WCAG 2.1 levels A and AA: what a public site in Indonesia or the EU is asked to meet.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@functools.cache
def axe_source() -> str:
    return (resources.files("axe_playwright_python") / "axe.min.js").read_text(encoding="utf-8")


def axe_violations(page: Page, within: str | None = None) -> list[dict[str, Any]]:
    """axe's violations on the page as it is now, or inside the element `within` selects."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(axe_source())
    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
    result = page.evaluate(
        "([context, options]) => axe.run(context || document, options)", [within, options]
    )
    return list(result["violations"])


def describe(violations: list[dict[str, Any]]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:5]:
            lines.append(f"    {json.dumps(node['target'])}: {node['failureSummary']}")
    return "\n".join(lines)


def assert_accessible(page: Page, within: str | None = None) -> None:
    violations = axe_violations(page, within)
    assert not violations, f"axe-core found on {page.url}:\n{describe(violations)}"
