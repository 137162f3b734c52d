//! Scope analysis: which names of each function, class, lambda and comprehension are locals,
//! cells, free variables or globals. Runs once over the whole module before code generation,
//! which then never looks a local name up in a map at run time.

use std::collections::{HashMap, HashSet};

use terrarium_grammar::ast::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Class,
    /// A comprehension or generator expression: a function scope of its own.
    Comprehension,
}

/// How a name is reached from one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameKind {
    Local,
    Cell,
    Free,
    GlobalExplicit,
    GlobalImplicit,
    /// Class bodies and the module: the namespace.
    Namespace,
}

#[derive(Debug, Default)]
pub struct Scope {
    pub kind: Option<ScopeKind>,
    pub parent: Option<usize>,
    /// Parameters in order, then other locals in order of first binding.
    pub locals: Vec<String>,
    local_set: HashSet<String>,
    pub params: usize,
    pub globals: HashSet<String>,
    pub nonlocals: HashSet<String>,
    /// Names read (or bound) here, in order of first use.
    pub used: Vec<String>,
    used_set: HashSet<String>,
    pub cells: Vec<String>,
    pub frees: Vec<String>,
    /// A method that uses `super` or `__class__` needs the class cell.
    pub needs_class_cell: bool,
    pub is_generator: bool,
    pub is_coroutine: bool,
}

impl Scope {
    fn bind(&mut self, name: &str) {
        if self.local_set.insert(name.to_string()) {
            self.locals.push(name.to_string());
        }
        self.use_name(name);
    }

    fn use_name(&mut self, name: &str) {
        if self.used_set.insert(name.to_string()) {
            self.used.push(name.to_string());
        }
    }

    pub fn kind(&self) -> ScopeKind {
        self.kind.unwrap_or(ScopeKind::Module)
    }

    fn is_function_like(&self) -> bool {
        matches!(self.kind(), ScopeKind::Function | ScopeKind::Comprehension)
    }

    /// How `name` is reached from this scope.
    pub fn resolve(&self, name: &str) -> NameKind {
        if self.globals.contains(name) {
            return NameKind::GlobalExplicit;
        }
        match self.kind() {
            ScopeKind::Module => NameKind::Namespace,
            ScopeKind::Class => {
                if self.frees.iter().any(|f| f == name) && !self.local_set.contains(name) {
                    NameKind::Free
                } else {
                    NameKind::Namespace
                }
            }
            _ => {
                if self.cells.iter().any(|c| c == name) {
                    NameKind::Cell
                } else if self.frees.iter().any(|f| f == name) {
                    NameKind::Free
                } else if self.local_set.contains(name) {
                    NameKind::Local
                } else {
                    NameKind::GlobalImplicit
                }
            }
        }
    }
}

/// An error found by scope analysis (CPython reports these as SyntaxError).
#[derive(Debug, Clone)]
pub struct ScopeError {
    pub message: String,
    pub span: Span,
}

/// Scopes of a module, keyed by the address of the node that opens each.
#[derive(Debug, Default)]
pub struct Scopes {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
}

/// The key of a scope-opening node.
pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

impl Scopes {
    pub fn of(&self, key: usize) -> Option<usize> {
        self.by_node.get(&key).copied()
    }

    pub fn analyze(module: &Module) -> Result<Scopes, ScopeError> {
        let mut s = Scopes::default();
        s.scopes.push(Scope {
            kind: Some(ScopeKind::Module),
            ..Scope::default()
        });
        let mut b = Builder {
            scopes: &mut s,
            current: 0,
        };
        for stmt in &module.body {
            b.stmt(stmt)?;
        }
        s.resolve_frees();
        Ok(s)
    }

    /// Decides cells and free variables, innermost scopes first.
    fn resolve_frees(&mut self) {
        // Children always come after their parents, so walking backwards visits inner scopes
        // before the scopes that enclose them.
        for i in (1..self.scopes.len()).rev() {
            let needs: Vec<String> = {
                let sc = &self.scopes[i];
                let mut needs: Vec<String> = Vec::new();
                let candidates = sc.used.iter().chain(sc.frees.iter());
                for name in candidates {
                    let bound_here = sc.local_set.contains(name);
                    let is_free = sc.nonlocals.contains(name)
                        || sc.frees.contains(name)
                        || (!bound_here && !sc.globals.contains(name));
                    if is_free && !needs.contains(name) {
                        needs.push(name.clone());
                    }
                }
                needs
            };
            for name in needs {
                if let Some(owner) = self.find_binding(i, &name) {
                    // Mark the owner's variable as a cell and every scope in between as
                    // passing it through as a free variable.
                    if !self.scopes[owner].cells.contains(&name) {
                        self.scopes[owner].cells.push(name.clone());
                    }
                    let mut j = i;
                    while j != owner {
                        if !self.scopes[j].frees.contains(&name) {
                            self.scopes[j].frees.push(name.clone());
                        }
                        j = self.scopes[j].parent.unwrap_or(owner);
                    }
                }
            }
        }
        // CPython lists cell and free variables by name (co_cellvars, co_freevars, __closure__).
        for sc in &mut self.scopes {
            sc.cells.sort();
            sc.frees.sort();
        }
    }

    /// The function scope enclosing `from` that binds `name`, skipping class scopes.
    fn find_binding(&self, from: usize, name: &str) -> Option<usize> {
        let mut j = self.scopes[from].parent?;
        loop {
            let sc = &self.scopes[j];
            match sc.kind() {
                ScopeKind::Module => return None,
                ScopeKind::Class => {
                    if name == "__class__" {
                        return Some(j);
                    }
                }
                _ => {
                    if sc.globals.contains(name) {
                        return None;
                    }
                    if sc.local_set.contains(name) && !sc.nonlocals.contains(name) {
                        return Some(j);
                    }
                }
            }
            j = sc.parent?;
        }
    }
}

struct Builder<'a> {
    scopes: &'a mut Scopes,
    current: usize,
}

impl Builder<'_> {
    fn cur(&mut self) -> &mut Scope {
        &mut self.scopes.scopes[self.current]
    }

    fn push(&mut self, key: usize, kind: ScopeKind) -> usize {
        let id = self.scopes.scopes.len();
        self.scopes.scopes.push(Scope {
            kind: Some(kind),
            parent: Some(self.current),
            ..Scope::default()
        });
        self.scopes.by_node.insert(key, id);
        let prev = self.current;
        self.current = id;
        prev
    }

    fn bind(&mut self, name: &str) {
        self.cur().bind(name);
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), ScopeError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn arguments(&mut self, args: &Arguments) -> Result<(), ScopeError> {
        // Defaults and annotations belong to the enclosing scope.
        for d in &args.defaults {
            self.expr(d)?;
        }
        for d in args.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        for a in all_params(args) {
            if let Some(ann) = &a.annotation {
                self.expr(ann)?;
            }
        }
        Ok(())
    }

    fn params(&mut self, args: &Arguments) {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(args.vararg.iter())
            .chain(&args.kwonlyargs)
            .chain(args.kwarg.iter());
        // Declared order: positional, keyword-only, then *args and **kwargs (as CPython).
        let mut names: Vec<&str> = Vec::new();
        for a in args.posonlyargs.iter().chain(&args.args) {
            names.push(&a.arg);
        }
        for a in &args.kwonlyargs {
            names.push(&a.arg);
        }
        if let Some(a) = &args.vararg {
            names.push(&a.arg);
        }
        if let Some(a) = &args.kwarg {
            names.push(&a.arg);
        }
        let _ = all;
        for n in &names {
            self.bind(n);
        }
        self.cur().params = names.len();
    }

    fn function(
        &mut self,
        key: usize,
        args: &Arguments,
        body_stmts: Option<&[Stmt]>,
        body_expr: Option<&Expr>,
        is_async: bool,
    ) -> Result<(), ScopeError> {
        self.arguments(args)?;
        let prev = self.push(key, ScopeKind::Function);
        self.cur().is_coroutine = is_async;
        self.params(args);
        if let Some(body) = body_stmts {
            self.stmts(body)?;
        }
        if let Some(e) = body_expr {
            self.expr(e)?;
        }
        self.current = prev;
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), ScopeError> {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(d)?;
                }
                if let Some(r) = &f.returns {
                    self.expr(r)?;
                }
                self.function(node_key(f), &f.args, Some(&f.body), None, f.is_async)?;
                self.bind(&f.name);
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(d)?;
                }
                for b in &c.bases {
                    self.expr(b)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                let prev = self.push(node_key(c), ScopeKind::Class);
                self.stmts(&c.body)?;
                self.current = prev;
                self.bind(&c.name);
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::TypeAlias { name, value, .. } => {
                self.expr(value)?;
                self.target(name)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                self.target(target)?;
            }
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.target(target)?;
                } else if let ExprKind::Name { id, .. } = &target.kind {
                    // A bare annotation still makes the name local to a function.
                    if self.cur().kind() == ScopeKind::Function {
                        self.bind(id);
                    }
                } else {
                    self.target_parts(target)?;
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(iter)?;
                self.target(target)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::With { items, body, .. } => {
                for item in items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.target(v)?;
                    }
                }
                self.stmts(body)?;
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for case in cases {
                    self.pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&case.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.stmts(body)?;
                for h in handlers {
                    if let Some(t) = &h.type_ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(n);
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import(names) => {
                for a in names {
                    let bound = a
                        .asname
                        .clone()
                        .unwrap_or_else(|| a.name.split('.').next().unwrap_or("").to_string());
                    self.bind(&bound);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name != "*" {
                        let bound = a.asname.as_ref().unwrap_or(&a.name).clone();
                        self.bind(&bound);
                    }
                }
            }
            StmtKind::Global(names) => {
                for n in names {
                    if self.cur().local_set.contains(n) && self.cur().kind() != ScopeKind::Module {
                        return Err(ScopeError {
                            message: format!("name '{n}' is assigned to before global declaration"),
                            span: s.span,
                        });
                    }
                    self.cur().globals.insert(n.clone());
                }
            }
            StmtKind::Nonlocal(names) => {
                if self.cur().kind() == ScopeKind::Module {
                    return Err(ScopeError {
                        message: "nonlocal declaration not allowed at module level".into(),
                        span: s.span,
                    });
                }
                for n in names {
                    self.cur().nonlocals.insert(n.clone());
                    self.bind(n);
                }
            }
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn pattern(&mut self, p: &Pattern) -> Result<(), ScopeError> {
        match &p.kind {
            PatternKind::MatchValue(e) => self.expr(e)?,
            PatternKind::MatchSingleton(_) => {}
            PatternKind::MatchSequence(ps) | PatternKind::MatchOr(ps) => {
                for p in ps {
                    self.pattern(p)?;
                }
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                for k in keys {
                    self.expr(k)?;
                }
                for p in patterns {
                    self.pattern(p)?;
                }
                if let Some(r) = rest {
                    self.bind(r);
                }
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls)?;
                for p in patterns.iter().chain(kwd_patterns) {
                    self.pattern(p)?;
                }
            }
            PatternKind::MatchStar(name) => {
                if let Some(n) = name {
                    self.bind(n);
                }
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(p) = pattern {
                    self.pattern(p)?;
                }
                if let Some(n) = name {
                    self.bind(n);
                }
            }
        }
        Ok(())
    }

    /// A binding target.
    fn target(&mut self, t: &Expr) -> Result<(), ScopeError> {
        match &t.kind {
            ExprKind::Name { id, .. } => {
                self.bind(id);
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts {
                    self.target(e)?;
                }
                Ok(())
            }
            ExprKind::Starred { value, .. } => self.target(value),
            _ => self.target_parts(t),
        }
    }

    /// The expressions inside an attribute or subscript target.
    fn target_parts(&mut self, t: &Expr) -> Result<(), ScopeError> {
        self.expr(t)
    }

    fn comprehension(
        &mut self,
        key: usize,
        generators: &[Comprehension],
        elts: &[&Expr],
        is_genexp: bool,
    ) -> Result<(), ScopeError> {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.expr(&first.iter)?;
        }
        let prev = self.push(key, ScopeKind::Comprehension);
        self.cur().is_generator = is_genexp;
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            for cond in &g.ifs {
                self.expr(cond)?;
            }
            if g.is_async {
                self.cur().is_coroutine = true;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        // An async list/set/dict comprehension is awaited where it is called: inside another
        // comprehension, that one becomes async too.
        let is_async = self.cur().is_coroutine;
        self.current = prev;
        if is_async && !is_genexp && self.cur().kind() == ScopeKind::Comprehension {
            self.cur().is_coroutine = true;
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), ScopeError> {
        match &e.kind {
            ExprKind::Name { id, .. } => {
                if id == "super" {
                    self.mark_class_cell();
                }
                self.cur().use_name(id);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                if let ExprKind::Name { id, .. } = &target.kind {
                    // Walrus in a comprehension binds in the nearest enclosing non-comprehension.
                    let mut j = self.current;
                    while self.scopes.scopes[j].kind() == ScopeKind::Comprehension {
                        match self.scopes.scopes[j].parent {
                            Some(p) => j = p,
                            None => break,
                        }
                    }
                    if j != self.current {
                        if self.scopes.scopes[j].kind() == ScopeKind::Class {
                            return Err(ScopeError {
                                message: "assignment expression within a comprehension cannot be used in a class body".into(),
                                span: e.span,
                            });
                        }
                        self.scopes.scopes[j].bind(id);
                        if self.scopes.scopes[j].kind() == ScopeKind::Module {
                            self.cur().globals.insert(id.clone());
                        } else {
                            self.cur().nonlocals.insert(id.clone());
                            self.cur().use_name(id);
                        }
                    } else {
                        self.bind(id);
                    }
                }
            }
            ExprKind::Lambda { args, body } => {
                self.function(node_key(e), args, None, Some(body), false)?;
            }
            ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } => {
                self.comprehension(node_key(e), generators, &[elt], false)?;
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(node_key(e), generators, &[elt], true)?;
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.comprehension(node_key(e), generators, &[key, value], false)?;
            }
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => {
                self.cur().is_generator = true;
                self.children(e)?;
            }
            ExprKind::Await(_) => {
                self.cur().is_coroutine = true;
                self.children(e)?;
            }
            _ => self.children(e)?,
        }
        Ok(())
    }

    fn mark_class_cell(&mut self) {
        if self.cur().is_function_like() {
            self.cur().needs_class_cell = true;
            self.cur().use_name("__class__");
        }
    }

    fn children(&mut self, e: &Expr) -> Result<(), ScopeError> {
        let mut err = Ok(());
        for_each_child(e, &mut |c| {
            if err.is_ok() {
                err = self.expr(c);
            }
        });
        err
    }
}

/// Calls `f` on each direct sub-expression of `e` (not descending into scopes' bodies, which
/// the caller handles).
pub fn for_each_child<'a>(e: &'a Expr, f: &mut dyn FnMut(&'a Expr)) {
    match &e.kind {
        ExprKind::BoolOp { values, .. } => values.iter().for_each(f),
        ExprKind::NamedExpr { target, value } => {
            f(target);
            f(value);
        }
        ExprKind::BinOp { left, right, .. } => {
            f(left);
            f(right);
        }
        ExprKind::UnaryOp { operand, .. } => f(operand),
        ExprKind::Lambda { body, .. } => f(body),
        ExprKind::IfExp { test, body, orelse } => {
            f(test);
            f(body);
            f(orelse);
        }
        ExprKind::Dict { keys, values } => {
            keys.iter().flatten().for_each(&mut *f);
            values.iter().for_each(f);
        }
        ExprKind::Set(elts) | ExprKind::JoinedStr(elts) => elts.iter().for_each(f),
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => elts.iter().for_each(f),
        ExprKind::ListComp { elt, .. }
        | ExprKind::SetComp { elt, .. }
        | ExprKind::GeneratorExp { elt, .. } => f(elt),
        ExprKind::DictComp { key, value, .. } => {
            f(key);
            f(value);
        }
        ExprKind::Await(v) | ExprKind::YieldFrom(v) => f(v),
        ExprKind::Yield(v) => {
            if let Some(v) = v {
                f(v)
            }
        }
        ExprKind::Compare {
            left, comparators, ..
        } => {
            f(left);
            comparators.iter().for_each(f);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            f(func);
            args.iter().for_each(&mut *f);
            keywords.iter().for_each(|k| f(&k.value));
        }
        ExprKind::FormattedValue {
            value, format_spec, ..
        } => {
            f(value);
            if let Some(s) = format_spec {
                f(s);
            }
        }
        ExprKind::Constant(_) | ExprKind::Name { .. } => {}
        ExprKind::Attribute { value, .. } => f(value),
        ExprKind::Subscript { value, slice, .. } => {
            f(value);
            f(slice);
        }
        ExprKind::Starred { value, .. } => f(value),
        ExprKind::Slice { lower, upper, step } => {
            for x in [lower, upper, step].into_iter().flatten() {
                f(x);
            }
        }
    }
}

/// Every parameter in definition order: positional-only, positional, `*args`, keyword-only,
/// `**kwargs` (the order of `__annotations__`).
pub(crate) fn all_params(args: &Arguments) -> impl Iterator<Item = &terrarium_grammar::ast::Arg> {
    args.posonlyargs
        .iter()
        .chain(&args.args)
        .chain(args.vararg.iter())
        .chain(&args.kwonlyargs)
        .chain(args.kwarg.iter())
}
