"""The arrows point down: language, core and the content apps import nothing above them.

import-linter checks the whole layering once the apps meet; this keeps the lower layers of
this part honest until then. ``pages.cache`` is the page cache that moves to ``delivery``
(the layer below core) and is the one name of ``pages`` allowed below it.
"""

import ast
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
# Package -> top-level packages of the project it must not import.
FORBIDDEN = {
    "language": {"core", "pages", "partners", "conferences", "flyer", "seed", "operations"},
    "core": {"pages", "partners", "conferences", "flyer", "seed"},
    "partners": {"pages", "conferences", "flyer", "seed"},
    "conferences": {"pages", "partners", "flyer", "seed"},
}
# Lower than core once the delivery app exists (see the module docstring).
MOVING_DOWN = {"pages.cache"}


def imported_modules(path):
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)


def python_files(package):
    return [path for path in (ROOT / package).rglob("*.py") if "migrations" not in path.parts]


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_a_layer_imports_nothing_above_it(package):
    wrong = set()
    for path in python_files(package):
        for module in imported_modules(path):
            top = module.split(".")[0]
            moving = any(module == name or module.startswith(name + ".") for name in MOVING_DOWN)
            if top in FORBIDDEN[package] and not moving:
                wrong.add(f"{path.relative_to(ROOT)}: {module}")
    assert not wrong, sorted(wrong)
