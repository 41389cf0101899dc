"""Smoke test of the frozen desktop app: build it with PyInstaller, then run it.

Run from the repository's virtual environment (``.ci/run`` does, after the tests)::

    python scripts/smoke_frozen.py               # install the build extra, build, check
    python scripts/smoke_frozen.py --skip-build  # check the existing dist/aipia again

The built folder is copied to a temporary directory and run from there with
a clean environment (no PYTHONPATH, a temporary HOME), so nothing of the
source tree or the virtual environment can stand in for a missing file. Checks:

1. ``aipia --version`` prints the version of the source.
2. ``aipia demo -o FILE.pdf --lang en`` and ``--lang ko`` write PDFs with text,
   the template's chapter titles in that language, and the bundled Nanum fonts
   embedded (so WeasyPrint, Pango and the fonts all work in the render process).
   On Linux, the dynamic loader's trace shows Pango loaded from the app folder.
3. ``aipia`` (the desktop app) starts offscreen, shows its main window with its
   data folder open, and quits (the ``AIPIA_SMOKE_QUIT_WHEN_READY`` hook in
   packaging/aipia_entry.py), keeping its data in the platform's user data
   folder under the temporary HOME (on Windows, in AIPIA_DATA_DIR). Where
   ``xvfb-run`` is installed, once more on a virtual X11 display.
4. Nothing was written into the app's own folder.
5. On Linux, the tarball people download (scripts/make_tarball.py): unpacked
   into a temporary folder, ``install.sh`` run with a temporary HOME, the
   installed launcher (``~/.local/bin/aipia``) runs ``--version`` and a Korean
   demo report, the installed menu entry is valid (desktop-file-validate
   where installed, else a parse check) and starts the installed program,
   and ``install.sh --uninstall`` leaves nothing behind. ``--skip-tarball``
   leaves this out.

Works on Linux, Windows and macOS (.github/workflows/build.yml runs it on
all three): the X11 run needs ``xvfb-run``, the loader trace and the tarball
are Linux only. It prints the build time, the folder size and the start-up
times it measured.
"""

from __future__ import annotations

import argparse
import configparser
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "aipia"
IS_WINDOWS = sys.platform == "win32"
IS_LINUX = sys.platform.startswith("linux")
PROGRAM = "aipia.exe" if IS_WINDOWS else "aipia"
SMOKE_LINE = "AIPIA smoke: main window ready"
TIMEOUT = 300  # seconds for one run of the program; a report takes ~20 s
HANGUL = re.compile("[\uac00-\ud7a3]")


class SmokeFailure(Exception):
    pass


def check(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)


def step(text: str) -> None:
    print(f"smoke: {text}", flush=True)


# --- building ---------------------------------------------------------------------------
def build() -> float:
    """Install the build extra, run PyInstaller; returns the build time in seconds."""
    step("installing the build extra (PyInstaller)")
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "-e", ".[build]"],
                   cwd=ROOT, check=True)
    step("building with build.spec (log: build/pyinstaller.log)")
    log_path = ROOT / "build" / "pyinstaller.log"
    log_path.parent.mkdir(exist_ok=True)
    started = time.perf_counter()
    with log_path.open("w", encoding="utf-8") as log:
        result = subprocess.run(
            [sys.executable, "-m", "PyInstaller", "--noconfirm", "build.spec"],
            cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, check=False,
        )
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        print(log_path.read_text(encoding="utf-8")[-4000:], file=sys.stderr)
        raise SmokeFailure(f"PyInstaller failed (exit {result.returncode}); see {log_path}")
    return seconds


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def biggest(folder: Path, count: int = 6) -> str:
    sizes = [(folder_size(p) if p.is_dir() else p.stat().st_size, p.name)
             for p in folder.iterdir() if not p.is_symlink()]
    return ", ".join(f"{name} {size / 2**20:.0f} MB" for size, name in sorted(sizes)[-count:])


# --- running the frozen program -----------------------------------------------------------
def clean_environment(home: Path) -> dict[str, str]:
    """Only what a desktop session would give a program, with a temporary home folder."""
    locale_name = "en_US.UTF-8" if sys.platform == "darwin" else "C.UTF-8"  # macOS has no C.UTF-8
    env = {"HOME": str(home), "LANG": locale_name, "QT_QPA_PLATFORM": "offscreen"}
    if IS_WINDOWS:
        env |= {key: os.environ[key] for key in ("SYSTEMROOT", "WINDIR") if key in os.environ}
        env |= {"USERPROFILE": str(home), "APPDATA": str(home / "AppData" / "Roaming"),
                "LOCALAPPDATA": str(home / "AppData" / "Local"), "TEMP": str(home / "tmp"),
                "TMP": str(home / "tmp"), "PATH": os.environ.get("SYSTEMROOT", "C:\\Windows")}
    else:
        runtime = home / "runtime"  # Qt wants a private runtime folder (mode 0700)
        runtime.mkdir(mode=0o700)
        env |= {"PATH": "/usr/bin:/bin", "TMPDIR": str(home / "tmp"),
                "XDG_RUNTIME_DIR": str(runtime)}
    (home / "tmp").mkdir()
    return env


def run(program: Path, args: list[str], env: dict[str, str],
        cwd: Path) -> tuple[subprocess.CompletedProcess[str], float]:
    started = time.perf_counter()
    result = subprocess.run(  # noqa: S603 - our own program, fixed arguments
        [str(program), *args], cwd=cwd, env=env, capture_output=True, text=True,
        encoding="utf-8", errors="replace", timeout=TIMEOUT, check=False,
    )
    seconds = time.perf_counter() - started
    shown = " ".join(["aipia", *args])
    check(result.returncode == 0, f"'{shown}' exited with {result.returncode}:\n"
          f"{result.stdout[-2000:]}\n{result.stderr[-3000:]}")
    check("Traceback" not in result.stderr, f"'{shown}' printed a traceback:\n{result.stderr}")
    return result, seconds


def check_version(program: Path, env: dict[str, str], cwd: Path) -> float:
    sys.path.insert(0, str(ROOT))
    from app import __version__

    result, seconds = run(program, ["--version"], env, cwd)
    check(__version__ in result.stdout, f"--version printed {result.stdout!r}, "
          f"expected version {__version__}")
    return seconds


def pdf_text_and_fonts(path: Path) -> tuple[int, str, set[str]]:
    from pypdf import PdfReader

    reader = PdfReader(path)
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    fonts: set[str] = set()
    for page in reader.pages:
        resources = page.get("/Resources")
        font_table = resources.get_object().get("/Font") if resources else None
        for font in (font_table.get_object().values() if font_table else ()):
            fonts.add(str(font.get_object().get("/BaseFont", "")))
    return len(reader.pages), text, fonts


def check_pango_from_bundle(loader_trace: str, app_folder: Path) -> None:
    """The render process used the bundled Pango, not one installed on this machine."""
    loaded = re.findall(r"calling init: (\S*libpango-1\.0\.so\S*)", loader_trace)
    check(bool(loaded), "Pango was never loaded while rendering")
    outside = [path for path in loaded if not path.startswith(str(app_folder))]
    check(not outside, f"Pango was loaded from outside the app folder: {outside}")


def check_demo(program: Path, env: dict[str, str], cwd: Path, lang: str) -> float:
    output = cwd / f"demo-{lang}.pdf"
    env = env | {"AIPIA_DATA_DIR": str(cwd / f"data-demo-{lang}")}
    trace_loader = IS_LINUX and lang == "en"
    if trace_loader:  # the dynamic loader reports each library it starts
        env["LD_DEBUG"] = "libs"
    result, seconds = run(program, ["demo", "-o", str(output), "--lang", lang], env, cwd)
    if trace_loader:
        check_pango_from_bundle(result.stderr, program.parent)
    check(output.is_file() and output.stat().st_size > 10_000, f"no PDF at {output}")
    pages, text, fonts = pdf_text_and_fonts(output)
    titles = json.loads((ROOT / "report_templates" / "default" / "wording" / f"{lang}.json")
                        .read_text(encoding="utf-8"))["chapters"]
    check(len(text) > 2000, f"the {lang} PDF has {pages} pages but almost no text")
    check(titles["register"] in text, f"the {lang} PDF lacks the title {titles['register']!r}")
    # WeasyPrint names the embedded font after the PostScript name (NanumGothic) or,
    # since version 70, the CSS family (Nanum-Gothic)
    check(any("NanumGothic" in font.replace("-", "") for font in fonts),
          f"the bundled Nanum fonts are not embedded in the {lang} PDF: {sorted(fonts)}")
    if lang == "ko":
        check(len(HANGUL.findall(text)) > 500, "the Korean PDF has hardly any Hangul")
    step(f"demo --lang {lang}: {pages} pages, {len(text)} characters, {seconds:.1f} s")
    return seconds


def on_virtual_x_display(command: list[str], env: dict[str, str]) -> list[str]:
    """``command`` run by xvfb-run on a new X display, with ``env`` and nothing else."""
    pairs = [f"{key}={value}" for key, value in env.items() if key != "QT_QPA_PLATFORM"]
    script = 'exec env -i DISPLAY="$DISPLAY" XAUTHORITY="$XAUTHORITY" "$@"'
    return ["xvfb-run", "--auto-servernum", "sh", "-c", script, "sh", *pairs, *command]


def check_gui(program: Path, env: dict[str, str], cwd: Path, home: Path,
              x11: bool = False) -> float:
    """Start the desktop app (offscreen, or on X11); seconds until its main window was ready."""
    env = env | {"AIPIA_SMOKE_QUIT_WHEN_READY": "1"}
    if IS_WINDOWS:  # platformdirs asks Windows, not HOME, for the user's folders
        env["AIPIA_DATA_DIR"] = str(home / "AppData" / "Local" / "AIPIA")
    command = [str(program)]
    if x11:
        command, env = on_virtual_x_display(command, env), dict(os.environ)
    started = time.perf_counter()
    with subprocess.Popen(  # noqa: S603 - our own program
        command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, encoding="utf-8", errors="replace",
    ) as process:
        ready = -1.0
        for line in process.stdout or ():
            if line.startswith(SMOKE_LINE) and ready < 0:
                ready = time.perf_counter() - started
        stderr = process.stderr.read() if process.stderr else ""
        status = process.wait(TIMEOUT)
    check(ready >= 0, f"the main window never became ready (exit {status}):\n{stderr}")
    check(status == 0, f"the desktop app exited with {status}:\n{stderr}")
    check("Traceback" not in stderr, f"the desktop app printed a traceback:\n{stderr}")
    databases = list(home.rglob("aipia.db"))
    check(len(databases) == 1 and databases[0].parent.name == "AIPIA",
          f"expected one database in an AIPIA folder under the temporary home: {databases}")
    where = "on X11 (Xvfb)" if x11 else "offscreen"
    step(f"GUI {where}: main window ready after {ready:.2f} s; data in {databases[0].parent}")
    return ready


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in folder.rglob("*") if p.is_file() and not p.is_symlink()}


def smoke(dist: Path) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="aipia-smoke-") as temp:
        work = Path(temp)
        app_folder = work / "app"
        shutil.copytree(dist, app_folder, symlinks=True)
        program = app_folder / PROGRAM
        home = work / "home"
        home.mkdir()
        env = clean_environment(home)
        before = snapshot(app_folder)
        times = {"version": check_version(program, env, work),
                 "gui_first": check_gui(program, env, work, home),
                 "gui_second": check_gui(program, env, work, home)}
        if shutil.which("xvfb-run"):  # the real X11 platform plugin and its libraries, too
            check_gui(program, env, work, home, x11=True)
        for lang in ("en", "ko"):
            times[f"demo_{lang}"] = check_demo(program, env, work, lang)
        check(snapshot(app_folder) == before, "the app wrote into its own folder")
        return times


# --- the Linux tarball --------------------------------------------------------------------
def check_tarball(dist: Path) -> None:
    """Unpack the tarball, install it with a temporary HOME, run it, check the menu, remove it."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from make_tarball import make_tarball

    with tempfile.TemporaryDirectory(prefix="aipia-tarball-") as temp:
        work = Path(temp)
        tarball = make_tarball(dist, work / "out")
        step(f"tarball {tarball.name}: {tarball.stat().st_size / 2**20:.0f} MiB")
        with tarfile.open(tarball) as tar:
            safe = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}
            tar.extractall(work / "unpacked", **safe)  # noqa: S202 - our own tarball
        (top,) = (work / "unpacked").iterdir()
        home = work / "home"
        home.mkdir()
        env = clean_environment(home) | {"AIPIA_DATA_DIR": str(work / "data")}
        local = home / ".local"
        install_script(top / "install.sh", [], env, work)
        launcher = local / "bin" / "aipia"
        check(launcher.is_symlink(), f"install.sh made no launcher at {launcher}")
        check_version(launcher, env, work)
        check_demo(launcher, env, work, "ko")
        check_desktop_file(local / "share" / "applications" / "aipia.desktop", launcher, local)
        install_script(local / "lib" / "aipia" / "install.sh", ["--uninstall"], env, work)
        left = sorted(str(path.relative_to(home)) for path in local.rglob("*"))
        check(not left, f"install.sh --uninstall left these behind: {left[:20]}")
        step("tarball: installed into ~/.local, ran, menu entry valid, uninstalled cleanly")


def install_script(script: Path, args: list[str], env: dict[str, str], cwd: Path) -> None:
    result = subprocess.run([str(script), *args], cwd=cwd, env=env, capture_output=True,  # noqa: S603
                            text=True, timeout=TIMEOUT, check=False)
    check(result.returncode == 0, f"{script.name} {' '.join(args)} failed "
          f"({result.returncode}):\n{result.stdout}{result.stderr}")


def check_desktop_file(path: Path, launcher: Path, prefix: Path) -> None:
    """The installed menu entry is valid and starts the installed launcher with our icon."""
    check(path.is_file(), f"install.sh wrote no menu entry at {path}")
    validator = shutil.which("desktop-file-validate")
    if validator:
        result = subprocess.run([validator, str(path)], capture_output=True, text=True,  # noqa: S603
                                check=False)
        check(result.returncode == 0, f"desktop-file-validate: {result.stdout}{result.stderr}")
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive (Name[ko])
    parser.read(path, encoding="utf-8")
    entry = parser["Desktop Entry"]
    check(entry.get("Type") == "Application" and entry.get("Name") == "AIPIA",
          f"{path.name}: not an application entry named AIPIA")
    check(shlex.split(entry.get("Exec", ""))[:1] == [str(launcher)],
          f"{path.name}: Exec={entry.get('Exec')!r} does not start {launcher}")
    icon = prefix / "share" / "icons" / "hicolor" / "256x256" / "apps" / f"{entry.get('Icon')}.png"
    check(icon.is_file(), f"{path.name}: no icon at {icon}")
    how = "desktop-file-validate" if validator else "parse check (no desktop-file-validate)"
    step(f"menu entry valid ({how}): Exec {entry['Exec']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--skip-build", action="store_true", help="check dist/aipia as it is")
    parser.add_argument("--skip-tarball", action="store_true",
                        help="leave out the Linux tarball's install check")
    args = parser.parse_args()
    try:
        build_seconds = None if args.skip_build else build()
        check((DIST / PROGRAM).is_file(), f"no {DIST / PROGRAM}; build first")
        size = folder_size(DIST) / 2**20
        step(f"dist/aipia: {size:.0f} MB; biggest in _internal: {biggest(DIST / '_internal')}")
        times = smoke(DIST)
        if IS_LINUX and not args.skip_tarball:
            check_tarball(DIST)
    except (SmokeFailure, subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        print(f"smoke: FAILED: {exc}", file=sys.stderr)
        return 1
    built = f"build {build_seconds:.0f} s, " if build_seconds is not None else ""
    step(f"passed ({built}folder {size:.0f} MB, --version {times['version']:.2f} s, "
         f"main window {times['gui_first']:.2f} s first / {times['gui_second']:.2f} s again)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
