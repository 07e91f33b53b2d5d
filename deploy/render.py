"""Fill in the nginx site configuration: `python deploy/render.py [OUTPUT_DIR]`.

Every ${KP_...} in deploy/nginx/klimapartner.conf.template comes from the environment, or
from the .env file beside the Makefile (see .env.example); a missing one stops with its name.
A line whose value is a comma-separated list is written once per item (listen addresses).
Writes klimapartner.conf and klimapartner-proxy.conf into OUTPUT_DIR (deploy/out/).
"""

import os
import re
import shutil
import sys
from pathlib import Path

DEPLOY = Path(__file__).resolve().parent
ROOT = DEPLOY.parent
DEFAULTS = {
    "KP_HTTP_LISTEN": "80,[::]:80",
    "KP_HTTPS_LISTEN": "443,[::]:443",
    "KP_APP_ADDRESS": "127.0.0.1:8000",
    "KP_STATIC_ROOT": str(ROOT / "static_collected"),
}


def dotenv(path):
    values = {}
    if path.exists():
        for line in path.read_text().splitlines():
            line = line.strip()
            if line and not line.startswith("#") and "=" in line:
                name, value = line.split("=", 1)
                values[name.strip()] = value.strip().strip("'\"")
    return values


VARIABLE = re.compile(r"\$\{(KP_[A-Z_]+)\}")


def render(template, values):
    missing = sorted(set(VARIABLE.findall(template)) - set(values))
    if missing:
        sys.exit("Set " + ", ".join(missing) + " (environment or .env), then render again.")
    lines = []
    for line in template.splitlines():
        names = VARIABLE.findall(line)
        listed = [name for name in names if "," in values[name]]
        items = [item.strip() for item in values[listed[0]].split(",")] if listed else [None]
        for item in items:
            chosen = {**values, listed[0]: item} if listed else values
            lines.append(VARIABLE.sub(lambda match, chosen=chosen: chosen[match.group(1)], line))
    return "\n".join(lines) + "\n"


def main(output=None, environ=None):
    output = Path(output or DEPLOY / "out")
    output.mkdir(parents=True, exist_ok=True)
    values = {**DEFAULTS, "KP_NGINX_DIR": str(output.resolve())}
    values.update(dotenv(ROOT / ".env"))
    values.update({k: v for k, v in (environ or os.environ).items() if k.startswith("KP_")})
    if "KP_MEDIA_ROOT" not in values and values.get("MEDIA_ROOT"):
        values["KP_MEDIA_ROOT"] = values["MEDIA_ROOT"]
    template = (DEPLOY / "nginx" / "klimapartner.conf.template").read_text()
    (output / "klimapartner.conf").write_text(render(template, values))
    shutil.copy(DEPLOY / "nginx" / "klimapartner-proxy.conf", output / "klimapartner-proxy.conf")
    print(output / "klimapartner.conf")
    return output / "klimapartner.conf"


if __name__ == "__main__":
    main(*sys.argv[1:2])
