//! Lowering of `match` statements and patterns.

use super::{Lowerer, P, R};
use crate::ast::*;
use crate::Rule;

impl<'s> Lowerer<'s> {
    pub fn match_stmt(&mut self, p: P) -> R<StmtKind> {
        let mut subject = None;
        let mut cases = Vec::new();
        for c in p.into_inner() {
            match c.as_rule() {
                Rule::subject => {
                    let span = self.span(&c);
                    let mut it = c.into_inner();
                    let first = it
                        .next()
                        .ok_or_else(|| self.err_span(span, "invalid syntax"))?;
                    let first = self.expr(first)?;
                    subject = Some(match it.next() {
                        Some(rest) => {
                            let mut elts = vec![first];
                            for e in rest.into_inner() {
                                elts.push(self.expr(e)?);
                            }
                            Expr {
                                span,
                                kind: ExprKind::Tuple {
                                    elts,
                                    ctx: ExprContext::Load,
                                },
                            }
                        }
                        None => first,
                    });
                }
                Rule::case_block => {
                    let mut pattern = None;
                    let mut guard = None;
                    let mut body = Vec::new();
                    for x in c.into_inner() {
                        match x.as_rule() {
                            Rule::patterns => pattern = Some(self.patterns(x)?),
                            Rule::guard => {
                                if let Some(g) = x.into_inner().find(|y| y.as_rule() != Rule::kw_if)
                                {
                                    guard = Some(self.expr(g)?);
                                }
                            }
                            Rule::block => {
                                for s in x.into_inner() {
                                    self.statement(s, &mut body)?;
                                }
                            }
                            _ => {}
                        }
                    }
                    if let Some(pattern) = pattern {
                        cases.push(MatchCase {
                            pattern,
                            guard,
                            body,
                        });
                    }
                }
                _ => {}
            }
        }
        let subject = subject.ok_or_else(|| self.err_at(0, "invalid syntax"))?;
        Ok(StmtKind::Match { subject, cases })
    }

    /// The top-level pattern of a case: an open sequence when there is a comma.
    fn patterns(&mut self, p: P) -> R<Pattern> {
        let span = self.span(&p);
        let mut it = p.into_inner();
        let first = it
            .next()
            .ok_or_else(|| self.err_span(span, "invalid syntax"))?;
        let first = self.pattern(first)?;
        match it.next() {
            Some(rest) => {
                let mut items = vec![first];
                for x in rest.into_inner() {
                    items.push(self.pattern(x)?);
                }
                self.check_stars(&items, span)?;
                Ok(Pattern {
                    span,
                    kind: PatternKind::MatchSequence(items),
                })
            }
            None => {
                if matches!(first.kind, PatternKind::MatchStar(_)) {
                    return Ok(Pattern {
                        span,
                        kind: PatternKind::MatchSequence(vec![first]),
                    });
                }
                Ok(first)
            }
        }
    }

    fn check_stars(&self, items: &[Pattern], span: Span) -> R<()> {
        if items
            .iter()
            .filter(|p| matches!(p.kind, PatternKind::MatchStar(_)))
            .count()
            > 1
        {
            return Err(self.err_span(span, "multiple starred names in sequence pattern"));
        }
        Ok(())
    }

    fn pattern(&mut self, p: P) -> R<Pattern> {
        self.enter(&p, 1)?;
        let r = self.pattern_inner(p);
        self.leave(1);
        r
    }

    fn pattern_inner(&mut self, p: P) -> R<Pattern> {
        let span = self.span(&p);
        let kind = match p.as_rule() {
            Rule::pattern => {
                let mut it = p.into_inner();
                let or = it
                    .next()
                    .ok_or_else(|| self.err_span(span, "invalid syntax"))?;
                let inner = self.pattern(or)?;
                match it.find(|x| x.as_rule() == Rule::NAME) {
                    Some(name) => {
                        let n = name.as_str().to_string();
                        if n == "_" {
                            return Err(self.err(&name, "cannot use '_' as a target"));
                        }
                        PatternKind::MatchAs {
                            pattern: Some(Box::new(inner)),
                            name: Some(n),
                        }
                    }
                    None => return Ok(inner),
                }
            }
            Rule::or_pattern => {
                let alts: Vec<P> = p.into_inner().collect();
                if alts.len() == 1 {
                    let only = alts
                        .into_iter()
                        .next()
                        .ok_or_else(|| self.err_span(span, "invalid syntax"))?;
                    return self.pattern(only);
                }
                let mut out = Vec::new();
                for a in alts {
                    out.push(self.pattern(a)?);
                }
                PatternKind::MatchOr(out)
            }
            Rule::literal_pattern => {
                let children: Vec<P> = p.into_inner().collect();
                match children.first().map(|c| c.as_rule()) {
                    Some(Rule::kw_none) => PatternKind::MatchSingleton(Constant::None),
                    Some(Rule::kw_true) => PatternKind::MatchSingleton(Constant::True),
                    Some(Rule::kw_false) => PatternKind::MatchSingleton(Constant::False),
                    _ => PatternKind::MatchValue(self.literal_value(children, span)?),
                }
            }
            Rule::class_or_name_pattern => {
                let mut it = p.into_inner();
                let name = it
                    .next()
                    .ok_or_else(|| self.err_span(span, "invalid syntax"))?;
                let parts: Vec<String> = name
                    .clone()
                    .into_inner()
                    .map(|n| n.as_str().to_string())
                    .collect();
                let name_expr = self.name_or_attr(&name, &parts);
                match it.next() {
                    Some(args) => {
                        let mut patterns = Vec::new();
                        let mut kwd_attrs = Vec::new();
                        let mut kwd_patterns = Vec::new();
                        for a in args.into_inner() {
                            let inner = a
                                .into_inner()
                                .next()
                                .ok_or_else(|| self.err_span(span, "invalid syntax"))?;
                            if inner.as_rule() == Rule::keyword_pattern {
                                let mut kit = inner.into_inner();
                                let k = kit
                                    .next()
                                    .map(|x| x.as_str().to_string())
                                    .unwrap_or_default();
                                if kwd_attrs.contains(&k) {
                                    return Err(self.err_span(
                                        span,
                                        format!("attribute name repeated in class pattern: {k}"),
                                    ));
                                }
                                let v = kit
                                    .next()
                                    .ok_or_else(|| self.err_span(span, "invalid syntax"))?;
                                kwd_attrs.push(k);
                                kwd_patterns.push(self.pattern(v)?);
                            } else {
                                if !kwd_attrs.is_empty() {
                                    return Err(self.err_span(
                                        span,
                                        "positional patterns follow keyword patterns",
                                    ));
                                }
                                patterns.push(self.pattern(inner)?);
                            }
                        }
                        PatternKind::MatchClass {
                            cls: name_expr,
                            patterns,
                            kwd_attrs,
                            kwd_patterns,
                        }
                    }
                    None => {
                        if parts.len() == 1 {
                            let n = parts[0].clone();
                            if n == "_" {
                                PatternKind::MatchAs {
                                    pattern: None,
                                    name: None,
                                }
                            } else {
                                PatternKind::MatchAs {
                                    pattern: None,
                                    name: Some(n),
                                }
                            }
                        } else {
                            PatternKind::MatchValue(name_expr)
                        }
                    }
                }
            }
            Rule::paren_pattern => {
                let mut items = Vec::new();
                let mut comma = false;
                for x in p.into_inner() {
                    if x.as_rule() == Rule::trailing_comma {
                        comma = true;
                        continue;
                    }
                    items.push(x);
                }
                if items.len() == 1 && !comma && items[0].as_rule() != Rule::star_pattern {
                    let only = items
                        .into_iter()
                        .next()
                        .ok_or_else(|| self.err_span(span, "invalid syntax"))?;
                    let mut inner = self.pattern(only)?;
                    inner.span = span;
                    return Ok(inner);
                }
                let mut out = Vec::new();
                for x in items {
                    out.push(self.pattern(x)?);
                }
                self.check_stars(&out, span)?;
                PatternKind::MatchSequence(out)
            }
            Rule::list_pattern => {
                let mut out = Vec::new();
                for x in p.into_inner() {
                    out.push(self.pattern(x)?);
                }
                self.check_stars(&out, span)?;
                PatternKind::MatchSequence(out)
            }
            Rule::star_pattern => {
                let n = p
                    .into_inner()
                    .next()
                    .map(|x| x.as_str().to_string())
                    .unwrap_or_default();
                PatternKind::MatchStar(if n == "_" { None } else { Some(n) })
            }
            Rule::mapping_pattern => {
                let mut keys = Vec::new();
                let mut patterns = Vec::new();
                let mut rest = None;
                for e in p.into_inner() {
                    if rest.is_some() {
                        return Err(self.err(&e, "invalid syntax"));
                    }
                    match e.as_rule() {
                        Rule::double_star_pattern => {
                            rest = e.into_inner().next().map(|x| x.as_str().to_string());
                        }
                        _ => {
                            let espan = self.span(&e);
                            let mut it = e.into_inner();
                            let k = it
                                .next()
                                .ok_or_else(|| self.err_span(espan, "invalid syntax"))?;
                            let key = if k.as_rule() == Rule::literal_pattern {
                                let children: Vec<P> = k.into_inner().collect();
                                match children.first().map(|c| c.as_rule()) {
                                    Some(Rule::kw_none) => Expr {
                                        span: espan,
                                        kind: ExprKind::Constant(Constant::None),
                                    },
                                    Some(Rule::kw_true) => Expr {
                                        span: espan,
                                        kind: ExprKind::Constant(Constant::True),
                                    },
                                    Some(Rule::kw_false) => Expr {
                                        span: espan,
                                        kind: ExprKind::Constant(Constant::False),
                                    },
                                    _ => self.literal_value(children, espan)?,
                                }
                            } else {
                                let parts: Vec<String> = k
                                    .clone()
                                    .into_inner()
                                    .map(|n| n.as_str().to_string())
                                    .collect();
                                self.name_or_attr(&k, &parts)
                            };
                            let v = it
                                .next()
                                .ok_or_else(|| self.err_span(espan, "invalid syntax"))?;
                            keys.push(key);
                            patterns.push(self.pattern(v)?);
                        }
                    }
                }
                PatternKind::MatchMapping {
                    keys,
                    patterns,
                    rest,
                }
            }
            _ => return Err(self.drift(&p, "pattern")),
        };
        Ok(Pattern { span, kind })
    }

    fn name_or_attr(&self, p: &P, parts: &[String]) -> Expr {
        let span = self.span(p);
        let mut e = Expr {
            span,
            kind: ExprKind::Name {
                id: parts.first().cloned().unwrap_or_default(),
                ctx: ExprContext::Load,
            },
        };
        for a in &parts[1..] {
            e = Expr {
                span,
                kind: ExprKind::Attribute {
                    value: Box::new(e),
                    attr: a.clone(),
                    ctx: ExprContext::Load,
                },
            };
        }
        e
    }

    /// A literal pattern's value: a string, a (negative) number, or `a + bj`.
    fn literal_value(&mut self, children: Vec<P>, span: Span) -> R<Expr> {
        let mut it = children.into_iter();
        let first = it
            .next()
            .ok_or_else(|| self.err_span(span, "invalid syntax"))?;
        if first.as_rule() == Rule::strings {
            return self.expr(first);
        }
        // signed_number
        let mut neg = false;
        let mut num = None;
        for c in first.into_inner() {
            match c.as_rule() {
                Rule::neg => neg = true,
                _ => num = Some(c),
            }
        }
        let num = num.ok_or_else(|| self.err_span(span, "invalid syntax"))?;
        let nspan = self.span(&num);
        let mut e = Expr {
            span: nspan,
            kind: ExprKind::Constant(self.number(&num)?),
        };
        if neg {
            e = Expr {
                span,
                kind: ExprKind::UnaryOp {
                    op: UnaryOp::USub,
                    operand: Box::new(e),
                },
            };
        }
        if let (Some(sign), Some(imag)) = (it.next(), it.next()) {
            let c = self.number(&imag)?;
            if !matches!(c, Constant::Complex(_)) {
                return Err(self.err(&imag, "imaginary number required in complex literal"));
            }
            let right = Expr {
                span: self.span(&imag),
                kind: ExprKind::Constant(c),
            };
            let op = if sign.as_str() == "-" {
                Operator::Sub
            } else {
                Operator::Add
            };
            e = Expr {
                span,
                kind: ExprKind::BinOp {
                    left: Box::new(e),
                    op,
                    right: Box::new(right),
                },
            };
        }
        Ok(e)
    }
}
