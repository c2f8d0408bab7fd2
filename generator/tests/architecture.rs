//! The generator's shape, checked on its own source: the modules form
//! layers (at every level of the module tree, sibling modules import each
//! other without a cycle), functions stay short and impl blocks small.
//! Unit tests (`#[cfg(test)]` items) may reach anywhere and are not counted.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use syn::spanned::Spanned;
use syn::visit::Visit;

const LONGEST_FN: usize = 60;
const LARGEST_IMPL: usize = 300;

/// A module path below the crate root: `["ops", "build"]`; empty for lib.rs.
type ModPath = Vec<String>;

struct Module {
    path: ModPath,
    file: PathBuf,
    ast: syn::File,
}

fn modules() -> Vec<Module> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    collect_rs(&src, &mut files);
    files.sort();
    files
        .into_iter()
        .map(|file| {
            let rel = file.strip_prefix(&src).unwrap().with_extension("");
            let mut path: ModPath = rel
                .iter()
                .map(|s| s.to_string_lossy().into_owned())
                .collect();
            if matches!(path.last().map(String::as_str), Some("mod" | "lib")) {
                path.pop();
            }
            let text = std::fs::read_to_string(&file).unwrap();
            let mut ast =
                syn::parse_file(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            ast.items.retain(|item| !is_test_only(item_attrs(item)));
            Module { path, file, ast }
        })
        .filter(|m| m.path.last().map(String::as_str) != Some("tests"))
        .collect()
}

fn collect_rs(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect_rs(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn item_attrs(item: &syn::Item) -> &[syn::Attribute] {
    match item {
        syn::Item::Fn(i) => &i.attrs,
        syn::Item::Mod(i) => &i.attrs,
        syn::Item::Impl(i) => &i.attrs,
        syn::Item::Use(i) => &i.attrs,
        syn::Item::Struct(i) => &i.attrs,
        syn::Item::Enum(i) => &i.attrs,
        syn::Item::Const(i) => &i.attrs,
        _ => &[],
    }
}

fn is_test_only(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| {
        a.path().is_ident("cfg") && a.parse_args::<syn::Ident>().is_ok_and(|i| i == "test")
    })
}

/// Every module path a module's code names (`crate::…`, `super::…`,
/// `self::…` and child modules), resolved to the deepest module that exists.
struct Refs<'m> {
    from: &'m ModPath,
    known: &'m BTreeSet<ModPath>,
    found: BTreeSet<ModPath>,
}

impl Refs<'_> {
    fn add(&mut self, segments: &[String]) {
        let Some(first) = segments.first() else {
            return;
        };
        let mut base: ModPath = match first.as_str() {
            "crate" => Vec::new(),
            "self" => self.from.clone(),
            "super" => {
                let mut up = self.from.clone();
                let mut rest = segments;
                while rest.first().map(String::as_str) == Some("super") {
                    up.pop();
                    rest = &rest[1..];
                }
                return self.resolve(up, rest);
            }
            _ => {
                let mut child = self.from.clone();
                child.push(first.clone());
                if !self.known.contains(&child) {
                    return;
                }
                self.from.clone()
            }
        };
        let rest = if first == "crate" || first == "self" {
            &segments[1..]
        } else {
            segments
        };
        base = self.resolve_base(base, rest);
        if !base.is_empty() {
            self.found.insert(base);
        }
    }

    fn resolve(&mut self, base: ModPath, rest: &[String]) {
        let found = self.resolve_base(base, rest);
        if !found.is_empty() {
            self.found.insert(found);
        }
    }

    fn resolve_base(&self, mut base: ModPath, rest: &[String]) -> ModPath {
        for segment in rest {
            base.push(segment.clone());
            if !self.known.contains(&base) {
                base.pop();
                break;
            }
        }
        base
    }
}

impl<'ast> Visit<'ast> for Refs<'_> {
    fn visit_path(&mut self, path: &'ast syn::Path) {
        let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        self.add(&segments);
        syn::visit::visit_path(self, path);
    }

    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        let mut paths = Vec::new();
        use_paths(&item.tree, Vec::new(), &mut paths);
        for p in paths {
            self.add(&p);
        }
    }

    fn visit_item_mod(&mut self, item: &'ast syn::ItemMod) {
        if !is_test_only(&item.attrs) {
            syn::visit::visit_item_mod(self, item);
        }
    }

    fn visit_item_fn(&mut self, item: &'ast syn::ItemFn) {
        if !is_test_only(&item.attrs) {
            syn::visit::visit_item_fn(self, item);
        }
    }
}

fn use_paths(tree: &syn::UseTree, prefix: Vec<String>, out: &mut Vec<Vec<String>>) {
    match tree {
        syn::UseTree::Path(p) => {
            let mut next = prefix;
            next.push(p.ident.to_string());
            use_paths(&p.tree, next, out);
        }
        syn::UseTree::Name(n) => out.push([prefix, vec![n.ident.to_string()]].concat()),
        syn::UseTree::Rename(r) => out.push([prefix, vec![r.ident.to_string()]].concat()),
        syn::UseTree::Glob(_) => out.push(prefix),
        syn::UseTree::Group(g) => {
            for t in &g.items {
                use_paths(t, prefix.clone(), out);
            }
        }
    }
}

/// Module → the modules it names.
fn imports(modules: &[Module]) -> BTreeMap<ModPath, BTreeSet<ModPath>> {
    let known: BTreeSet<ModPath> = modules.iter().map(|m| m.path.clone()).collect();
    modules
        .iter()
        .map(|m| {
            let mut refs = Refs {
                from: &m.path,
                known: &known,
                found: BTreeSet::new(),
            };
            refs.visit_file(&m.ast);
            (m.path.clone(), refs.found)
        })
        .collect()
}

/// The cycles among the children of each module: an edge `a → b` between
/// two siblings when anything in `a`'s subtree names anything in `b`'s.
fn sibling_cycles(imports: &BTreeMap<ModPath, BTreeSet<ModPath>>) -> Vec<Vec<String>> {
    let parents: BTreeSet<ModPath> = imports
        .keys()
        .filter(|p| !p.is_empty())
        .map(|p| p[..p.len() - 1].to_vec())
        .collect();
    let mut cycles = Vec::new();
    for parent in parents {
        let depth = parent.len();
        let child_of = |p: &ModPath| -> Option<String> {
            (p.len() > depth && p[..depth] == parent[..]).then(|| p[depth].clone())
        };
        let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (from, tos) in imports {
            let Some(a) = child_of(from) else { continue };
            edges.entry(a.clone()).or_default();
            for to in tos {
                if let Some(b) = child_of(to) {
                    if a != b {
                        edges.entry(a.clone()).or_default().insert(b);
                    }
                }
            }
        }
        for scc in strongly_connected(&edges) {
            if scc.len() > 1 {
                let prefix = parent.join("::");
                cycles.push(
                    scc.into_iter()
                        .map(|c| {
                            if prefix.is_empty() {
                                c
                            } else {
                                format!("{prefix}::{c}")
                            }
                        })
                        .collect(),
                );
            }
        }
    }
    cycles
}

/// Tarjan's algorithm, iterative enough for a few dozen nodes.
fn strongly_connected(edges: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct State<'e> {
        edges: &'e BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'e str, usize>,
        low: BTreeMap<&'e str, usize>,
        stack: Vec<&'e str>,
        out: Vec<Vec<String>>,
    }
    fn visit<'e>(s: &mut State<'e>, v: &'e str) {
        let i = s.index.len();
        s.index.insert(v, i);
        s.low.insert(v, i);
        s.stack.push(v);
        for w in s.edges.get(v).into_iter().flatten() {
            if !s.index.contains_key(w.as_str()) {
                visit(s, w);
                let lw = s.low[w.as_str()];
                let lv = s.low.get_mut(v).unwrap();
                *lv = (*lv).min(lw);
            } else if s.stack.contains(&w.as_str()) {
                let iw = s.index[w.as_str()];
                let lv = s.low.get_mut(v).unwrap();
                *lv = (*lv).min(iw);
            }
        }
        if s.low[v] == s.index[v] {
            let mut scc = Vec::new();
            while let Some(w) = s.stack.pop() {
                scc.push(w.to_owned());
                if w == v {
                    break;
                }
            }
            scc.sort();
            s.out.push(scc);
        }
    }
    let mut s = State {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        out: Vec::new(),
    };
    for v in edges.keys() {
        if !s.index.contains_key(v.as_str()) {
            visit(&mut s, v);
        }
    }
    s.out
}

#[test]
fn sibling_modules_import_each_other_without_a_cycle() {
    let imports = imports(&modules());
    let cycles = sibling_cycles(&imports);
    let shown: Vec<String> = cycles.iter().map(|c| c.join(" ↔ ")).collect();
    assert!(cycles.is_empty(), "module cycles:\n{}", shown.join("\n"));
    for (module, uses) in top_level(&imports) {
        println!("{module:>8} → {}", uses.join(", "));
    }
    // The checker sees imports at all: the IR builder names the operations.
    assert!(imports[&vec!["ir".to_owned()]].contains(&vec!["ops".to_owned()]));
}

/// Each top-level module and the top-level modules it imports.
fn top_level(imports: &BTreeMap<ModPath, BTreeSet<ModPath>>) -> BTreeMap<String, Vec<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (from, tos) in imports {
        let Some(a) = from.first() else { continue };
        let entry = out.entry(a.clone()).or_default();
        for b in tos.iter().filter_map(|t| t.first()) {
            if b != a {
                entry.insert(b.clone());
            }
        }
    }
    out.into_iter()
        .map(|(k, v)| (k, v.into_iter().collect()))
        .collect()
}

#[test]
fn the_checker_finds_a_cycle() {
    let edges: BTreeMap<String, BTreeSet<String>> = [
        ("a", vec!["b"]),
        ("b", vec!["c"]),
        ("c", vec!["a"]),
        ("d", vec!["a"]),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.into_iter().map(str::to_owned).collect()))
    .collect();
    let sccs: Vec<_> = strongly_connected(&edges)
        .into_iter()
        .filter(|s| s.len() > 1)
        .collect();
    assert_eq!(sccs, vec![vec!["a", "b", "c"]]);
}

/// Lines of an item, first to last.
fn lines(span: proc_macro2::Span) -> usize {
    span.end().line - span.start().line + 1
}

struct Sizes<'f> {
    file: &'f Path,
    long_fns: Vec<String>,
    large_impls: Vec<String>,
    /// The longest function and the largest impl block seen, in lines.
    longest: usize,
    largest: usize,
}

impl<'ast> Visit<'ast> for Sizes<'_> {
    fn visit_item_fn(&mut self, f: &'ast syn::ItemFn) {
        if is_test_only(&f.attrs) {
            return;
        }
        self.function(&f.sig.ident, f.span());
        syn::visit::visit_item_fn(self, f);
    }

    fn visit_impl_item_fn(&mut self, f: &'ast syn::ImplItemFn) {
        self.function(&f.sig.ident, f.span());
        syn::visit::visit_impl_item_fn(self, f);
    }

    fn visit_item_impl(&mut self, i: &'ast syn::ItemImpl) {
        let n = lines(i.span());
        self.largest = self.largest.max(n);
        if n > LARGEST_IMPL {
            self.large_impls.push(format!(
                "{}:{} impl: {n} lines",
                self.file.display(),
                i.span().start().line
            ));
        }
        syn::visit::visit_item_impl(self, i);
    }

    fn visit_item_mod(&mut self, item: &'ast syn::ItemMod) {
        if !is_test_only(&item.attrs) {
            syn::visit::visit_item_mod(self, item);
        }
    }
}

impl Sizes<'_> {
    fn function(&mut self, name: &syn::Ident, span: proc_macro2::Span) {
        let n = lines(span);
        self.longest = self.longest.max(n);
        if n > LONGEST_FN {
            self.long_fns.push(format!(
                "{}:{} fn {name}: {n} lines",
                self.file.display(),
                span.start().line
            ));
        }
    }
}

#[test]
fn functions_are_short_and_impl_blocks_small() {
    let (mut long_fns, mut large_impls) = (Vec::new(), Vec::new());
    let (mut longest, mut largest) = (0, 0);
    for m in modules() {
        let mut sizes = Sizes {
            file: &m.file,
            long_fns: Vec::new(),
            large_impls: Vec::new(),
            longest: 0,
            largest: 0,
        };
        sizes.visit_file(&m.ast);
        long_fns.extend(sizes.long_fns);
        large_impls.extend(sizes.large_impls);
        longest = longest.max(sizes.longest);
        largest = largest.max(sizes.largest);
    }
    println!("longest function: {longest} lines; largest impl block: {largest} lines");
    assert!(
        long_fns.is_empty() && large_impls.is_empty(),
        "functions over {LONGEST_FN} lines:\n{}\nimpl blocks over {LARGEST_IMPL} lines:\n{}",
        long_fns.join("\n"),
        large_impls.join("\n")
    );
}
