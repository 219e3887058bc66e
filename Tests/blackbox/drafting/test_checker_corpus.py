"""The labelled checker corpus as a gate: every blocking category found in every sentence that holds
it (100% recall) and at least 98% precision, as `checker-benchmark --require` measures them."""
import pathlib
import subprocess

ROOT = pathlib.Path(__file__).resolve().parents[3]


def test_checker_meets_its_targets_on_the_labelled_corpus(bin_dir):
    benchmark = bin_dir / "checker-benchmark"
    assert benchmark.exists(), f"{benchmark} is missing: `swift build --build-tests` builds it"
    result = subprocess.run(
        [str(benchmark), "--require", str(ROOT / "Benchmarks" / "checker" / "corpus.jsonl")],
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "misses (0):" in result.stdout, result.stdout[-4000:]
