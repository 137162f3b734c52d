//! Lowering of statements.

use super::{only, Lowerer, P, R};
use crate::ast::*;
use crate::Rule;

impl<'s> Lowerer<'s> {
    /// A statement rule: one compound statement or a line of simple ones.
    pub fn statement(&mut self, p: P, out: &mut Vec<Stmt>) -> R<()> {
        match p.as_rule() {
            Rule::simple_stmts => {
                for s in p.into_inner() {
                    out.push(self.simple_stmt(s)?);
                }
                Ok(())
            }
            _ => {
                out.push(self.compound(p)?);
                Ok(())
            }
        }
    }

    fn block(&mut self, p: P) -> R<Vec<Stmt>> {
        let mut out = Vec::new();
        for s in p.into_inner() {
            self.statement(s, &mut out)?;
        }
        Ok(out)
    }

    fn simple_stmt(&mut self, p: P) -> R<Stmt> {
        let span = self.span(&p);
        let rule = p.as_rule();
        let kind = match rule {
            Rule::pass_stmt => StmtKind::Pass,
            Rule::break_stmt => StmtKind::Break,
            Rule::continue_stmt => StmtKind::Continue,
            Rule::return_stmt => {
                let v = p
                    .into_inner()
                    .find(|c| c.as_rule() == Rule::star_expressions);
                StmtKind::Return(match v {
                    Some(v) => Some(self.star_expressions(v)?),
                    None => None,
                })
            }
            Rule::raise_stmt => {
                let exprs: Vec<P> = p
                    .into_inner()
                    .filter(|c| !matches!(c.as_rule(), Rule::kw_raise | Rule::kw_from))
                    .collect();
                let mut it = exprs.into_iter();
                let exc = match it.next() {
                    Some(e) => Some(self.expr(e)?),
                    None => None,
                };
                let cause = match it.next() {
                    Some(e) => Some(self.expr(e)?),
                    None => None,
                };
                StmtKind::Raise { exc, cause }
            }
            Rule::del_stmt => {
                let t = p.into_inner().find(|c| c.as_rule() == Rule::star_targets);
                let mut targets = Vec::new();
                if let Some(t) = t {
                    for item in t.into_inner() {
                        if item.as_rule() == Rule::trailing_comma {
                            continue;
                        }
                        let e = self.expr(item)?;
                        targets.push(self.target(e, ExprContext::Del, TargetKind::Del)?);
                    }
                }
                StmtKind::Delete(targets)
            }
            Rule::global_stmt | Rule::nonlocal_stmt => {
                let names: Vec<String> = p
                    .into_inner()
                    .filter(|c| c.as_rule() == Rule::NAME)
                    .map(|c| c.as_str().to_string())
                    .collect();
                if rule == Rule::global_stmt {
                    StmtKind::Global(names)
                } else {
                    StmtKind::Nonlocal(names)
                }
            }
            Rule::assert_stmt => {
                let mut it = p.into_inner().filter(|c| c.as_rule() != Rule::kw_assert);
                let test = match it.next() {
                    Some(t) => self.expr(t)?,
                    None => return Err(self.err_span(span, "invalid syntax")),
                };
                let msg = match it.next() {
                    Some(m) => Some(self.expr(m)?),
                    None => None,
                };
                StmtKind::Assert { test, msg }
            }
            Rule::import_name => {
                let mut names = Vec::new();
                for d in p
                    .into_inner()
                    .filter(|c| c.as_rule() == Rule::dotted_as_name)
                {
                    let aspan = self.span(&d);
                    let mut parts = d.into_inner();
                    let name = parts.next().map(|n| dotted(&n)).unwrap_or_default();
                    let asname = parts
                        .find(|c| c.as_rule() == Rule::NAME)
                        .map(|n| n.as_str().to_string());
                    names.push(Alias {
                        span: aspan,
                        name,
                        asname,
                    });
                }
                StmtKind::Import(names)
            }
            Rule::import_from => {
                let mut level = 0u32;
                let mut module = None;
                let mut names = Vec::new();
                for c in p.into_inner() {
                    match c.as_rule() {
                        Rule::import_dots => {
                            level = c.as_str().chars().filter(|ch| *ch == '.').count() as u32
                        }
                        Rule::dotted_name => module = Some(dotted(&c)),
                        Rule::import_targets => {
                            for t in c.into_inner() {
                                match t.as_rule() {
                                    Rule::import_star => names.push(Alias {
                                        span: self.span(&t),
                                        name: "*".into(),
                                        asname: None,
                                    }),
                                    Rule::import_as_names => {
                                        for a in t.into_inner() {
                                            let aspan = self.span(&a);
                                            let mut it = a.into_inner();
                                            let name = it
                                                .next()
                                                .map(|n| n.as_str().to_string())
                                                .unwrap_or_default();
                                            let asname = it
                                                .find(|n| n.as_rule() == Rule::NAME)
                                                .map(|n| n.as_str().to_string());
                                            names.push(Alias {
                                                span: aspan,
                                                name,
                                                asname,
                                            });
                                        }
                                    }
                                    _ => {}
                                }
                            }
                        }
                        _ => {}
                    }
                }
                StmtKind::ImportFrom {
                    module,
                    names,
                    level,
                }
            }
            Rule::type_alias => {
                let mut name = None;
                let mut type_params = Vec::new();
                let mut value = None;
                for c in p.into_inner() {
                    match c.as_rule() {
                        Rule::NAME => {
                            name = Some(Expr {
                                span: self.span(&c),
                                kind: ExprKind::Name {
                                    id: c.as_str().to_string(),
                                    ctx: ExprContext::Store,
                                },
                            })
                        }
                        Rule::type_params => type_params = self.type_params(c)?,
                        Rule::soft_type => {}
                        _ => value = Some(self.expr(c)?),
                    }
                }
                match (name, value) {
                    (Some(name), Some(value)) => StmtKind::TypeAlias {
                        name,
                        type_params,
                        value,
                    },
                    _ => return Err(self.err_span(span, "invalid syntax")),
                }
            }
            Rule::expr_stmt => return self.expr_stmt(p),
            _ => return Err(self.drift(&p, "simple statement")),
        };
        Ok(Stmt { span, kind })
    }

    fn expr_stmt(&mut self, p: P) -> R<Stmt> {
        let span = self.span(&p);
        let mut it = p.into_inner();
        let first = it
            .next()
            .ok_or_else(|| self.err_span(span, "invalid syntax"))?;
        let first_paren = self.src.as_bytes().get(self.span(&first).start as usize) == Some(&b'(');
        let lhs = self.expr(first)?;
        let Some(rest) = it.next() else {
            return Ok(Stmt {
                span,
                kind: StmtKind::Expr(lhs),
            });
        };
        let kind = match rest.as_rule() {
            Rule::assign_rest => {
                let mut values = vec![lhs];
                for v in rest.into_inner() {
                    values.push(self.expr(v)?);
                }
                let value = values.pop().unwrap_or(Expr {
                    span,
                    kind: ExprKind::Constant(Constant::None),
                });
                let mut targets = Vec::with_capacity(values.len());
                let single = values.len() == 1;
                for (i, t) in values.into_iter().enumerate() {
                    let kind = if single && i == 0 {
                        TargetKind::Assign
                    } else {
                        TargetKind::AssignInner
                    };
                    targets.push(self.target(t, ExprContext::Store, kind)?);
                }
                StmtKind::Assign { targets, value }
            }
            Rule::augassign => {
                let mut parts = rest.into_inner();
                let op_pair = parts
                    .next()
                    .ok_or_else(|| self.err_span(span, "invalid syntax"))?;
                let op = match op_pair.as_str() {
                    "+=" => Operator::Add,
                    "-=" => Operator::Sub,
                    "*=" => Operator::Mult,
                    "@=" => Operator::MatMult,
                    "/=" => Operator::Div,
                    "%=" => Operator::Mod,
                    "&=" => Operator::BitAnd,
                    "|=" => Operator::BitOr,
                    "^=" => Operator::BitXor,
                    "<<=" => Operator::LShift,
                    ">>=" => Operator::RShift,
                    "**=" => Operator::Pow,
                    _ => Operator::FloorDiv,
                };
                let value = match parts.next() {
                    Some(v) => self.expr(v)?,
                    None => return Err(self.err_span(span, "invalid syntax")),
                };
                let target = match &lhs.kind {
                    ExprKind::Name { .. }
                    | ExprKind::Attribute { .. }
                    | ExprKind::Subscript { .. } => {
                        self.target(lhs, ExprContext::Store, TargetKind::Aug)?
                    }
                    _ => {
                        let what = describe(&lhs);
                        return Err(self.err_span(
                            lhs.span,
                            format!("'{what}' is an illegal expression for augmented assignment"),
                        ));
                    }
                };
                StmtKind::AugAssign { target, op, value }
            }
            Rule::annassign => {
                let mut parts = rest.into_inner();
                let annotation = match parts.next() {
                    Some(a) => self.expr(a)?,
                    None => return Err(self.err_span(span, "invalid syntax")),
                };
                let value = match parts.next() {
                    Some(v) => Some(self.expr(v)?),
                    None => None,
                };
                let simple = matches!(lhs.kind, ExprKind::Name { .. }) && !first_paren;
                let target = match &lhs.kind {
                    ExprKind::Name { .. }
                    | ExprKind::Attribute { .. }
                    | ExprKind::Subscript { .. } => {
                        self.target(lhs, ExprContext::Store, TargetKind::Assign)?
                    }
                    ExprKind::Tuple { .. } => {
                        return Err(self
                            .err_span(lhs.span, "only single target (not tuple) can be annotated"))
                    }
                    ExprKind::List { .. } => {
                        return Err(self
                            .err_span(lhs.span, "only single target (not list) can be annotated"))
                    }
                    _ => return Err(self.err_span(lhs.span, "illegal target for annotation")),
                };
                StmtKind::AnnAssign {
                    target,
                    annotation,
                    value,
                    simple,
                }
            }
            _ => return Err(self.drift(&rest, "expression statement")),
        };
        Ok(Stmt { span, kind })
    }

    fn compound(&mut self, p: P) -> R<Stmt> {
        let span = self.span(&p);
        let kind = match p.as_rule() {
            Rule::decorated => {
                let mut it = p.into_inner();
                let decos = it
                    .next()
                    .ok_or_else(|| self.err_span(span, "invalid syntax"))?;
                let mut decorator_list = Vec::new();
                for d in decos.into_inner() {
                    decorator_list.push(self.expr(d)?);
                }
                let def = it
                    .next()
                    .ok_or_else(|| self.err_span(span, "invalid syntax"))?;
                let mut stmt = self.compound(def)?;
                match &mut stmt.kind {
                    StmtKind::FunctionDef(f) => f.decorator_list = decorator_list,
                    StmtKind::ClassDef(c) => c.decorator_list = decorator_list,
                    _ => {}
                }
                stmt.span = span;
                return Ok(stmt);
            }
            Rule::function_def => StmtKind::FunctionDef(self.function_def(p)?),
            Rule::class_def => {
                let mut name = String::new();
                let mut bases = Vec::new();
                let mut keywords = Vec::new();
                let mut body = Vec::new();
                let mut type_params = Vec::new();
                for c in p.into_inner() {
                    match c.as_rule() {
                        Rule::NAME => name = c.as_str().to_string(),
                        Rule::arguments => {
                            let (a, k) = self.arguments(c)?;
                            bases = a;
                            keywords = k;
                        }
                        Rule::type_params => type_params = self.type_params(c)?,
                        Rule::block => body = self.block(c)?,
                        _ => {}
                    }
                }
                StmtKind::ClassDef(ClassDef {
                    name,
                    bases,
                    keywords,
                    body,
                    decorator_list: Vec::new(),
                    type_params,
                })
            }
            Rule::if_stmt => return self.if_chain(p),
            Rule::while_stmt => {
                let mut test = None;
                let mut body = Vec::new();
                let mut orelse = Vec::new();
                for c in p.into_inner() {
                    match c.as_rule() {
                        Rule::named_expression => test = Some(self.expr(c)?),
                        Rule::block => body = self.block(c)?,
                        Rule::else_clause => orelse = self.else_block(c)?,
                        _ => {}
                    }
                }
                let test = test.ok_or_else(|| self.err_span(span, "invalid syntax"))?;
                StmtKind::While { test, body, orelse }
            }
            Rule::for_stmt => {
                let mut is_async = false;
                let mut target = None;
                let mut iter = None;
                let mut body = Vec::new();
                let mut orelse = Vec::new();
                for c in p.into_inner() {
                    match c.as_rule() {
                        Rule::kw_async => is_async = true,
                        Rule::star_targets => {
                            let t = self.targets(c)?;
                            target = Some(self.target(t, ExprContext::Store, TargetKind::For)?);
                        }
                        Rule::star_expressions => iter = Some(self.star_expressions(c)?),
                        Rule::block => body = self.block(c)?,
                        Rule::else_clause => orelse = self.else_block(c)?,
                        _ => {}
                    }
                }
                match (target, iter) {
                    (Some(target), Some(iter)) => StmtKind::For {
                        is_async,
                        target,
                        iter,
                        body,
                        orelse,
                    },
                    _ => return Err(self.err_span(span, "invalid syntax")),
                }
            }
            Rule::try_stmt => {
                let mut body = Vec::new();
                let mut handlers = Vec::new();
                let mut orelse = Vec::new();
                let mut finalbody = Vec::new();
                let mut is_star = false;
                for c in p.into_inner() {
                    match c.as_rule() {
                        Rule::block => body = self.block(c)?,
                        Rule::except_clause | Rule::except_star_clause => {
                            is_star = c.as_rule() == Rule::except_star_clause;
                            let hspan = self.span(&c);
                            let mut type_ = None;
                            let mut name = None;
                            let mut hbody = Vec::new();
                            for h in c.into_inner() {
                                match h.as_rule() {
                                    Rule::NAME => name = Some(h.as_str().to_string()),
                                    Rule::block => hbody = self.block(h)?,
                                    Rule::kw_except | Rule::kw_as => {}
                                    _ => type_ = Some(self.expr(h)?),
                                }
                            }
                            handlers.push(ExceptHandler {
                                span: hspan,
                                type_,
                                name,
                                body: hbody,
                            });
                        }
                        Rule::else_clause => orelse = self.else_block(c)?,
                        Rule::finally_clause => {
                            if let Some(b) = c.into_inner().find(|x| x.as_rule() == Rule::block) {
                                finalbody = self.block(b)?;
                            }
                        }
                        _ => {}
                    }
                }
                StmtKind::Try {
                    is_star,
                    body,
                    handlers,
                    orelse,
                    finalbody,
                }
            }
            Rule::with_stmt => {
                let mut is_async = false;
                let mut items = Vec::new();
                let mut body = Vec::new();
                for c in p.into_inner() {
                    match c.as_rule() {
                        Rule::kw_async => is_async = true,
                        Rule::with_parens => {
                            for i in c.into_inner() {
                                items.push(self.with_item(i)?);
                            }
                        }
                        Rule::with_item => items.push(self.with_item(c)?),
                        Rule::block => body = self.block(c)?,
                        _ => {}
                    }
                }
                StmtKind::With {
                    is_async,
                    items,
                    body,
                }
            }
            Rule::match_stmt => self.match_stmt(p)?,
            _ => return Err(self.drift(&p, "compound statement")),
        };
        Ok(Stmt { span, kind })
    }

    fn else_block(&mut self, p: P) -> R<Vec<Stmt>> {
        match p.into_inner().find(|c| c.as_rule() == Rule::block) {
            Some(b) => self.block(b),
            None => Ok(Vec::new()),
        }
    }

    /// `if … elif … else`: elif clauses become nested `If`s in `orelse`, as in CPython.
    fn if_chain(&mut self, p: P) -> R<Stmt> {
        let span = self.span(&p);
        let mut parts: Vec<(Span, Expr, Vec<Stmt>)> = Vec::new();
        let mut orelse = Vec::new();
        let mut test = None;
        for c in p.into_inner() {
            match c.as_rule() {
                Rule::named_expression => test = Some(self.expr(c)?),
                Rule::block => {
                    let b = self.block(c)?;
                    if let Some(t) = test.take() {
                        parts.push((span, t, b));
                    }
                }
                Rule::elif_clause => {
                    let espan = self.span(&c);
                    let mut t = None;
                    let mut b = Vec::new();
                    for e in c.into_inner() {
                        match e.as_rule() {
                            Rule::named_expression => t = Some(self.expr(e)?),
                            Rule::block => b = self.block(e)?,
                            _ => {}
                        }
                    }
                    if let Some(t) = t {
                        parts.push((espan, t, b));
                    }
                }
                Rule::else_clause => orelse = self.else_block(c)?,
                _ => {}
            }
        }
        let mut result = orelse;
        let mut last = None;
        while let Some((s, t, b)) = parts.pop() {
            let stmt = Stmt {
                span: Span::new(s.start, span.end),
                kind: StmtKind::If {
                    test: t,
                    body: b,
                    orelse: result,
                },
            };
            result = vec![stmt.clone()];
            last = Some(stmt);
        }
        last.ok_or_else(|| self.err_span(span, "invalid syntax"))
    }

    fn with_item(&mut self, p: P) -> R<WithItem> {
        let mut it = p.into_inner().filter(|c| c.as_rule() != Rule::kw_as);
        let first = it.next();
        let context_expr = match first {
            Some(e) => self.expr(e)?,
            None => return Err(self.err_at(0, "invalid syntax")),
        };
        let optional_vars = match it.next() {
            Some(t) => {
                let e = self.expr(t)?;
                Some(self.target(e, ExprContext::Store, TargetKind::With)?)
            }
            None => None,
        };
        Ok(WithItem {
            context_expr,
            optional_vars,
        })
    }

    fn function_def(&mut self, p: P) -> R<FunctionDef> {
        let mut f = FunctionDef {
            is_async: false,
            name: String::new(),
            args: Box::default(),
            body: Vec::new(),
            decorator_list: Vec::new(),
            returns: None,
            type_params: Vec::new(),
        };
        for c in p.into_inner() {
            match c.as_rule() {
                Rule::kw_async => f.is_async = true,
                Rule::NAME => f.name = c.as_str().to_string(),
                Rule::params => f.args = Box::new(self.params(c, false)?),
                Rule::returns => {
                    let r = only(self, c, "return annotation")?;
                    f.returns = Some(self.expr(r)?);
                }
                Rule::type_params => f.type_params = self.type_params(c)?,
                Rule::block => f.body = self.block(c)?,
                _ => {}
            }
        }
        Ok(f)
    }

    pub fn type_params(&mut self, p: P) -> R<Vec<TypeParam>> {
        let mut out = Vec::new();
        for tp in p.into_inner() {
            let span = self.span(&tp);
            let mut kind_str = "";
            let mut name = String::new();
            let mut bound = None;
            let mut default_value = None;
            for c in tp.into_inner() {
                match c.as_rule() {
                    Rule::type_param_kind => {
                        kind_str = if c.as_str() == "**" {
                            "**"
                        } else if c.as_str() == "*" {
                            "*"
                        } else {
                            ""
                        }
                    }
                    Rule::NAME => name = c.as_str().to_string(),
                    Rule::type_bound => {
                        let e = only(self, c, "type bound")?;
                        bound = Some(self.expr(e)?);
                    }
                    _ => {
                        let e = only(self, c, "type default")?;
                        default_value = Some(self.expr(e)?);
                    }
                }
            }
            let kind = match kind_str {
                "*" => TypeParamKind::TypeVarTuple {
                    name,
                    default_value,
                },
                "**" => TypeParamKind::ParamSpec {
                    name,
                    default_value,
                },
                _ => TypeParamKind::TypeVar {
                    name,
                    bound,
                    default_value,
                },
            };
            out.push(TypeParam { span, kind });
        }
        Ok(out)
    }
}

/// Where a target appears, for CPython's error messages.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum TargetKind {
    /// The only target of `target = value`: CPython suggests `==` when it is invalid.
    Assign,
    /// Any other assignment target (nested, or in a chain `a = b = c`).
    AssignInner,
    Aug,
    For,
    With,
    Del,
    Comprehension,
}

fn dotted(p: &P) -> String {
    p.clone()
        .into_inner()
        .map(|n| n.as_str())
        .collect::<Vec<_>>()
        .join(".")
}

/// What CPython calls an expression kind in "cannot assign to …" messages.
pub fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::True) => "True",
        ExprKind::Constant(Constant::False) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Call { .. } => "function call",
        ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } | ExprKind::BoolOp { .. } => "expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::List { .. } => "list",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Slice { .. } => "slice",
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Name { .. } => "name",
    }
}
