"""The deployment kit fits the code: units run commands that exist, every setting is documented."""

import configparser
import re
import shlex
from pathlib import Path

from django.core.management import get_commands

ROOT = Path(__file__).resolve().parent.parent
SYSTEMD = ROOT / "deploy" / "systemd"


def unit(path):
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str
    parser.read(path)
    return parser


def test_every_unit_runs_a_command_that_exists():
    commands = get_commands()
    services = sorted(SYSTEMD.glob("*.service"))
    assert {path.name for path in services} >= {
        "klimapartner.service",
        "klimapartner-publish.service",
        "klimapartner-backup.service",
        "klimapartner-cleanup.service",
    }
    for path in services:
        argv = shlex.split(unit(path)["Service"]["ExecStart"])
        if "manage.py" in argv:
            assert argv[argv.index("manage.py") + 1] in commands, path.name
        else:
            config = argv[argv.index("-c") + 1].replace("/srv/klimapartner", str(ROOT))
            assert Path(config).exists(), path.name


def test_every_timer_starts_a_service_of_the_kit():
    timers = sorted(SYSTEMD.glob("*.timer"))
    assert {path.stem for path in timers} == {
        "klimapartner-publish",
        "klimapartner-backup",
        "klimapartner-cleanup",
    }
    for path in timers:
        assert (SYSTEMD / f"{path.stem}.service").exists()
        assert unit(path)["Timer"]["OnCalendar"]


def environment_variables():
    """Every variable the settings and the gunicorn configuration read."""
    sources = [
        *(ROOT / "klimapartner" / "settings").glob("*.py"),
        ROOT / "deploy" / "gunicorn.conf.py",
    ]
    names = set()
    for source in sources:
        text = source.read_text()
        names |= set(re.findall(r'os\.environ(?:\.get)?[\[(]"([A-Z_]+)"', text))
        names |= set(re.findall(r'required\("([A-Z_]+)"\)', text))
    return names - {"DJANGO_SETTINGS_MODULE"}


def test_every_environment_variable_is_in_the_example_and_the_readme():
    example = (ROOT / ".env.example").read_text()
    readme = (ROOT / "README.md").read_text()
    settings_table = readme[readme.index("## Settings") :]
    names = environment_variables()
    assert {"TRUSTED_PROXIES", "BACKUP_DIR", "ADMINS", "EMAIL_TIMEOUT"} <= names
    for name in sorted(names):
        assert f"`{name}`" in settings_table, f"{name} is missing from the README's settings"
        assert re.search(rf"^#? ?{name}=", example, re.M), f"{name} is missing from .env.example"


def pins(path):
    """name -> version of every ``name==version`` line, names normalised as pip does."""
    found = {}
    for line in path.read_text().splitlines():
        if match := re.match(r"^([A-Za-z0-9_.-]+)==([^\s;\\]+)", line):
            found[re.sub(r"[-_.]+", "-", match.group(1)).lower()] = match.group(2)
    return found


def test_locks_pin_every_requirement_with_hashes():
    for source, lock in (
        ("requirements.txt", "requirements.lock"),
        ("requirements-dev.txt", "requirements-dev.lock"),
    ):
        locked = pins(ROOT / lock)
        wanted = pins(ROOT / source)
        if source == "requirements-dev.txt":
            wanted |= pins(ROOT / "requirements.txt")
        for name, version in wanted.items():
            assert locked.get(name) == version, f"{name} in {lock}: run `make lock`"
        blocks = re.split(r"\n(?=[A-Za-z0-9])", (ROOT / lock).read_text())
        pinned = [block for block in blocks if re.match(r"^[A-Za-z0-9_.-]+==", block)]
        assert len(pinned) == len(locked)
        assert all("--hash=sha256:" in block for block in pinned), lock
