#!/usr/bin/env python3
"""Every external command the test command calls is installed by it.

Finds the commands that .ci/run, the shell scripts under tests/ and packaging/, the Python
scripts under tests/ and the Rust tests under tests/it/ call, and for each one finds the Debian
package that provides it on this machine (`dpkg -S`). That package must be in an install list of
tests/packages.sh, or be pulled in by one (its dependencies), or be part of Debian's essential
base; commands of the Rust toolchain (rustup's cargo, rustfmt, clippy) and `cargo install`ed
tools named in a script pass too. A command that no package provides here fails: either it is
missing from every list (msibuild was, once: on a fresh machine the Windows step failed), or
it is a new word this script takes for a command and must learn to skip.

Run by tests/it/setup.rs after tests/run.sh installed everything. Prints one line per command;
exits 1 when any command fails the rule. Usage: installs.py REPO
"""
import os
import re
import shutil
import subprocess
import sys

REPO = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")

# Shell words that are not external commands: builtins, keywords, and this project's own shell
# functions (found per file too, below).
SHELL_WORDS = set("""
    [ [[ ]] { } ( ) ! : . source alias break cd command continue declare echo eval exec exit
    export false local printf pwd read readonly return set shift test trap true type typeset
    ulimit umask unset wait for in do done if then else elif fi while until case esac function
    select time coproc let mapfile shopt getopts hash jobs kill disown
""".split())
# Wrappers whose own arguments lead to the command they run: skip the wrapper's options too.
WRAPPERS = {"timeout", "env", "nice", "nohup", "xvfb-run", "dbus-run-session", "exec", "command",
            "sudo", "$sudo"}
# Arguments that wrappers take a value for (xvfb-run -s "...", timeout -k 5, nice -n 19).
SYSTEM_PATH = "/usr/sbin:/usr/bin:/sbin:/bin:/usr/local/sbin:/usr/local/bin"
WRAPPER_VALUE_OPTS = {"-s", "-k", "-n", "--server-args", "-e", "--error-file"}


def files(*globs):
    out = []
    for root, dirs, names in os.walk(REPO):
        rel = os.path.relpath(root, REPO)
        if rel.startswith(("target", ".git")) or "/target" in rel:
            dirs[:] = []
            continue
        for n in names:
            p = os.path.join(root, n)
            r = os.path.relpath(p, REPO)
            if any(re.fullmatch(g, r) for g in globs):
                out.append(p)
    return sorted(out)


def code_of(line):
    """The parts of a shell line that are code: outside quotes, inside `$(…)` within double
    quotes, and inside a single-quoted string given to `bash -c` / `sh -c`; the rest (messages,
    arguments) becomes spaces. Segment breaks (`;`) mark where a string starts or ends."""
    line = re.sub(r"\$\(\((?:[^()]|\([^()]*\))*\)\)", " ", line)  # $(( arithmetic ))
    out, i, n = [], 0, len(line)
    while i < n:
        c = line[i]
        if c == "#" and (i == 0 or line[i - 1] in " \t;"):
            break
        if c == "'":
            j = line.find("'", i + 1)
            j = n if j < 0 else j
            before = "".join(out).rstrip()
            if re.search(r"(^|\s)(bash|sh)\s+(-\w+\s+)*-c$", before):
                out.append(";" + line[i + 1:j] + ";")
            else:
                out.append(" ")
            i = j + 1
            continue
        if c == '"':
            j, depth, inner = i + 1, 0, []
            while j < n and (line[j] != '"' or depth):
                if line.startswith("$(", j):
                    depth += 1
                    inner.append(";")
                    j += 2
                    continue
                if line[j] == ")" and depth:
                    depth -= 1
                    inner.append(";")
                elif depth:
                    inner.append(line[j])
                j += 1
            out.append(" " + "".join(inner) + " ")
            i = j + 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


def functions(text):
    return set(re.findall(r"^\s*([A-Za-z_][\w-]*)\s*\(\)\s*\{", text, re.M))


def shell_commands(text, funcs):
    """Words at command position in a bash script (including inside `bash -c '…'` strings)."""
    funcs = funcs | functions(text)
    found = set()
    text = re.sub(r"\\\n", " ", text)
    in_array = False
    for line in text.splitlines():
        code = code_of(line)
        # Array literals hold data, not commands (they may span lines).
        if in_array:
            in_array = ")" not in code
            continue
        m = re.match(r"^\s*\w+(\[[^]]*\])?\+?=\(", code)
        if m:
            in_array = ")" not in code[m.end():]
            continue
        for seg in re.split(r"\|\||&&|[|;`&]|\$\(|\(|\)|\{|\}|\bthen\b|\bdo\b|\belse\b|\bif\b|\bwhile\b|\buntil\b", code):
            words = seg.split()
            while words and (words[0] == "!" or re.match(r"^[A-Za-z_]\w*(\[[^]]*\])?\+?=", words[0])):
                words.pop(0)
            while words and words[0] in WRAPPERS:
                w = words.pop(0)
                while words and (words[0].startswith("-") or re.match(r"^[\d.]+[smh]?$", words[0])
                                 or re.match(r"^[A-Za-z_]\w*=", words[0])):
                    opt = words.pop(0)
                    if opt in WRAPPER_VALUE_OPTS and words:
                        words.pop(0)
            if not words:
                continue
            w = words[0]
            if not re.fullmatch(r"[A-Za-z0-9_/+.-]+", w) or w.startswith(("-", "./", ".")):
                continue
            if w in SHELL_WORDS or w in funcs or re.fullmatch(r"\d+|_", w):
                continue
            # A path is a command only where a package could put one (not `/qn`, a Wine flag).
            if w.startswith("/") and not w.startswith(("/usr/", "/bin/", "/sbin/")):
                continue
            found.add(w)
    return found


def python_commands(text):
    # subprocess.run(["name", …]) / Popen(["name", …]) / run(["name"] + …)
    return set(re.findall(r"(?:run|Popen|check_output|check_call)\(\s*\[\s*\"([A-Za-z0-9_.+-]+)\"", text))


def rust_commands(text):
    # Command::new("name"), and the tests' helpers tool("name", …) / run_ok("name", …).
    return set(re.findall(r"(?:Command::new|\btool|\brun_ok)\(\s*\"([A-Za-z0-9_.+-]+)\"", text))


def listed_packages():
    text = open(os.path.join(REPO, "tests/packages.sh"), encoding="utf-8").read()
    pkgs = set()
    text = re.sub(r"#.*", "", text)
    for body in re.findall(r"^\w+_packages=\((.*?)\)", text, re.M | re.S):
        pkgs.update(body.split())
    return pkgs


def closure(pkgs):
    """The listed packages and everything they depend on (installed)."""
    out = subprocess.run(
        ["apt-cache", "depends", "--recurse", "--installed", "--no-recommends", "--no-suggests",
         "--no-conflicts", "--no-breaks", "--no-replaces", "--no-enhances", *sorted(pkgs)],
        capture_output=True, text=True).stdout
    deps = set()
    for line in out.splitlines():
        line = line.strip()
        m = re.match(r"(?:\|?(?:Pre)?Depends:\s*)?<?([a-z0-9][a-z0-9.+-]*)(?::\w+)?>?$", line)
        if m:
            deps.add(m.group(1))
    return deps | pkgs


def providing_package(path):
    real = os.path.realpath(path)
    for p in (real, path):
        r = subprocess.run(["dpkg", "-S", p], capture_output=True, text=True)
        if r.returncode == 0:
            return r.stdout.split(":")[0].split(",")[0].strip()
        # /usr/bin vs /bin on merged-/usr systems
        alt = p.replace("/usr/bin/", "/bin/", 1) if p.startswith("/usr/bin/") else None
        if alt:
            r = subprocess.run(["dpkg", "-S", alt], capture_output=True, text=True)
            if r.returncode == 0:
                return r.stdout.split(":")[0].split(",")[0].strip()
    return None


def essential(pkg):
    r = subprocess.run(["dpkg-query", "-W", "-f=${Essential} ${Priority}", pkg],
                       capture_output=True, text=True)
    return r.stdout.startswith("yes") or " required" in r.stdout


def main():
    commands = {}  # name -> first file that calls it
    # tests/packages.sh is the lists themselves (and `need`, which runs apt).
    packages_sh = os.path.join(REPO, "tests/packages.sh")
    scripts = [os.path.join(REPO, ".ci/run")] + [
        f for f in files(r"tests/.*\.sh", r"packaging/.*\.sh") if f != packages_sh]
    shared_funcs = functions(open(packages_sh, encoding="utf-8").read())
    for f in scripts:
        for c in shell_commands(open(f, encoding="utf-8").read(), shared_funcs):
            commands.setdefault(c, os.path.relpath(f, REPO))
    for f in files(r"tests/.*\.py"):
        if f == os.path.abspath(__file__):
            continue
        for c in python_commands(open(f, encoding="utf-8").read()):
            commands.setdefault(c, os.path.relpath(f, REPO))
    for f in files(r"tests/it/.*\.rs"):
        for c in rust_commands(open(f, encoding="utf-8").read()):
            commands.setdefault(c, os.path.relpath(f, REPO))
    cargo_installed = set()
    for f in scripts:
        cargo_installed |= set(re.findall(r"cargo install ([a-z0-9-]+)", open(f, encoding="utf-8").read()))

    listed = listed_packages()
    allowed = closure(listed)
    cargo_home = os.path.realpath(os.path.expanduser(os.environ.get("CARGO_HOME", "~/.cargo")))
    bad = []
    for name in sorted(commands):
        where = commands[name]
        if name == "/usr/bin/shomei":
            continue  # the product itself, installed from the .deb under test
        if name.startswith("/"):
            path = name if os.path.exists(name) else None
        elif "/" in name:
            continue  # a path inside the repository (tests/gui/run.sh …)
        else:
            # Debian's tools, not a toolchain's copy earlier on PATH (pyenv's python3).
            path = shutil.which(name, path=SYSTEM_PATH) or shutil.which(name)
        if path and os.path.realpath(path).startswith(cargo_home) or name.startswith("cargo-") and name in cargo_installed:
            tool = os.path.basename(path or name)
            ok = tool in {"cargo", "rustc", "rustup", "rustfmt", "cargo-clippy", "clippy-driver"} or tool in cargo_installed
            print(f"{'ok  ' if ok else 'FAIL'} {name:28} rust toolchain / cargo install   ({where})")
            if not ok:
                bad.append(name)
            continue
        if not path:
            print(f"FAIL {name:28} no package here provides it         ({where})")
            bad.append(name)
            continue
        pkg = providing_package(path)
        if pkg and pkg in allowed:
            how = "listed" if pkg in listed else "a dependency of a listed package"
            print(f"ok   {name:28} {pkg} ({how})   ({where})")
        elif pkg and essential(pkg):
            print(f"ok   {name:28} {pkg} (Debian's essential base)   ({where})")
        else:
            print(f"FAIL {name:28} {pkg or path}: in no install list of tests/packages.sh   ({where})")
            bad.append(name)
    print(f"installs: {len(commands) - len(bad)} commands provided, {len(bad)} not: {' '.join(bad)}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
