#!/usr/bin/env python3
"""Personalized PageRank on the full graph: this project's Rust kernel against
python-igraph (PRPACK) and networkx, in one run on one machine, with the ratios.

Usage: python3 scripts/bench_ppr.py [runs]
igraph and networkx are installed into target/bench-venv for this script only; they are
never dependencies of the app.
"""
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, "target", "bench-venv")
OUT = os.path.join(ROOT, "target", "bench")
RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 7
RESTART = 0.3  # the project's restart probability (mechgraph::score::RESTART); damping = 1 - restart


def in_venv():
    py = os.path.join(VENV, "bin", "python")
    if os.path.realpath(sys.prefix) != os.path.realpath(VENV):
        if not os.path.exists(py):
            subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
            subprocess.run([py, "-m", "pip", "install", "-q", "python-igraph", "networkx", "scipy", "numpy"], check=True)
        os.execv(py, [py] + sys.argv)


def timed(f, runs):
    times = []
    result = None
    for _ in range(runs):
        t = time.perf_counter()
        result = f()
        times.append((time.perf_counter() - t) * 1e3)
    return statistics.median(times), result


def main():
    in_venv()
    import igraph
    import networkx as nx

    rust = subprocess.run(
        ["cargo", "run", "-q", "--release", "-p", "mechgraph", "--example", "bench_ppr", "--", OUT, str(RUNS)],
        cwd=ROOT, check=True, capture_output=True, text=True,
    ).stdout
    figures = dict(line.split() for line in rust.strip().splitlines())
    n = int(open(os.path.join(OUT, "nodes.txt")).read())
    seeds = [int(s) for s in open(os.path.join(OUT, "seeds.txt")).read().split()]
    edges, weights = [], []
    for line in open(os.path.join(OUT, "edges.tsv")):
        u, v, w = line.split("\t")
        edges.append((int(u), int(v)))
        weights.append(float(w))
    rust_ppr = [float(x) for x in open(os.path.join(OUT, "ppr_rust.txt")).read().split()]

    g = igraph.Graph(n=n, edges=edges, directed=False)
    g.es["weight"] = weights
    t_igraph, ig = timed(lambda: g.personalized_pagerank(damping=1 - RESTART, reset_vertices=seeds, weights="weight"), RUNS)

    G = nx.MultiGraph()
    G.add_nodes_from(range(n))
    G.add_weighted_edges_from((u, v, w) for (u, v), w in zip(edges, weights))
    personal = {s: 1.0 for s in seeds}
    t_nx, nxr = timed(lambda: nx.pagerank(G, alpha=1 - RESTART, personalization=personal, weight="weight", tol=1e-10), max(1, RUNS // 3))

    def max_rel_diff(a, b):
        top = sorted(range(n), key=lambda i: -a[i])[:700]
        return max(abs(a[i] - b[i]) / a[i] for i in top)

    t_rust = float(figures["rust_ppr_ms"])
    print(f"graph: {n} nodes, {len(edges)} edges, {len(seeds)} seeds, restart {RESTART}")
    print(f"personalized PageRank, median of {RUNS}:")
    print(f"  rust (this project, native)  {t_rust:8.1f} ms")
    print(f"  python-igraph {igraph.__version__:<8} (PRPACK)  {t_igraph:8.1f} ms   rust is {t_igraph / t_rust:.1f}x faster")
    print(f"  networkx {nx.__version__:<13}       {t_nx:8.1f} ms   rust is {t_nx / t_rust:.1f}x faster")
    print(f"agreement on the top 700 (max relative difference): igraph {max_rel_diff(ig, rust_ppr):.1e}, networkx {max_rel_diff([nxr[i] for i in range(n)], rust_ppr):.1e}")
    print(f"whole re-score (three walks, enrichment): {figures['rust_rescore_ms']} ms; re-rank only: {figures['rust_rank_ms']} ms; preparing the walks: {figures['rust_prepare_ms']} ms")


if __name__ == "__main__":
    main()
