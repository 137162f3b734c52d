//! `dump`: the text CPython 3.13's `ast.dump(tree)` prints for the same program (default
//! arguments: field names shown, `None` and `[]` fields left out, no positions). The tree's
//! depth is bounded by the lowering, so the recursion here is bounded too.

mod printable;
pub mod repr;

use crate::ast::*;
use repr::{py_repr_bytes, py_repr_float, py_repr_imag, py_repr_str};

/// `ast.dump(ast.parse(source))` for a parsed module. The AST does not record the `u` prefix
/// of a string literal, so `Constant(kind='u')` needs the source: see [`dump_with_source`].
pub fn dump(module: &Module) -> String {
    Dumper::new(None).module(module)
}

/// Like [`dump`], reading the source under each string constant's span to print
/// `kind='u'` for literals written with a `u` prefix, exactly as CPython does.
pub fn dump_with_source(module: &Module, source: &str) -> String {
    Dumper::new(Some(source)).module(module)
}

struct Dumper<'a> {
    out: String,
    src: Option<&'a str>,
    /// One flag per open node: no field written yet.
    first: Vec<bool>,
}

impl<'a> Dumper<'a> {
    fn new(src: Option<&'a str>) -> Self {
        Dumper {
            out: String::new(),
            src,
            first: Vec::new(),
        }
    }

    fn module(mut self, m: &Module) -> String {
        self.open("Module");
        self.stmts("body", &m.body);
        self.close();
        self.out
    }

    // ------------------------------------------------------------ building blocks

    fn open(&mut self, name: &str) {
        self.out.push_str(name);
        self.out.push('(');
        self.first.push(true);
    }

    fn close(&mut self) {
        self.first.pop();
        self.out.push(')');
    }

    /// Starts the field `name=` of the innermost open node.
    fn key(&mut self, name: &str) {
        if let Some(first) = self.first.last_mut() {
            if !*first {
                self.out.push_str(", ");
            }
            *first = false;
        }
        self.out.push_str(name);
        self.out.push('=');
    }

    /// A node without fields (`Load()`, `Add()`), as a field value.
    fn leaf(&mut self, field: &str, node: &str) {
        self.key(field);
        self.out.push_str(node);
        self.out.push_str("()");
    }

    fn str_field(&mut self, field: &str, value: &str) {
        self.key(field);
        py_repr_str(value, &mut self.out);
    }

    fn opt_str(&mut self, field: &str, value: Option<&str>) {
        if let Some(v) = value {
            self.str_field(field, v);
        }
    }

    fn int_field(&mut self, field: &str, value: i64) {
        self.key(field);
        self.out.push_str(&value.to_string());
    }

    fn strs(&mut self, field: &str, values: &[String]) {
        if values.is_empty() {
            return;
        }
        self.key(field);
        self.out.push('[');
        for (i, v) in values.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            py_repr_str(v, &mut self.out);
        }
        self.out.push(']');
    }

    /// A non-empty list of nodes written by `each`.
    fn list<T>(&mut self, field: &str, items: &[T], mut each: impl FnMut(&mut Self, &T)) {
        if items.is_empty() {
            return;
        }
        self.key(field);
        self.out.push('[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            each(self, item);
        }
        self.out.push(']');
    }

    fn stmts(&mut self, field: &str, body: &[Stmt]) {
        self.list(field, body, |d, s| d.stmt(s));
    }

    fn exprs(&mut self, field: &str, items: &[Expr]) {
        self.list(field, items, |d, e| d.expr(e));
    }

    fn expr_field(&mut self, field: &str, e: &Expr) {
        self.key(field);
        self.expr(e);
    }

    fn opt_expr(&mut self, field: &str, e: Option<&Expr>) {
        if let Some(e) = e {
            self.expr_field(field, e);
        }
    }

    fn ctx(&mut self, ctx: ExprContext) {
        let name = match ctx {
            ExprContext::Load => "Load",
            ExprContext::Store => "Store",
            ExprContext::Del => "Del",
        };
        self.leaf("ctx", name);
    }

    // ------------------------------------------------------------ statements

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                self.open(if f.is_async {
                    "AsyncFunctionDef"
                } else {
                    "FunctionDef"
                });
                self.str_field("name", &f.name);
                self.key("args");
                self.arguments(&f.args);
                self.stmts("body", &f.body);
                self.exprs("decorator_list", &f.decorator_list);
                self.opt_expr("returns", f.returns.as_ref());
                self.type_params(&f.type_params);
            }
            StmtKind::ClassDef(c) => {
                self.open("ClassDef");
                self.str_field("name", &c.name);
                self.exprs("bases", &c.bases);
                self.keywords(&c.keywords);
                self.stmts("body", &c.body);
                self.exprs("decorator_list", &c.decorator_list);
                self.type_params(&c.type_params);
            }
            StmtKind::Return(v) => {
                self.open("Return");
                self.opt_expr("value", v.as_ref());
            }
            StmtKind::Delete(targets) => {
                self.open("Delete");
                self.exprs("targets", targets);
            }
            StmtKind::Assign { targets, value } => {
                self.open("Assign");
                self.exprs("targets", targets);
                self.expr_field("value", value);
            }
            StmtKind::TypeAlias {
                name,
                type_params,
                value,
            } => {
                self.open("TypeAlias");
                self.expr_field("name", name);
                self.type_params(type_params);
                self.expr_field("value", value);
            }
            StmtKind::AugAssign { target, op, value } => {
                self.open("AugAssign");
                self.expr_field("target", target);
                self.leaf("op", operator_name(*op));
                self.expr_field("value", value);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                self.open("AnnAssign");
                self.expr_field("target", target);
                self.expr_field("annotation", annotation);
                self.opt_expr("value", value.as_ref());
                self.int_field("simple", i64::from(*simple));
            }
            StmtKind::For {
                is_async,
                target,
                iter,
                body,
                orelse,
            } => {
                self.open(if *is_async { "AsyncFor" } else { "For" });
                self.expr_field("target", target);
                self.expr_field("iter", iter);
                self.stmts("body", body);
                self.stmts("orelse", orelse);
            }
            StmtKind::While { test, body, orelse } => {
                self.open("While");
                self.expr_field("test", test);
                self.stmts("body", body);
                self.stmts("orelse", orelse);
            }
            StmtKind::If { test, body, orelse } => {
                self.open("If");
                self.expr_field("test", test);
                self.stmts("body", body);
                self.stmts("orelse", orelse);
            }
            StmtKind::With {
                is_async,
                items,
                body,
            } => {
                self.open(if *is_async { "AsyncWith" } else { "With" });
                self.list("items", items, |d, w| {
                    d.open("withitem");
                    d.expr_field("context_expr", &w.context_expr);
                    d.opt_expr("optional_vars", w.optional_vars.as_ref());
                    d.close();
                });
                self.stmts("body", body);
            }
            StmtKind::Match { subject, cases } => {
                self.open("Match");
                self.expr_field("subject", subject);
                self.list("cases", cases, |d, c| {
                    d.open("match_case");
                    d.key("pattern");
                    d.pattern(&c.pattern);
                    d.opt_expr("guard", c.guard.as_ref());
                    d.stmts("body", &c.body);
                    d.close();
                });
            }
            StmtKind::Raise { exc, cause } => {
                self.open("Raise");
                self.opt_expr("exc", exc.as_ref());
                self.opt_expr("cause", cause.as_ref());
            }
            StmtKind::Try {
                is_star,
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.open(if *is_star { "TryStar" } else { "Try" });
                self.stmts("body", body);
                self.list("handlers", handlers, |d, h| {
                    d.open("ExceptHandler");
                    d.opt_expr("type", h.type_.as_ref());
                    d.opt_str("name", h.name.as_deref());
                    d.stmts("body", &h.body);
                    d.close();
                });
                self.stmts("orelse", orelse);
                self.stmts("finalbody", finalbody);
            }
            StmtKind::Assert { test, msg } => {
                self.open("Assert");
                self.expr_field("test", test);
                self.opt_expr("msg", msg.as_ref());
            }
            StmtKind::Import(names) => {
                self.open("Import");
                self.aliases(names);
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.open("ImportFrom");
                self.opt_str("module", module.as_deref());
                self.aliases(names);
                self.int_field("level", i64::from(*level));
            }
            StmtKind::Global(names) => {
                self.open("Global");
                self.strs("names", names);
            }
            StmtKind::Nonlocal(names) => {
                self.open("Nonlocal");
                self.strs("names", names);
            }
            StmtKind::Expr(e) => {
                self.open("Expr");
                self.expr_field("value", e);
            }
            StmtKind::Pass => self.open("Pass"),
            StmtKind::Break => self.open("Break"),
            StmtKind::Continue => self.open("Continue"),
        }
        self.close();
    }

    fn aliases(&mut self, names: &[Alias]) {
        self.list("names", names, |d, a| {
            d.open("alias");
            d.str_field("name", &a.name);
            d.opt_str("asname", a.asname.as_deref());
            d.close();
        });
    }

    fn keywords(&mut self, keywords: &[Keyword]) {
        self.list("keywords", keywords, |d, k| {
            d.open("keyword");
            d.opt_str("arg", k.arg.as_deref());
            d.expr_field("value", &k.value);
            d.close();
        });
    }

    fn type_params(&mut self, params: &[TypeParam]) {
        self.list("type_params", params, |d, p| {
            match &p.kind {
                TypeParamKind::TypeVar {
                    name,
                    bound,
                    default_value,
                } => {
                    d.open("TypeVar");
                    d.str_field("name", name);
                    d.opt_expr("bound", bound.as_ref());
                    d.opt_expr("default_value", default_value.as_ref());
                }
                TypeParamKind::ParamSpec {
                    name,
                    default_value,
                } => {
                    d.open("ParamSpec");
                    d.str_field("name", name);
                    d.opt_expr("default_value", default_value.as_ref());
                }
                TypeParamKind::TypeVarTuple {
                    name,
                    default_value,
                } => {
                    d.open("TypeVarTuple");
                    d.str_field("name", name);
                    d.opt_expr("default_value", default_value.as_ref());
                }
            }
            d.close();
        });
    }

    fn arguments(&mut self, a: &Arguments) {
        self.open("arguments");
        self.list("posonlyargs", &a.posonlyargs, Self::arg);
        self.list("args", &a.args, Self::arg);
        if let Some(v) = &a.vararg {
            self.key("vararg");
            self.arg(v);
        }
        self.list("kwonlyargs", &a.kwonlyargs, Self::arg);
        self.list("kw_defaults", &a.kw_defaults, |d, e| match e {
            Some(e) => d.expr(e),
            None => d.out.push_str("None"),
        });
        if let Some(k) = &a.kwarg {
            self.key("kwarg");
            self.arg(k);
        }
        self.exprs("defaults", &a.defaults);
        self.close();
    }

    fn arg(&mut self, a: &Arg) {
        self.open("arg");
        self.str_field("arg", &a.arg);
        self.opt_expr("annotation", a.annotation.as_ref());
        self.close();
    }

    // ------------------------------------------------------------ expressions

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                self.open("BoolOp");
                self.leaf(
                    "op",
                    match op {
                        BoolOp::And => "And",
                        BoolOp::Or => "Or",
                    },
                );
                self.exprs("values", values);
            }
            ExprKind::NamedExpr { target, value } => {
                self.open("NamedExpr");
                self.expr_field("target", target);
                self.expr_field("value", value);
            }
            ExprKind::BinOp { left, op, right } => {
                self.open("BinOp");
                self.expr_field("left", left);
                self.leaf("op", operator_name(*op));
                self.expr_field("right", right);
            }
            ExprKind::UnaryOp { op, operand } => {
                self.open("UnaryOp");
                self.leaf(
                    "op",
                    match op {
                        UnaryOp::Invert => "Invert",
                        UnaryOp::Not => "Not",
                        UnaryOp::UAdd => "UAdd",
                        UnaryOp::USub => "USub",
                    },
                );
                self.expr_field("operand", operand);
            }
            ExprKind::Lambda { args, body } => {
                self.open("Lambda");
                self.key("args");
                self.arguments(args);
                self.expr_field("body", body);
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.open("IfExp");
                self.expr_field("test", test);
                self.expr_field("body", body);
                self.expr_field("orelse", orelse);
            }
            ExprKind::Dict { keys, values } => {
                self.open("Dict");
                self.list("keys", keys, |d, k| match k {
                    Some(k) => d.expr(k),
                    None => d.out.push_str("None"),
                });
                self.exprs("values", values);
            }
            ExprKind::Set(elts) => {
                self.open("Set");
                self.exprs("elts", elts);
            }
            ExprKind::ListComp { elt, generators } => {
                self.open("ListComp");
                self.expr_field("elt", elt);
                self.generators(generators);
            }
            ExprKind::SetComp { elt, generators } => {
                self.open("SetComp");
                self.expr_field("elt", elt);
                self.generators(generators);
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.open("DictComp");
                self.expr_field("key", key);
                self.expr_field("value", value);
                self.generators(generators);
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.open("GeneratorExp");
                self.expr_field("elt", elt);
                self.generators(generators);
            }
            ExprKind::Await(v) => {
                self.open("Await");
                self.expr_field("value", v);
            }
            ExprKind::Yield(v) => {
                self.open("Yield");
                self.opt_expr("value", v.as_deref());
            }
            ExprKind::YieldFrom(v) => {
                self.open("YieldFrom");
                self.expr_field("value", v);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.open("Compare");
                self.expr_field("left", left);
                self.list("ops", ops, |d, op| {
                    d.out.push_str(cmpop_name(*op));
                    d.out.push_str("()");
                });
                self.exprs("comparators", comparators);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.open("Call");
                self.expr_field("func", func);
                self.exprs("args", args);
                self.keywords(keywords);
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.open("FormattedValue");
                self.expr_field("value", value);
                let c = match conversion {
                    Conversion::None => -1,
                    Conversion::Str => 115,
                    Conversion::Repr => 114,
                    Conversion::Ascii => 97,
                };
                self.int_field("conversion", c);
                self.opt_expr("format_spec", format_spec.as_deref());
            }
            ExprKind::JoinedStr(values) => {
                self.open("JoinedStr");
                self.list("values", values, |d, v| match &v.kind {
                    // Text pieces of an f-string never carry `kind`.
                    ExprKind::Constant(c) => d.constant(c, false),
                    _ => d.expr(v),
                });
            }
            ExprKind::Constant(c) => {
                let u = matches!(c, Constant::Str(_)) && self.u_prefixed(e.span);
                self.constant(c, u);
                return;
            }
            ExprKind::Attribute { value, attr, ctx } => {
                self.open("Attribute");
                self.expr_field("value", value);
                self.str_field("attr", attr);
                self.ctx(*ctx);
            }
            ExprKind::Subscript { value, slice, ctx } => {
                self.open("Subscript");
                self.expr_field("value", value);
                self.expr_field("slice", slice);
                self.ctx(*ctx);
            }
            ExprKind::Starred { value, ctx } => {
                self.open("Starred");
                self.expr_field("value", value);
                self.ctx(*ctx);
            }
            ExprKind::Name { id, ctx } => {
                self.open("Name");
                self.str_field("id", id);
                self.ctx(*ctx);
            }
            ExprKind::List { elts, ctx } => {
                self.open("List");
                self.exprs("elts", elts);
                self.ctx(*ctx);
            }
            ExprKind::Tuple { elts, ctx } => {
                self.open("Tuple");
                self.exprs("elts", elts);
                self.ctx(*ctx);
            }
            ExprKind::Slice { lower, upper, step } => {
                self.open("Slice");
                self.opt_expr("lower", lower.as_deref());
                self.opt_expr("upper", upper.as_deref());
                self.opt_expr("step", step.as_deref());
            }
        }
        self.close();
    }

    /// True when the string literal at `span` starts with a `u` prefix.
    fn u_prefixed(&self, span: Span) -> bool {
        self.src
            .and_then(|s| s.as_bytes().get(span.start as usize))
            .is_some_and(|b| matches!(b, b'u' | b'U'))
    }

    fn constant(&mut self, c: &Constant, kind_u: bool) {
        self.open("Constant");
        self.key("value");
        self.constant_value(c);
        if kind_u {
            self.str_field("kind", "u");
        }
        self.close();
    }

    fn constant_value(&mut self, c: &Constant) {
        match c {
            Constant::None => self.out.push_str("None"),
            Constant::True => self.out.push_str("True"),
            Constant::False => self.out.push_str("False"),
            Constant::Ellipsis => self.out.push_str("Ellipsis"),
            Constant::Int(i) => self.out.push_str(&i.to_string()),
            Constant::BigInt(digits) => self.out.push_str(digits),
            Constant::Float(f) => self.out.push_str(&py_repr_float(*f)),
            Constant::Complex(f) => self.out.push_str(&py_repr_imag(*f)),
            Constant::Str(s) => py_repr_str(s, &mut self.out),
            Constant::Bytes(b) => py_repr_bytes(b, &mut self.out),
        }
    }

    fn generators(&mut self, generators: &[Comprehension]) {
        self.list("generators", generators, |d, g| {
            d.open("comprehension");
            d.expr_field("target", &g.target);
            d.expr_field("iter", &g.iter);
            d.exprs("ifs", &g.ifs);
            d.int_field("is_async", i64::from(g.is_async));
            d.close();
        });
    }

    // ------------------------------------------------------------ patterns

    fn pattern(&mut self, p: &Pattern) {
        match &p.kind {
            PatternKind::MatchValue(v) => {
                self.open("MatchValue");
                self.expr_field("value", v);
            }
            PatternKind::MatchSingleton(c) => {
                self.open("MatchSingleton");
                self.key("value");
                self.constant_value(c);
            }
            PatternKind::MatchSequence(items) => {
                self.open("MatchSequence");
                self.list("patterns", items, Self::pattern);
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.open("MatchMapping");
                self.exprs("keys", keys);
                self.list("patterns", patterns, Self::pattern);
                self.opt_str("rest", rest.as_deref());
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                self.open("MatchClass");
                self.expr_field("cls", cls);
                self.list("patterns", patterns, Self::pattern);
                self.strs("kwd_attrs", kwd_attrs);
                self.list("kwd_patterns", kwd_patterns, Self::pattern);
            }
            PatternKind::MatchStar(name) => {
                self.open("MatchStar");
                self.opt_str("name", name.as_deref());
            }
            PatternKind::MatchAs { pattern, name } => {
                self.open("MatchAs");
                if let Some(p) = pattern {
                    self.key("pattern");
                    self.pattern(p);
                }
                self.opt_str("name", name.as_deref());
            }
            PatternKind::MatchOr(items) => {
                self.open("MatchOr");
                self.list("patterns", items, Self::pattern);
            }
        }
        self.close();
    }
}

fn operator_name(op: Operator) -> &'static str {
    match op {
        Operator::Add => "Add",
        Operator::Sub => "Sub",
        Operator::Mult => "Mult",
        Operator::MatMult => "MatMult",
        Operator::Div => "Div",
        Operator::Mod => "Mod",
        Operator::Pow => "Pow",
        Operator::LShift => "LShift",
        Operator::RShift => "RShift",
        Operator::BitOr => "BitOr",
        Operator::BitXor => "BitXor",
        Operator::BitAnd => "BitAnd",
        Operator::FloorDiv => "FloorDiv",
    }
}

fn cmpop_name(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "Eq",
        CmpOp::NotEq => "NotEq",
        CmpOp::Lt => "Lt",
        CmpOp::LtE => "LtE",
        CmpOp::Gt => "Gt",
        CmpOp::GtE => "GtE",
        CmpOp::Is => "Is",
        CmpOp::IsNot => "IsNot",
        CmpOp::In => "In",
        CmpOp::NotIn => "NotIn",
    }
}
