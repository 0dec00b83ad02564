"""`comments` depends on `moderation`, never the reverse (issue 13).

Every module of the moderation package is read, including imports inside functions and under
TYPE_CHECKING; none may name the comments app. The gate's questions about stored comments go
through moderation.history, which the comments app implements and registers.
"""

from __future__ import annotations

import ast
from pathlib import Path

import moderation

PACKAGE = Path(moderation.__file__).resolve().parent


def imported_modules(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name | ast.Attribute)
            and getattr(node.func, "id", getattr(node.func, "attr", "")) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            found.add(str(node.args[0].value))
    return found


def test_no_module_of_moderation_imports_comments():
    offenders = {}
    modules = sorted(PACKAGE.rglob("*.py"))
    assert len(modules) > 30  # the walk found the package
    for path in modules:
        wrong = {m for m in imported_modules(path) if m == "comments" or m.startswith("comments.")}
        if wrong:
            offenders[str(path.relative_to(PACKAGE.parent))] = sorted(wrong)
    assert offenders == {}


def test_the_walk_sees_imports_inside_functions(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from comments.models import Thread\n"
        "def f():\n    import comments.services\n"
    )
    assert {"comments.models", "comments.services"} <= imported_modules(sample)


def test_no_moderation_model_points_at_a_comments_model():
    from django.apps import apps
    from django.db.models import Model

    pointing = [
        f"{model.__name__}.{field.name}"
        for model in apps.get_app_config("moderation").get_models()
        for field in model._meta.get_fields()
        if field.is_relation
        and isinstance(field.related_model, type)
        and issubclass(field.related_model, Model)
        and field.related_model._meta.app_label == "comments"
    ]
    assert pointing == []
