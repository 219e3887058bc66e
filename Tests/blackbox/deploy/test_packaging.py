"""scripts/package: one zip per function holding an executable `bootstrap` at its root that starts the
function through the bundled ELF loader and libraries, and without a Runtime API fails cleanly (a
message and a non-zero exit, no crash, no hang). Every library a bundled file needs is in the package,
so are the CA certificates bootstrap names, and the packages' architecture is written down and a
different deploy architecture refused."""
import os
import pathlib
import platform
import socket
import stat
import subprocess
import zipfile

import pytest
import yaml

ROOT = pathlib.Path(__file__).resolve().parents[3]
FUNCTIONS = ["api", "draft", "refine", "finalize"]
BUILT = {"x86_64": "x86_64", "aarch64": "arm64", "arm64": "arm64"}[platform.machine()]


def elf_headers(path):
    return subprocess.run(["readelf", "-lhd", str(path)], capture_output=True, text=True, check=True).stdout


@pytest.mark.parametrize("name", FUNCTIONS)
def test_zip_holds_a_static_bootstrap_the_function_and_its_libraries(packages, name, tmp_path):
    with zipfile.ZipFile(packages[name]) as archive:
        names = archive.namelist()
        assert "bootstrap" in names and name in names
        assert {n for n in names if n not in ("bootstrap", name)} == {
            n for n in names if n.startswith("lib/") or n == "certs/" or n.startswith("certs/")}
        # The trust roots for HTTPS travel with the package: bootstrap names them in SSL_CERT_FILE.
        assert archive.read("certs/ca-certificates.crt").count(b"-----BEGIN CERTIFICATE-----") > 50
        for member in ("bootstrap", name):
            assert archive.getinfo(member).external_attr >> 16 & stat.S_IXUSR, member
        archive.extractall(tmp_path)
    bootstrap = elf_headers(tmp_path / "bootstrap")
    # The launcher needs no loader or library of its own: it is what starts the bundled loader.
    assert "INTERP" not in bootstrap and "(NEEDED)" not in bootstrap
    libraries = {path.name for path in (tmp_path / "lib").iterdir()}
    assert {"libc.so.6", "libcurl.so.4"} <= libraries
    assert any(name.startswith("libhiredis.so") for name in libraries)
    # objdump's view: each library any bundled file names is in lib/.
    for path in [tmp_path / name, *(tmp_path / "lib").iterdir()]:
        dynamic = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True, check=True).stdout
        needed = {line.split()[1] for line in dynamic.splitlines() if line.split()[:1] == ["NEEDED"]}
        assert needed <= libraries, f"{path.name} needs {needed - libraries} from outside the package"


@pytest.mark.parametrize("name", FUNCTIONS)
def test_bootstrap_without_a_runtime_api_says_so(packages, name, tmp_path):
    with zipfile.ZipFile(packages[name]) as archive:
        archive.extractall(tmp_path)
    for path in tmp_path.rglob("*"):
        path.chmod(0o755)
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path)}
    result = subprocess.run([str(tmp_path / "bootstrap")], capture_output=True, text=True, env=env, timeout=30)
    assert result.returncode != 0
    assert result.returncode < 128, "killed by a signal"
    assert "AWS_LAMBDA_RUNTIME_API" in result.stdout + result.stderr


@pytest.mark.parametrize("name", FUNCTIONS)
def test_bootstrap_reports_an_unreachable_runtime_api(packages, name, tmp_path):
    with zipfile.ZipFile(packages[name]) as archive:
        archive.extractall(tmp_path)
    for path in tmp_path.rglob("*"):
        path.chmod(0o755)
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "AWS_LAMBDA_RUNTIME_API": "127.0.0.1:9",
           "AWS_LAMBDA_FUNCTION_NAME": name, "AWS_REGION": "us-east-1"}
    result = subprocess.run([str(tmp_path / "bootstrap")], capture_output=True, text=True, env=env, timeout=60)
    assert 0 < result.returncode < 128


class TagBlindLoader(yaml.SafeLoader):
    """Reads the template's parameters; the intrinsic tags (!Ref …) elsewhere are read as plain values."""


TagBlindLoader.add_multi_constructor("!", lambda loader, suffix, node: None)


def test_the_built_architecture_is_written_and_is_the_templates_default(packages):
    template = yaml.load((ROOT / "template.yaml").read_text(encoding="utf-8"), Loader=TagBlindLoader)
    assert (ROOT / ".build" / "lambda" / "architecture").read_text().strip() == BUILT
    assert template["Parameters"]["Architecture"]["Default"] == BUILT
    for name in FUNCTIONS:
        machine = elf_headers(ROOT / ".build" / "lambda" / name / name)
        assert ("X86-64" if BUILT == "x86_64" else "AArch64") in machine


def test_packaging_for_another_architecture_is_refused():
    other = "arm64" if BUILT == "x86_64" else "x86_64"
    result = subprocess.run([str(ROOT / "scripts" / "package"), "--architecture", other], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert f"builds {BUILT} packages" in result.stderr and f"is {other}" in result.stderr


def test_an_unknown_architecture_is_named():
    result = subprocess.run([str(ROOT / "scripts" / "package"), "--architecture", "sparc"], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "unknown architecture 'sparc'" in result.stderr


def environment_of_started_function(bootstrap, extra):
    """The environment the function runs with, read from /proc once it has asked the Runtime API (a
    listener that never answers) for its first event."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(4)
        server.settimeout(60)
        env = {"PATH": os.environ["PATH"], "AWS_LAMBDA_RUNTIME_API": f"127.0.0.1:{server.getsockname()[1]}",
               "AWS_LAMBDA_FUNCTION_NAME": "finalize", "AWS_REGION": "us-east-1", "AWS_ACCESS_KEY_ID": "test",
               "AWS_SECRET_ACCESS_KEY": "test", "REDIS_URL": "redis://127.0.0.1:9",
               **{f"{queue}_URL": "http://127.0.0.1:9/000000000000/unreachable" for queue in (
                   "DRAFT_QUEUE", "REFINE_QUEUE", "FINALIZE_QUEUE", "DRAFT_DEAD_LETTER_QUEUE", "REFINE_DEAD_LETTER_QUEUE",
                   "FINALIZE_DEAD_LETTER_QUEUE")}, **extra}
        process = subprocess.Popen([str(bootstrap)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            connection, _ = server.accept()
            connection.close()
            entries = pathlib.Path(f"/proc/{process.pid}/environ").read_bytes().split(b"\0")
            return dict(entry.decode().split("=", 1) for entry in entries if b"=" in entry)
        finally:
            process.kill()
            process.wait()


def test_bootstrap_names_the_bundled_certificates_unless_the_environment_names_its_own(packages):
    package = ROOT / ".build" / "lambda" / "finalize"
    started = environment_of_started_function(package / "bootstrap", {})
    assert started["SSL_CERT_FILE"] == str(package / "certs" / "ca-certificates.crt")
    started = environment_of_started_function(package / "bootstrap", {"SSL_CERT_FILE": "/etc/pki/tls/certs/ca-bundle.crt"})
    assert started["SSL_CERT_FILE"] == "/etc/pki/tls/certs/ca-bundle.crt"
