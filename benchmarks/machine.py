"""What the benchmark ran on, so that its figures can be read and compared."""

from __future__ import annotations

import os
import platform
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

PACKAGES = ("prefect", "prefect-dask", "duckdb", "pandas", "pandera", "pyarrow")


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def describe() -> dict:
    import psutil

    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = version(name)
        except PackageNotFoundError:
            versions[name] = "not installed"
    return {
        "cores": os.cpu_count(), "cpu": cpu_model(),
        "ram_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "python": platform.python_version(), "system": f"{platform.system()} {platform.release()}",
        "load_average": [round(x, 2) for x in os.getloadavg()], "versions": versions,
    }


def text(machine: dict) -> str:
    versions = ", ".join(f"{k} {v}" for k, v in machine["versions"].items())
    load = " ".join(f"{x:.2f}" for x in machine["load_average"])
    return (f"machine: {machine['cores']} cores, {machine['cpu']}, {machine['ram_gb']} GB RAM, "
            f"{machine['system']}, Python {machine['python']}\n"
            f"versions: {versions}\n"
            f"load average at start (1, 5, 15 min): {load}")
