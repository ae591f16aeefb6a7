#!/usr/bin/env python3
"""Checks build-aux/io.github.foothold.Foothold.json: that it is the app's manifest, builds
Foothold from this repository on the GNOME runtime whose GTK and libadwaita are the oldest the
code supports, and asks for no permission beyond a window and shared memory (files reach the
sandbox through the portals, so no filesystem access is granted)."""
import json
import sys

ALLOWED = {"--share=ipc", "--socket=wayland", "--socket=fallback-x11"}
# GNOME 43 ships GTK 4.8 and libadwaita 1.2, the oldest releases meson.build accepts.
RUNTIME_VERSION = "43"


def fail(message):
    print(f"{sys.argv[1]}: {message}", file=sys.stderr)
    sys.exit(1)


def main():
    try:
        with open(sys.argv[1], encoding="utf-8") as f:
            manifest = json.load(f)
    except (OSError, ValueError) as e:
        fail(f"cannot be read as JSON: {e}")

    if manifest.get("id") != "io.github.foothold.Foothold":
        fail("the id is not io.github.foothold.Foothold")
    if manifest.get("runtime") != "org.gnome.Platform" or manifest.get("sdk") != "org.gnome.Sdk":
        fail("the runtime is not the GNOME platform and SDK")
    if manifest.get("runtime-version") != RUNTIME_VERSION:
        fail(f"the runtime is not GNOME {RUNTIME_VERSION} (GTK 4.8, libadwaita 1.2)")
    if manifest.get("command") != "foothold":
        fail("the command is not foothold")

    extra = sorted(set(manifest.get("finish-args", [])) - ALLOWED)
    if extra:
        fail("permissions beyond a window and ipc: " + ", ".join(extra))

    modules = manifest.get("modules", [])
    if not modules or modules[-1].get("name") != "foothold":
        fail("the last module is not foothold")
    app = modules[-1]
    if app.get("buildsystem") != "meson":
        fail("foothold is not built with meson")
    if {"type": "dir", "path": ".."} not in app.get("sources", []):
        fail("foothold is not built from this repository")
    if "-Dtests=false" not in app.get("config-opts", []):
        fail("the package build would build the test suite")
    for module in modules[:-1]:
        for source in module.get("sources", []):
            if source.get("type") == "archive" and len(source.get("sha256", "")) != 64:
                fail(f"module {module.get('name')}: an archive without its sha256")
    sqlite = next((m for m in modules if m.get("name") == "sqlite"), None)
    if sqlite is None or not any("SQLITE_ENABLE_SESSION" in o for o in sqlite.get("config-opts", [])):
        fail("SQLite is not built with the session extension the undo journal needs")


if __name__ == "__main__":
    main()
