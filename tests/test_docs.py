"""The documentation keeps up with the code: every `solieu` command is in the README's command table,
every `SOLIEU_*` variable the code reads is in docs/operations.md, and no relative link is broken."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from flows.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
CODE_PACKAGES = ("flows", "warehouse", "sources", "schemas", "parsing", "benchmarks")
VARIABLE = re.compile(r"SOLIEU_[A-Z0-9_]*[A-Z0-9]")
# [text](target): the target up to a closing parenthesis, a space (a title) or an anchor.
LINK = re.compile(r"\[[^\]]*\]\(([^)\s#]*)(#[^)\s]*)?[^)]*\)")


def subcommands() -> list[str]:
    actions = build_parser()._subparsers._group_actions  # argparse keeps them only here
    return sorted(name for action in actions if isinstance(action, argparse._SubParsersAction)
                  for name in action.choices)


def command_table(readme: str) -> str:
    """The rows of the README table whose header is `| command |`."""
    start = readme.index("| command |")
    rows = []
    for line in readme[start:].splitlines():
        if not line.startswith("|"):
            break
        rows.append(line)
    return "\n".join(rows)


def variables_in_code() -> set[str]:
    found = set()
    for package in CODE_PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            found |= set(VARIABLE.findall(path.read_text(encoding="utf-8")))
    return found


def relative_links(markdown: str, with_anchors: bool = False) -> list:
    links = [(target, anchor) for target, anchor in LINK.findall(markdown)
             if not re.match(r"[a-z][a-z0-9+.-]*:", target) and (target or anchor)]
    return links if with_anchors else [target for target, _ in links if target]


def anchors(markdown: str) -> set[str]:
    """GitHub's ids of a page's headings: lower case, punctuation dropped, spaces as hyphens."""
    without_code = re.sub(r"```.*?```", "", markdown, flags=re.S)
    return {re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
            for heading in re.findall(r"^#+ (.*)$", without_code, flags=re.M)}


def documented_pages() -> list[Path]:
    return [ROOT / "README.md", ROOT / "CHANGELOG.md", *sorted((ROOT / "docs").glob("*.md"))]


def test_the_parser_has_the_commands_this_test_expects():
    # If build_parser's layout changes so that nothing is found, the other tests would pass vacuously.
    assert {"run", "serve", "sql", "review"} <= set(subcommands())


@pytest.mark.parametrize("command", subcommands())
def test_every_command_is_in_the_readme_command_table(command):
    table = command_table((ROOT / "README.md").read_text(encoding="utf-8"))
    assert re.search(rf"`solieu {re.escape(command)}[ `]", table), f"`solieu {command}` is not in the command table"


def test_the_code_reads_variables_this_test_can_find():
    assert {"SOLIEU_WAREHOUSE", "SOLIEU_ENV", "SOLIEU_LANG"} <= variables_in_code()


@pytest.mark.parametrize("variable", sorted(variables_in_code()))
def test_every_variable_is_documented_in_operations(variable):
    operations = (ROOT / "docs" / "operations.md").read_text(encoding="utf-8")
    assert f"`{variable}`" in operations, f"{variable} is not documented in docs/operations.md"


@pytest.mark.parametrize("page", documented_pages(), ids=lambda page: page.relative_to(ROOT).as_posix())
def test_every_relative_link_points_at_a_file(page):
    broken = [target for target in relative_links(page.read_text(encoding="utf-8"))
              if not (page.parent / target).exists()]
    assert not broken, f"{page.name} links to missing files: {broken}"


@pytest.mark.parametrize("page", documented_pages(), ids=lambda page: page.relative_to(ROOT).as_posix())
def test_every_anchor_of_a_markdown_link_is_a_heading(page):
    broken = []
    for target, anchor in relative_links(page.read_text(encoding="utf-8"), with_anchors=True):
        linked = (page.parent / target) if target else page
        if anchor and linked.suffix == ".md" and linked.exists():
            if anchor[1:] not in anchors(linked.read_text(encoding="utf-8")):
                broken.append(target + anchor)
    assert not broken, f"{page.name} links to headings that do not exist: {broken}"


def test_the_link_checker_sees_links():
    assert relative_links("[a](docs/x.md#y) [b](https://e.vn/) [c](#anchor) [d](../p.md \"t\")") == [
        "docs/x.md", "../p.md"]


def test_anchors_follow_github():
    assert anchors("# A\n## Bad input, crashes and overlapping runs\n```\n# not a heading\n```\n") == {
        "a", "bad-input-crashes-and-overlapping-runs"}
