# Sourced by the scripts: puts a Swift toolchain installed under /opt/swift on PATH when none is.
if ! command -v swift >/dev/null 2>&1; then
  for candidate in /opt/swift/usr/bin /opt/swift/bin; do
    if [ -x "$candidate/swift" ]; then export PATH="$candidate:$PATH"; break; fi
  done
fi
