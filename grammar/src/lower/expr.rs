//! Lowering of expressions: boolean and comparison chains, binary operators by precedence
//! with an explicit stack (no recursion per operator), primaries with their trailers, displays,
//! comprehensions, lambdas, call arguments and parameters, and assignment targets.

use super::stmt::{describe, TargetKind};
use super::{only, Lowerer, P, R};
use crate::ast::*;
use crate::Rule;

/// Binding power of binary operators; `**` is right-associative and binds tighter than unary.
fn binop(s: &str) -> (Operator, u8) {
    match s {
        "|" => (Operator::BitOr, 1),
        "^" => (Operator::BitXor, 2),
        "&" => (Operator::BitAnd, 3),
        "<<" => (Operator::LShift, 4),
        ">>" => (Operator::RShift, 4),
        "+" => (Operator::Add, 5),
        "-" => (Operator::Sub, 5),
        "*" => (Operator::Mult, 6),
        "/" => (Operator::Div, 6),
        "//" => (Operator::FloorDiv, 6),
        "%" => (Operator::Mod, 6),
        "@" => (Operator::MatMult, 6),
        _ => (Operator::Pow, 8),
    }
}

const UNARY_POWER: u8 = 7;

enum Op {
    Bin(Operator, u8),
    Unary(UnaryOp, Span),
}

impl Op {
    fn power(&self) -> u8 {
        match self {
            Op::Bin(_, p) => *p,
            Op::Unary(..) => UNARY_POWER,
        }
    }
}

/// How many levels a rule adds to the tree: pass-through rules (a comparison with one
/// operand, a plain expression wrapper) add none, so the budget measures real depth.
fn tree_cost(p: &P) -> u32 {
    let children = || p.clone().into_inner();
    match p.as_rule() {
        Rule::named_expression => u32::from(children().nth(1).is_some()),
        Rule::expression
        | Rule::arg_expr
        | Rule::bitor
        | Rule::primary
        | Rule::factor
        | Rule::star_expressions
        | Rule::star_targets
        | Rule::slices => 0,
        Rule::disjunction | Rule::conjunction | Rule::comparison => {
            u32::from(children().nth(1).is_some())
        }
        Rule::ternary => u32::from(children().any(|c| c.as_rule() == Rule::kw_if)),
        Rule::await_primary => u32::from(children().any(|c| c.as_rule() == Rule::kw_await)),
        _ => 1,
    }
}

fn join(a: Span, b: Span) -> Span {
    a.to(b)
}

impl<'s> Lowerer<'s> {
    /// Any expression-like rule.
    pub fn expr(&mut self, p: P) -> R<Expr> {
        let cost = tree_cost(&p);
        self.enter(&p, cost)?;
        let r = self.expr_inner(p);
        self.leave(cost);
        r
    }

    fn expr_inner(&mut self, p: P) -> R<Expr> {
        let span = self.span(&p);
        match p.as_rule() {
            Rule::star_expressions | Rule::star_targets | Rule::slices => self.star_expressions(p),
            Rule::expression | Rule::arg_expr => {
                let inner = only(self, p, "expression")?;
                self.expr(inner)
            }
            Rule::named_expression => {
                let mut it = p.into_inner();
                let first = it
                    .next()
                    .ok_or_else(|| self.err_span(span, "invalid syntax"))?;
                let target = self.expr(first)?;
                let Some(walrus) = it.next() else {
                    return Ok(target);
                };
                let target = match target.kind {
                    ExprKind::Name { id, .. } => Expr {
                        span: target.span,
                        kind: ExprKind::Name {
                            id,
                            ctx: ExprContext::Store,
                        },
                    },
                    _ => {
                        let what = describe(&target);
                        return Err(self.err_span(
                            target.span,
                            format!("cannot use assignment expressions with {what}"),
                        ));
                    }
                };
                let v = only(self, walrus, "walrus value")?;
                let value = self.expr(v)?;
                Ok(Expr {
                    span,
                    kind: ExprKind::NamedExpr {
                        target: Box::new(target),
                        value: Box::new(value),
                    },
                })
            }
            Rule::starred => {
                let inner = only(self, p, "starred")?;
                let value = self.expr(inner)?;
                Ok(Expr {
                    span,
                    kind: ExprKind::Starred {
                        value: Box::new(value),
                        ctx: ExprContext::Load,
                    },
                })
            }
            Rule::ternary => {
                let parts: Vec<P> = p
                    .into_inner()
                    .filter(|c| !matches!(c.as_rule(), Rule::kw_if | Rule::kw_else))
                    .collect();
                let mut it = parts.into_iter();
                let body = it
                    .next()
                    .ok_or_else(|| self.err_span(span, "invalid syntax"))?;
                let body = self.expr(body)?;
                match (it.next(), it.next()) {
                    (Some(t), Some(e)) => {
                        let test = self.expr(t)?;
                        let orelse = self.expr(e)?;
                        Ok(Expr {
                            span,
                            kind: ExprKind::IfExp {
                                test: Box::new(test),
                                body: Box::new(body),
                                orelse: Box::new(orelse),
                            },
                        })
                    }
                    _ => Ok(body),
                }
            }
            Rule::lambdef => {
                let mut args = Arguments::default();
                let mut body = None;
                for c in p.into_inner() {
                    match c.as_rule() {
                        Rule::lambda_params => args = self.params(c, true)?,
                        Rule::kw_lambda => {}
                        _ => body = Some(self.expr(c)?),
                    }
                }
                let body = body.ok_or_else(|| self.err_span(span, "invalid syntax"))?;
                Ok(Expr {
                    span,
                    kind: ExprKind::Lambda {
                        args: Box::new(args),
                        body: Box::new(body),
                    },
                })
            }
            Rule::disjunction | Rule::conjunction => {
                let op = if p.as_rule() == Rule::disjunction {
                    BoolOp::Or
                } else {
                    BoolOp::And
                };
                let operands: Vec<P> = p
                    .into_inner()
                    .filter(|c| !matches!(c.as_rule(), Rule::kw_or | Rule::kw_and))
                    .collect();
                if operands.len() == 1 {
                    let only = operands
                        .into_iter()
                        .next()
                        .ok_or_else(|| self.err_span(span, "invalid syntax"))?;
                    return self.expr(only);
                }
                let mut values = Vec::with_capacity(operands.len());
                for o in operands {
                    values.push(self.expr(o)?);
                }
                Ok(Expr {
                    span,
                    kind: ExprKind::BoolOp { op, values },
                })
            }
            Rule::inversion => {
                let children: Vec<P> = p.into_inner().collect();
                let nots = children.len().saturating_sub(1) as u32;
                let Some(last) = children.last().cloned() else {
                    return Err(self.err_span(span, "invalid syntax"));
                };
                self.enter(&last, nots)?;
                let mut e = self.expr(last);
                self.leave(nots);
                for n in children[..children.len() - 1].iter().rev() {
                    let operand = e?;
                    let s = Span::new(self.span(n).start, operand.span.end);
                    e = Ok(Expr {
                        span: s,
                        kind: ExprKind::UnaryOp {
                            op: UnaryOp::Not,
                            operand: Box::new(operand),
                        },
                    });
                }
                e
            }
            Rule::comparison => {
                let children: Vec<P> = p.into_inner().collect();
                if children.len() == 1 {
                    let c = children
                        .into_iter()
                        .next()
                        .ok_or_else(|| self.err_span(span, "invalid syntax"))?;
                    return self.expr(c);
                }
                let mut it = children.into_iter();
                let left = match it.next() {
                    Some(l) => self.expr(l)?,
                    None => return Err(self.err_span(span, "invalid syntax")),
                };
                let mut ops = Vec::new();
                let mut comparators = Vec::new();
                while let (Some(op), Some(right)) = (it.next(), it.next()) {
                    let inner = op.clone().into_inner().next();
                    let cmp = match inner.as_ref().map(|i| i.as_rule()) {
                        Some(Rule::not_in) => CmpOp::NotIn,
                        Some(Rule::is_not) => CmpOp::IsNot,
                        Some(Rule::kw_in) => CmpOp::In,
                        Some(Rule::kw_is) => CmpOp::Is,
                        _ => match op.as_str() {
                            "==" => CmpOp::Eq,
                            "!=" => CmpOp::NotEq,
                            "<=" => CmpOp::LtE,
                            ">=" => CmpOp::GtE,
                            "<" => CmpOp::Lt,
                            _ => CmpOp::Gt,
                        },
                    };
                    ops.push(cmp);
                    comparators.push(self.expr(right)?);
                }
                Ok(Expr {
                    span,
                    kind: ExprKind::Compare {
                        left: Box::new(left),
                        ops,
                        comparators,
                    },
                })
            }
            Rule::bitor => self.operator_chain(p),
            Rule::factor => {
                // A factor alone (no binary operators around it).
                self.operator_chain_items(vec![p], span)
            }
            Rule::await_primary => {
                let children: Vec<P> = p.into_inner().collect();
                match children.as_slice() {
                    [kw, prim] if kw.as_rule() == Rule::kw_await => {
                        let v = self.expr(prim.clone())?;
                        Ok(Expr {
                            span,
                            kind: ExprKind::Await(Box::new(v)),
                        })
                    }
                    [prim] => self.expr(prim.clone()),
                    _ => Err(self.err_span(span, "invalid syntax")),
                }
            }
            Rule::primary => self.primary(p),
            Rule::slice_or_expr => {
                let mut lower = None;
                let mut tail = None;
                for c in p.into_inner() {
                    match c.as_rule() {
                        Rule::slice_tail => tail = Some(c),
                        _ => lower = Some(self.expr(c)?),
                    }
                }
                let Some(tail) = tail else {
                    return lower.ok_or_else(|| self.err_span(span, "invalid syntax"));
                };
                let mut upper = None;
                let mut step = None;
                for c in tail.into_inner() {
                    let inner = c.clone().into_inner().next();
                    let v = match inner {
                        Some(e) => Some(Box::new(self.expr(e)?)),
                        None => None,
                    };
                    match c.as_rule() {
                        Rule::slice_upper => upper = v,
                        _ => step = v,
                    }
                }
                Ok(Expr {
                    span,
                    kind: ExprKind::Slice {
                        lower: lower.map(Box::new),
                        upper,
                        step,
                    },
                })
            }
            Rule::yield_expr => {
                let inner = p.into_inner().find(|c| c.as_rule() != Rule::kw_yield);
                match inner {
                    None => Ok(Expr {
                        span,
                        kind: ExprKind::Yield(None),
                    }),
                    Some(c) if c.as_rule() == Rule::yield_from => {
                        let v = c.into_inner().find(|x| x.as_rule() != Rule::kw_from);
                        let v = match v {
                            Some(v) => self.expr(v)?,
                            None => return Err(self.err_span(span, "invalid syntax")),
                        };
                        Ok(Expr {
                            span,
                            kind: ExprKind::YieldFrom(Box::new(v)),
                        })
                    }
                    Some(c) => {
                        let v = self.expr(c)?;
                        Ok(Expr {
                            span,
                            kind: ExprKind::Yield(Some(Box::new(v))),
                        })
                    }
                }
            }
            _ => self.atom(p),
        }
    }

    /// `star_expressions` and friends: a tuple when there is a comma.
    pub fn star_expressions(&mut self, p: P) -> R<Expr> {
        let span = self.span(&p);
        let mut items = Vec::new();
        let mut comma = false;
        for c in p.into_inner() {
            if c.as_rule() == Rule::trailing_comma {
                comma = true;
                continue;
            }
            items.push(c);
        }
        if items.len() == 1 && !comma {
            let only = items
                .into_iter()
                .next()
                .ok_or_else(|| self.err_span(span, "invalid syntax"))?;
            return self.expr(only);
        }
        let mut elts = Vec::with_capacity(items.len());
        for c in items {
            elts.push(self.expr(c)?);
        }
        Ok(Expr {
            span,
            kind: ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
        })
    }

    pub fn targets(&mut self, p: P) -> R<Expr> {
        self.star_expressions(p)
    }

    /// Binary operators by precedence, with an explicit operator stack.
    fn operator_chain(&mut self, p: P) -> R<Expr> {
        let span = self.span(&p);
        let items: Vec<P> = p.into_inner().collect();
        self.operator_chain_items(items, span)
    }

    fn operator_chain_items(&mut self, items: Vec<P>, span: Span) -> R<Expr> {
        let Some(first) = items.first().cloned() else {
            return Err(self.err_span(span, "invalid syntax"));
        };
        // The chain's length is the depth of the tree it builds.
        let mut ops_count = 0u32;
        for it in &items {
            match it.as_rule() {
                Rule::binop => ops_count += 1,
                Rule::factor => {
                    ops_count += it
                        .clone()
                        .into_inner()
                        .filter(|c| c.as_rule() == Rule::unary_op)
                        .count() as u32
                }
                _ => {}
            }
        }
        self.enter(&first, ops_count)?;
        let r = self.shunting_yard(items);
        self.leave(ops_count);
        r
    }

    fn shunting_yard(&mut self, items: Vec<P>) -> R<Expr> {
        let mut out: Vec<Expr> = Vec::new();
        let mut ops: Vec<Op> = Vec::new();
        fn reduce(out: &mut Vec<Expr>, op: Op) -> Option<()> {
            match op {
                Op::Unary(u, s) => {
                    let operand = out.pop()?;
                    let span = join(s, operand.span);
                    out.push(Expr {
                        span,
                        kind: ExprKind::UnaryOp {
                            op: u,
                            operand: Box::new(operand),
                        },
                    });
                }
                Op::Bin(b, _) => {
                    let right = out.pop()?;
                    let left = out.pop()?;
                    let span = join(left.span, right.span);
                    out.push(Expr {
                        span,
                        kind: ExprKind::BinOp {
                            left: Box::new(left),
                            op: b,
                            right: Box::new(right),
                        },
                    });
                }
            }
            Some(())
        }
        let fail = |l: &Lowerer| l.err_at(0, "internal parser error: operator chain");
        for it in items {
            match it.as_rule() {
                Rule::binop => {
                    let (b, power) = binop(it.as_str());
                    while let Some(top) = ops.last() {
                        // `**` is right-associative; unary operators on the stack bind
                        // looser than a following `**`.
                        let pop = if power == 8 {
                            top.power() > power
                        } else {
                            top.power() >= power
                        };
                        if !pop {
                            break;
                        }
                        let op = ops.pop().ok_or_else(|| fail(self))?;
                        reduce(&mut out, op).ok_or_else(|| fail(self))?;
                    }
                    ops.push(Op::Bin(b, power));
                }
                Rule::factor => {
                    for c in it.into_inner() {
                        match c.as_rule() {
                            Rule::unary_op => {
                                let u = match c.as_str() {
                                    "-" => UnaryOp::USub,
                                    "+" => UnaryOp::UAdd,
                                    _ => UnaryOp::Invert,
                                };
                                ops.push(Op::Unary(u, self.span(&c)));
                            }
                            _ => out.push(self.expr(c)?),
                        }
                    }
                }
                _ => out.push(self.expr(it)?),
            }
        }
        while let Some(op) = ops.pop() {
            reduce(&mut out, op).ok_or_else(|| fail(self))?;
        }
        out.pop().ok_or_else(|| fail(self))
    }

    /// An atom and its trailers, folded left without recursion.
    fn primary(&mut self, p: P) -> R<Expr> {
        let mut it = p.into_inner();
        let Some(atom) = it.next() else {
            return Err(self.err_at(0, "invalid syntax"));
        };
        let trailers: Vec<P> = it.collect();
        let n = trailers.len() as u32;
        self.enter(&atom, n)?;
        let r = self.primary_trailers(atom, trailers);
        self.leave(n);
        r
    }

    fn primary_trailers(&mut self, atom: P, trailers: Vec<P>) -> R<Expr> {
        let mut e = self.expr(atom)?;
        for t in trailers {
            let tspan = self.span(&t);
            let span = Span::new(e.span.start, tspan.end);
            e = match t.as_rule() {
                Rule::attribute => {
                    let name = t
                        .into_inner()
                        .next()
                        .map(|n| n.as_str().to_string())
                        .unwrap_or_default();
                    Expr {
                        span,
                        kind: ExprKind::Attribute {
                            value: Box::new(e),
                            attr: name,
                            ctx: ExprContext::Load,
                        },
                    }
                }
                Rule::call => {
                    let (args, keywords) = match t.into_inner().next() {
                        Some(a) => self.arguments(a)?,
                        None => (Vec::new(), Vec::new()),
                    };
                    Expr {
                        span,
                        kind: ExprKind::Call {
                            func: Box::new(e),
                            args,
                            keywords,
                        },
                    }
                }
                Rule::subscription => {
                    let s = only(self, t, "subscription")?;
                    let mut slice = self.star_expressions(s)?;
                    // `a[*b]` subscripts with a one-element tuple (PEP 646).
                    if matches!(slice.kind, ExprKind::Starred { .. }) {
                        let span = slice.span;
                        slice = Expr {
                            span,
                            kind: ExprKind::Tuple {
                                elts: vec![slice],
                                ctx: ExprContext::Load,
                            },
                        };
                    }
                    Expr {
                        span,
                        kind: ExprKind::Subscript {
                            value: Box::new(e),
                            slice: Box::new(slice),
                            ctx: ExprContext::Load,
                        },
                    }
                }
                _ => return Err(self.drift(&t, "trailer")),
            };
        }
        Ok(e)
    }

    /// Call arguments (and class bases): positional and keyword, with CPython's order rules.
    pub fn arguments(&mut self, p: P) -> R<(Vec<Expr>, Vec<Keyword>)> {
        let mut args = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        // CPython reports order errors at the token after the arguments (usually `)`).
        let after = {
            let end = p.as_span().end();
            let skipped = self.pre.text[end..]
                .bytes()
                .take_while(|b| matches!(b, b' ' | b'\t'))
                .count();
            self.off(end + skipped)
        };
        let items: Vec<P> = p.into_inner().collect();
        let count = items.len();
        for a in items {
            let span = self.span(&a);
            match a.as_rule() {
                Rule::arg_expr
                    if a.clone()
                        .into_inner()
                        .nth(1)
                        .is_some_and(|k| k.as_rule() == Rule::kwarg_value) =>
                {
                    let mut it = a.into_inner();
                    let name = it
                        .next()
                        .ok_or_else(|| self.err_span(span, "invalid syntax"))?;
                    // Only a bare identifier may name a keyword argument.
                    // (pest's span of the name runs through the spaces before `=`.)
                    let text = name.as_str().trim_end();
                    let plain = text.starts_with(|c: char| c == '_' || c.is_alphabetic())
                        && text.chars().all(|c| c == '_' || c.is_alphanumeric());
                    if !plain {
                        return Err(self.err_span(
                            self.span(&name),
                            "expression cannot contain assignment, perhaps you meant \"==\"?",
                        ));
                    }
                    let v = match it.next() {
                        Some(kv) => only(self, kv, "keyword value")?,
                        None => return Err(self.err_span(span, "invalid syntax")),
                    };
                    let value = self.expr(v)?;
                    keywords.push(Keyword {
                        span,
                        arg: Some(text.to_string()),
                        value,
                    });
                }
                Rule::double_starred_arg => {
                    let v = only(self, a, "**argument")?;
                    let value = self.expr(v)?;
                    keywords.push(Keyword {
                        span,
                        arg: None,
                        value,
                    });
                }
                Rule::starred_arg => {
                    if keywords.iter().any(|k| k.arg.is_none()) {
                        return Err(self.err_span(
                            span,
                            "iterable argument unpacking follows keyword argument unpacking",
                        ));
                    }
                    let v = only(self, a, "*argument")?;
                    let value = self.expr(v)?;
                    args.push(Expr {
                        span,
                        kind: ExprKind::Starred {
                            value: Box::new(value),
                            ctx: ExprContext::Load,
                        },
                    });
                }
                Rule::arg_expr => {
                    let mut it = a.into_inner();
                    let first = it
                        .next()
                        .ok_or_else(|| self.err_span(span, "invalid syntax"))?;
                    let e = match it.next() {
                        Some(fors) => {
                            if count > 1 {
                                return Err(self
                                    .err_span(span, "Generator expression must be parenthesized"));
                            }
                            let elt = self.expr(first)?;
                            let generators = self.comprehension(fors)?;
                            Expr {
                                span,
                                kind: ExprKind::GeneratorExp {
                                    elt: Box::new(elt),
                                    generators,
                                },
                            }
                        }
                        None => self.expr(first)?,
                    };
                    if !keywords.is_empty() {
                        let msg = if keywords.iter().any(|k| k.arg.is_none()) {
                            "positional argument follows keyword argument unpacking"
                        } else {
                            "positional argument follows keyword argument"
                        };
                        return Err(self.err_at(after, msg));
                    }
                    args.push(e);
                }
                _ => return Err(self.drift(&a, "arguments")),
            }
        }
        Ok((args, keywords))
    }

    /// Function (or lambda) parameters in CPython's layout.
    pub fn params(&mut self, p: P, lambda: bool) -> R<Arguments> {
        let mut a = Arguments::default();
        let mut seen_star = false;
        let mut seen_default = false;
        let mut names: Vec<String> = Vec::new();
        let mut positional: Vec<Arg> = Vec::new();
        let mut bare_star = None;
        let _ = lambda;
        for item in p.into_inner() {
            let span = self.span(&item);
            if a.kwarg.is_some() {
                return Err(self.err_span(span, "arguments cannot follow var-keyword argument"));
            }
            match item.as_rule() {
                Rule::slash => {
                    if seen_star || !a.posonlyargs.is_empty() {
                        return Err(self.err_span(span, "/ may appear only once"));
                    }
                    if positional.is_empty() {
                        return Err(self.err_span(span, "at least one argument must precede /"));
                    }
                    a.posonlyargs = std::mem::take(&mut positional);
                }
                Rule::star_param | Rule::lambda_star => {
                    if seen_star {
                        return Err(self.err_span(span, "* argument may appear only once"));
                    }
                    seen_star = true;
                    bare_star = Some(span);
                    if let Some(n) = item.into_inner().next() {
                        let arg = self.param(n)?;
                        names.push(arg.arg.clone());
                        a.vararg = Some(arg);
                    }
                }
                Rule::kwargs_param | Rule::lambda_kwargs => {
                    let n = only(self, item, "**param")?;
                    let arg = self.param(n)?;
                    names.push(arg.arg.clone());
                    a.kwarg = Some(arg);
                }
                Rule::param_default | Rule::lambda_default => {
                    let mut it = item.into_inner();
                    let first = it
                        .next()
                        .ok_or_else(|| self.err_span(span, "invalid syntax"))?;
                    let arg = self.param(first)?;
                    let default = match it.next() {
                        Some(d) => Some(self.expr(d)?),
                        None => None,
                    };
                    if names.contains(&arg.arg) {
                        return Err(self.err_span(
                            arg.span,
                            format!("duplicate argument '{}' in function definition", arg.arg),
                        ));
                    }
                    names.push(arg.arg.clone());
                    if seen_star {
                        a.kwonlyargs.push(arg);
                        a.kw_defaults.push(default);
                    } else {
                        match default {
                            Some(d) => {
                                seen_default = true;
                                a.defaults.push(d);
                            }
                            None if seen_default => {
                                return Err(self.err_span(
                                    arg.span,
                                    "parameter without a default follows parameter with a default",
                                ));
                            }
                            None => {}
                        }
                        positional.push(arg);
                    }
                }
                _ => return Err(self.drift(&item, "parameters")),
            }
        }
        if let (Some(star), None, true) = (bare_star, &a.vararg, a.kwonlyargs.is_empty()) {
            return Err(self.err_span(star, "named arguments must follow bare *"));
        }
        a.args = positional;
        Ok(a)
    }

    fn param(&mut self, p: P) -> R<Arg> {
        let span = self.span(&p);
        if p.as_rule() == Rule::NAME {
            return Ok(Arg {
                span,
                arg: p.as_str().to_string(),
                annotation: None,
            });
        }
        let mut it = p.into_inner();
        let name = it
            .next()
            .map(|n| n.as_str().to_string())
            .unwrap_or_default();
        let annotation = match it.next() {
            Some(a) => Some(self.expr(a)?),
            None => None,
        };
        Ok(Arg {
            span,
            arg: name,
            annotation,
        })
    }

    pub fn comprehension(&mut self, p: P) -> R<Vec<Comprehension>> {
        let mut out = Vec::new();
        for f in p.into_inner() {
            let mut is_async = false;
            let mut target = None;
            let mut iter = None;
            let mut ifs = Vec::new();
            for c in f.into_inner() {
                match c.as_rule() {
                    Rule::kw_async => is_async = true,
                    Rule::star_targets => {
                        let t = self.targets(c)?;
                        target =
                            Some(self.target(t, ExprContext::Store, TargetKind::Comprehension)?);
                    }
                    Rule::comp_if => {
                        if let Some(cond) = c.into_inner().find(|x| x.as_rule() != Rule::kw_if) {
                            ifs.push(self.expr(cond)?);
                        }
                    }
                    Rule::kw_for | Rule::kw_in => {}
                    _ => iter = Some(self.expr(c)?),
                }
            }
            match (target, iter) {
                (Some(target), Some(iter)) => out.push(Comprehension {
                    target,
                    iter,
                    ifs,
                    is_async,
                }),
                _ => return Err(self.err_at(0, "invalid syntax")),
            }
        }
        Ok(out)
    }

    /// Turns an expression into an assignment (or deletion) target.
    pub fn target(&self, e: Expr, ctx: ExprContext, kind: TargetKind) -> R<Expr> {
        let span = e.span;
        // Inside a tuple or list, CPython no longer suggests `==`.
        let inner = if kind == TargetKind::Assign {
            TargetKind::AssignInner
        } else {
            kind
        };
        let ek = match e.kind {
            ExprKind::Name { id, .. } => {
                if id == "__debug__" {
                    return Err(self.err_span(span, "cannot assign to __debug__"));
                }
                ExprKind::Name { id, ctx }
            }
            ExprKind::Attribute { value, attr, .. } => ExprKind::Attribute { value, attr, ctx },
            ExprKind::Subscript { value, slice, .. } => ExprKind::Subscript { value, slice, ctx },
            ExprKind::Starred { value, .. } if kind != TargetKind::Del => {
                let v = self.target(*value, ctx, inner)?;
                ExprKind::Starred {
                    value: Box::new(v),
                    ctx,
                }
            }
            ExprKind::Tuple { elts, .. } => {
                let mut out = Vec::with_capacity(elts.len());
                for x in elts {
                    out.push(self.target(x, ctx, inner)?);
                }
                ExprKind::Tuple { elts: out, ctx }
            }
            ExprKind::List { elts, .. } => {
                let mut out = Vec::with_capacity(elts.len());
                for x in elts {
                    out.push(self.target(x, ctx, inner)?);
                }
                ExprKind::List { elts: out, ctx }
            }
            other => {
                let what = describe(&Expr { span, kind: other });
                let msg = match kind {
                    TargetKind::Del => format!("cannot delete {what}"),
                    TargetKind::Assign
                        if matches!(
                            what,
                            "literal" | "function call" | "expression" | "comparison"
                        ) =>
                    {
                        format!(
                            "cannot assign to {what} here. Maybe you meant '==' instead of '='?"
                        )
                    }
                    TargetKind::Assign | TargetKind::AssignInner
                        if what == "yield expression"
                            && !self
                                .src
                                .get(..span.start as usize)
                                .is_some_and(|s| s.trim_end().ends_with('(')) =>
                    {
                        "assignment to yield expression not possible".to_string()
                    }
                    _ => format!("cannot assign to {what}"),
                };
                return Err(self.err_span(span, msg));
            }
        };
        Ok(Expr { span, kind: ek })
    }
}
