//! Decisions that need every def: which fields and variants are boxed (a
//! type inside its own strongly connected component), and which structs
//! can derive `Default`.

use super::{DefKind, Ty, TypeDef, TypeId, TypeSpace};

impl TypeSpace<'_> {
    /// Boxes what would make a type contain itself and decides `Default`.
    /// Call once, after every operation is built.
    pub fn finish(&mut self) {
        box_cycles(&mut self.defs);
        derive_defaults(&mut self.defs);
    }
}

/// Sets `boxed` on every field and variant whose type is in the same
/// strongly connected component as the def that holds it.
fn box_cycles(defs: &mut [TypeDef]) {
    let edges: Vec<Vec<TypeId>> = defs.iter().map(direct_edges).collect();
    let scc = tarjan(&edges);
    for (id, def) in defs.iter_mut().enumerate() {
        let same = |ty: &Ty| matches!(ty, Ty::Named(t) if scc[*t] == scc[id]);
        match &mut def.kind {
            DefKind::Struct(s) => {
                for f in &mut s.fields {
                    f.boxed = same(&f.ty);
                }
            }
            DefKind::Union(u) => {
                for v in &mut u.variants {
                    v.boxed = same(&v.ty);
                }
            }
            _ => {}
        }
    }
}

/// The defs a def contains by value (not through `Vec` or maps, which
/// already allocate).
fn direct_edges(def: &TypeDef) -> Vec<TypeId> {
    let named = |ty: &Ty| match ty {
        Ty::Named(t) => Some(*t),
        _ => None,
    };
    match &def.kind {
        DefKind::Struct(s) => s
            .fields
            .iter()
            .map(|f| &f.ty)
            .chain(s.flatten.as_ref().map(|k| &k.ty))
            .filter_map(named)
            .collect(),
        DefKind::Union(u) => u.variants.iter().filter_map(|v| named(&v.ty)).collect(),
        DefKind::Alias(ty) => named(ty).into_iter().collect(),
        _ => Vec::new(),
    }
}

/// `Default` for structs whose required fields all have defaults, and
/// aliases of such types; a fixed point, since structs nest.
fn derive_defaults(defs: &mut [TypeDef]) {
    let mut changed = true;
    while changed {
        changed = false;
        for id in 0..defs.len() {
            if !defs[id].default && can_default(defs, id) {
                defs[id].default = true;
                changed = true;
            }
        }
    }
}

/// Whether a def has a `Default`: every open enum (`Unknown("")`), union
/// (`Unknown(null)`) and runtime type has one; a struct when its required
/// fields' types do (never when it requires itself: no finite value of it
/// exists); an alias as its target. With `Default` on (nearly) every
/// struct, code can build values with `..Default::default()`, which keeps
/// compiling when a later spec adds a field.
fn can_default(defs: &[TypeDef], id: TypeId) -> bool {
    let has_default = |ty: &Ty| ty.has_default(defs);
    match &defs[id].kind {
        DefKind::Struct(s) => {
            s.fields
                .iter()
                .all(|f| f.optional() || f.nullable() || has_default(&f.ty))
                && s.flatten.as_ref().is_none_or(|k| has_default(&k.ty))
        }
        DefKind::Alias(t) => has_default(t),
        DefKind::Enum(_) | DefKind::Union(_) | DefKind::External(_) => true,
    }
}

/// Strongly connected components (Tarjan), iterative; returns a component
/// index per node. Nodes in the same component reach each other, and a
/// self-loop puts a node in a cycle with itself; a node in no cycle gets
/// an index no other node shares.
pub(super) fn tarjan(edges: &[Vec<TypeId>]) -> Vec<usize> {
    let mut state = Tarjan::new(edges.len());
    for root in 0..edges.len() {
        if state.index[root] == usize::MAX {
            state.visit(root, edges);
        }
    }
    state.singletons_apart(edges)
}

struct Tarjan {
    index: Vec<usize>,
    low: Vec<usize>,
    on_stack: Vec<bool>,
    stack: Vec<usize>,
    comp: Vec<usize>,
    next_index: usize,
    next_comp: usize,
}

impl Tarjan {
    fn new(n: usize) -> Self {
        Self {
            index: vec![usize::MAX; n],
            low: vec![0; n],
            on_stack: vec![false; n],
            stack: Vec::new(),
            comp: vec![usize::MAX; n],
            next_index: 0,
            next_comp: 0,
        }
    }

    /// Depth-first from `root` with an explicit stack of (node, next edge).
    fn visit(&mut self, root: usize, edges: &[Vec<TypeId>]) {
        let mut work: Vec<(usize, usize)> = vec![(root, 0)];
        while let Some(&mut (v, ref mut ei)) = work.last_mut() {
            if *ei == 0 && self.index[v] == usize::MAX {
                self.enter(v);
            }
            if let Some(&w) = edges[v].get(*ei) {
                *ei += 1;
                if self.index[w] == usize::MAX {
                    work.push((w, 0));
                } else if self.on_stack[w] {
                    self.low[v] = self.low[v].min(self.index[w]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                self.low[parent] = self.low[parent].min(self.low[v]);
            }
            if self.low[v] == self.index[v] {
                self.close_component(v);
            }
        }
    }

    fn enter(&mut self, v: usize) {
        self.index[v] = self.next_index;
        self.low[v] = self.next_index;
        self.next_index += 1;
        self.stack.push(v);
        self.on_stack[v] = true;
    }

    /// Pops the component whose root is `v`.
    fn close_component(&mut self, v: usize) {
        while let Some(w) = self.stack.pop() {
            self.on_stack[w] = false;
            self.comp[w] = self.next_comp;
            if w == v {
                break;
            }
        }
        self.next_comp += 1;
    }

    /// A node alone in its component is only cyclic with a self-loop;
    /// otherwise it gets a unique id that no neighbour shares.
    fn singletons_apart(self, edges: &[Vec<TypeId>]) -> Vec<usize> {
        let mut sizes = vec![0usize; self.next_comp];
        for &c in &self.comp {
            sizes[c] += 1;
        }
        let mut out = self.comp.clone();
        for (v, c) in self.comp.iter().enumerate() {
            if sizes[*c] == 1 && !edges[v].contains(&v) {
                out[v] = self.next_comp + v;
            }
        }
        out
    }
}
