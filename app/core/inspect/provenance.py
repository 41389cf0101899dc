"""Where a model folder came from, read from its place on disk.

- A Hugging Face cache folder (``models--ORG--NAME/snapshots/COMMIT/``) names
  the repository and the exact commit.
- A git checkout (``.git`` in the model folder) gives the commit and the remote URL.
"""

from __future__ import annotations

import re
from pathlib import Path

from app.core.inspect.findings import Fact
from app.core.inspect.limits import GIT_FILE_MAX

HEX40 = re.compile(r"^[0-9a-f]{40}$")
CACHE_REPO = re.compile(r"^models--([A-Za-z0-9][\w.-]{0,95})--([\w.-]{1,96})$")
REMOTE_URL = re.compile(r"^\s*url\s*=\s*(\S{1,300})\s*$", re.MULTILINE)


def folder_facts(root: Path) -> list[Fact]:
    return _cache_facts(root) or _git_facts(root)


def _cache_facts(root: Path) -> list[Fact]:
    parts = root.parts
    for index in range(len(parts) - 2):
        repo = CACHE_REPO.match(parts[index])
        if repo and parts[index + 1] == "snapshots" and HEX40.match(parts[index + 2]):
            where = f"{parts[index]}/snapshots/{parts[index + 2][:12]}…"
            repo_id = f"{repo.group(1)}/{repo.group(2)}"
            return [
                Fact("repo_id", repo_id, where, "Hugging Face cache folder"),
                Fact("revision", parts[index + 2], where, "Hugging Face cache folder"),
                Fact("source_url", f"https://huggingface.co/{repo_id}", where,
                     "Hugging Face cache folder"),
            ]
    return []


def _git_facts(root: Path) -> list[Fact]:
    git = root / ".git"
    if not git.is_dir():
        return []
    facts = []
    commit = _git_commit(git)
    if commit:
        facts.append(Fact("revision", commit, ".git/HEAD", "commit"))
    remote = REMOTE_URL.search(_small(git / "config"))
    if remote:
        url = re.sub(r"//[^/@]*@", "//", remote.group(1))  # never echo credentials
        facts.append(Fact("source_url", url.removesuffix(".git"), ".git/config", "remote url"))
        repo = re.match(r"https?://(?:www\.)?huggingface\.co/([\w.-]+/[\w.-]+)", url)
        if repo:
            facts.append(Fact("repo_id", repo.group(1).removesuffix(".git"), ".git/config",
                              "remote url"))
    return facts


def _git_commit(git: Path) -> str | None:
    head = _small(git / "HEAD").strip()
    if HEX40.match(head):
        return head
    if not head.startswith("ref: refs/"):
        return None
    ref = head[5:]
    if ".." in ref:
        return None
    direct = _small(git / ref).strip()
    if HEX40.match(direct):
        return direct
    for line in _small(git / "packed-refs").splitlines():
        sha, _, name = line.partition(" ")
        if name == ref and HEX40.match(sha):
            return sha
    return None


def _small(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            return handle.read(GIT_FILE_MAX).decode("utf-8", errors="replace")
    except OSError:
        return ""
