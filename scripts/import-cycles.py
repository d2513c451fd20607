#!/usr/bin/env python3
"""Import cycles between the files of each crate (#20, item 5).

Reads every crate of the workspace (the app in src/, each crate in crates/), follows
`mod` declarations from lib.rs to find which file is which module, and draws an edge
from a file to every file of the same crate whose items it names: `use` trees,
`crate::`/`super::`/`self::` paths, and paths through a child module the file declares.
Declaring a module (`mod x;`) is not an edge; test modules (a `#[cfg(test)]` block or
file) are left out.
Prints each group of files that reach each other (a strongly connected component with
more than one file: one or more cycles) and the counts per crate.

Usage: python3 scripts/import-cycles.py [--list]
"""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MOD_DECL = re.compile(r'^\s*((?:#\[[^\]]*\]\s*)*)(?:pub(?:\([^)]*\))?\s+)?mod\s+(\w+)\s*;', re.M)
PATH_RE = re.compile(r'\b((?:crate|super|self)(?:::\w+)+)')
USE_RE = re.compile(r'\buse\s+([^;]+);', re.S)


def strip(text):
    """The file without comments, strings and its test module at the end."""
    text = re.sub(r'//[^\n]*', '', text)
    text = re.sub(r'/\*.*?\*/', '', text, flags=re.S)
    text = re.sub(r'"(?:\\.|[^"\\])*"', '""', text)
    cut = re.search(r'#\[cfg\(test\)\]\s*(?:pub(?:\([^)]*\))?\s+)?mod\s+\w+\s*\{', text)
    return text[:cut.start()] if cut else text


def modules(lib):
    """Module path (tuple) -> file, following `mod x;` from the crate root."""
    found = {(): lib}
    todo = [((), lib)]
    while todo:
        path, file = todo.pop()
        is_dir_owner = file.name in ('lib.rs', 'main.rs', 'mod.rs')
        base = file.parent if is_dir_owner else file.parent / file.stem
        for attributes, name in MOD_DECL.findall(strip(file.read_text())):
            if 'cfg(test)' in attributes:
                continue  # a test module in its own file
            for candidate in (base / f'{name}.rs', base / name / 'mod.rs'):
                if candidate.exists():
                    found[path + (name,)] = candidate
                    todo.append((path + (name,), candidate))
                    break
    return found


def use_paths(tree, prefix=()):
    """The paths a use tree names: `a::{b, c::{d, e}}` -> a::b, a::c::d, a::c::e."""
    tree = tree.strip()
    depth, split = 0, None
    for i, ch in enumerate(tree):
        if ch == '{':
            if depth == 0 and split is None:
                split = i
            depth += 1
        elif ch == '}':
            depth -= 1
    if split is None:
        name = tree.split(' as ')[0].strip()
        return [prefix + tuple(p for p in name.split('::') if p)] if name else []
    head = tuple(p for p in tree[:split].split('::') if p)
    inner = tree[split + 1:tree.rfind('}')]
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(inner):
        if ch == '{':
            depth += 1
        elif ch == '}':
            depth -= 1
        elif ch == ',' and depth == 0:
            parts.append(inner[start:i])
            start = i + 1
    parts.append(inner[start:])
    out = []
    for part in parts:
        if part.strip():
            out += use_paths(part, prefix + head)
    return out


def edges_of(path, file, mods):
    """The files of the crate that `file` (module `path`) names."""
    text = strip(file.read_text())
    children = {m[-1] for m in mods if len(m) == len(path) + 1 and m[:-1] == path}
    named = []
    for tree in USE_RE.findall(text):
        named += use_paths(tree)
    named += [tuple(p.split('::')) for p in PATH_RE.findall(text)]
    named += [(c,) + rest for c in children
              for rest in [tuple(m.split('::')) for m in re.findall(rf'\b{c}((?:::\w+)+)', text)]]
    out = set()
    for segs in named:
        segs = [s for s in segs if s]
        if not segs:
            continue
        if segs[0] == 'crate':
            absolute, segs = [], segs[1:]
        elif segs[0] in ('self', 'super'):
            absolute = list(path)
            while segs and segs[0] in ('self', 'super'):
                if segs[0] == 'super':
                    absolute = absolute[:-1]
                segs = segs[1:]
        elif segs[0] in children:
            absolute = list(path)
        else:
            continue  # another crate, std, or an item in scope
        full = tuple(absolute + segs)
        for n in range(len(full), -1, -1):
            target = mods.get(full[:n])
            if target is not None:
                if target != file:
                    out.add(target)
                break
    return out


def components(graph):
    """Tarjan's strongly connected components."""
    index, low, on, stack, out, counter = {}, {}, set(), [], [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on.discard(w)
                group.append(w)
                if w == v:
                    break
            out.append(group)

    sys.setrecursionlimit(10000)
    for v in graph:
        if v not in index:
            visit(v)
    return out


def main():
    crates = [('src (the app)', ROOT / 'src' / 'lib.rs')]
    crates += [(f'crates/{d.name}', d / 'src' / 'lib.rs') for d in sorted((ROOT / 'crates').iterdir())
               if (d / 'src' / 'lib.rs').exists()]
    total = {}
    for name, lib in crates:
        mods = modules(lib)
        graph = {f: edges_of(p, f, mods) for p, f in mods.items()}
        cyclic = [sorted(str(f.relative_to(ROOT)) for f in g) for g in components(graph) if len(g) > 1]
        pairs = sorted({tuple(sorted((str(a.relative_to(ROOT)), str(b.relative_to(ROOT)))))
                        for a, ws in graph.items() for b in ws if a in graph.get(b, ())})
        total[name] = (len(mods), len(cyclic), len(pairs))
        print(f'{name}: {len(mods)} files, {len(cyclic)} groups of files in a cycle, {len(pairs)} pairs importing each other')
        if '--list' in sys.argv:
            for g in cyclic:
                print('  cycle:', ', '.join(g))
            for a, b in pairs:
                print('  pair:', a, '<->', b)
    in_crates = sum(c for n, (_, c, _) in total.items() if n.startswith('crates/'))
    print(f'groups in a cycle: crates/ {in_crates}, src/ {total["src (the app)"][1]}')


if __name__ == '__main__':
    main()
