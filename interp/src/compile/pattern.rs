//! Code generation for `match` statements. Each pattern consumes the value on top of the stack
//! and leaves a bool; failure paths pop exactly what the pattern had pushed.

use terrarium_grammar::ast::{self, Constant, ExprContext, MatchCase, Pattern, PatternKind};

use super::code::{Cmp, Const, Instr};
use super::{CResult, CompileError, Compiler, Label};

impl<'a> Compiler<'a> {
    pub(super) fn match_statement(
        &mut self,
        subject: &'a ast::Expr,
        cases: &'a [MatchCase],
    ) -> CResult<()> {
        self.expr(subject)?;
        let end = self.new_label();
        for (i, case) in cases.iter().enumerate() {
            let last = i + 1 == cases.len();
            if !last && case.guard.is_none() {
                if let Some(msg) = irrefutable(&case.pattern) {
                    return Err(CompileError::syntax(msg, case.pattern.span));
                }
            }
            let next = self.new_label();
            self.set_line(case.pattern.span);
            self.emit(Instr::DupTop);
            self.pattern(&case.pattern)?;
            self.emit_jump(Instr::PopJumpIfFalse(0), next);
            if let Some(g) = &case.guard {
                self.jump_if(g, false, next)?;
            }
            self.emit(Instr::PopTop);
            self.stmts(&case.body)?;
            self.emit_jump(Instr::Jump(0), end);
            self.bind(next);
        }
        self.emit(Instr::PopTop);
        self.bind(end);
        Ok(())
    }

    /// Emits `n` pops then False at each failure label, falling through from deeper ones.
    fn fail_ladder(&mut self, fails: &[Label], end: Label) {
        for k in (1..fails.len()).rev() {
            self.bind(fails[k]);
            self.emit(Instr::PopTop);
        }
        self.bind(fails[0]);
        self.emit_const(Const::Bool(false));
        self.bind(end);
    }

    fn labels(&mut self, n: usize) -> Vec<Label> {
        (0..n).map(|_| self.new_label()).collect()
    }

    fn pattern(&mut self, p: &'a Pattern) -> CResult<()> {
        match &p.kind {
            PatternKind::MatchValue(e) => {
                self.expr(e)?;
                self.emit(Instr::Compare(Cmp::Eq));
            }
            PatternKind::MatchSingleton(c) => {
                self.emit_const(match c {
                    Constant::True => Const::Bool(true),
                    Constant::False => Const::Bool(false),
                    _ => Const::None,
                });
                self.emit(Instr::Is(false));
            }
            PatternKind::MatchAs {
                pattern: None,
                name,
            } => {
                match name {
                    Some(n) => self.name_op(n, ExprContext::Store),
                    None => {
                        self.emit(Instr::PopTop);
                    }
                }
                self.emit_const(Const::Bool(true));
            }
            PatternKind::MatchAs {
                pattern: Some(inner),
                name,
            } => {
                let fails = self.labels(2);
                let end = self.new_label();
                self.emit(Instr::DupTop);
                self.pattern(inner)?;
                self.emit_jump(Instr::PopJumpIfFalse(0), fails[1]);
                match name {
                    Some(n) => self.name_op(n, ExprContext::Store),
                    None => {
                        self.emit(Instr::PopTop);
                    }
                }
                self.emit_const(Const::Bool(true));
                self.emit_jump(Instr::Jump(0), end);
                self.fail_ladder(&fails, end);
            }
            PatternKind::MatchOr(alts) => {
                let success = self.new_label();
                let end = self.new_label();
                for alt in alts {
                    self.emit(Instr::DupTop);
                    self.pattern(alt)?;
                    self.emit_jump(Instr::PopJumpIfTrue(0), success);
                }
                self.emit(Instr::PopTop);
                self.emit_const(Const::Bool(false));
                self.emit_jump(Instr::Jump(0), end);
                self.bind(success);
                self.emit(Instr::PopTop);
                self.emit_const(Const::Bool(true));
                self.bind(end);
            }
            PatternKind::MatchStar(_) => {
                return Err(CompileError::syntax("can't use starred name here", p.span))
            }
            PatternKind::MatchSequence(items) => {
                let star = items
                    .iter()
                    .position(|x| matches!(x.kind, PatternKind::MatchStar(_)));
                let n = items.len();
                let fails = self.labels(n + 2);
                let end = self.new_label();
                self.emit(Instr::MatchSequence);
                self.emit_jump(Instr::PopJumpIfFalse(0), fails[1]);
                self.emit(Instr::GetLen);
                match star {
                    Some(_) => {
                        self.emit_const(Const::Int(n as i64 - 1));
                        self.emit(Instr::Compare(Cmp::Ge));
                    }
                    None => {
                        self.emit_const(Const::Int(n as i64));
                        self.emit(Instr::Compare(Cmp::Eq));
                    }
                }
                self.emit_jump(Instr::PopJumpIfFalse(0), fails[1]);
                match star {
                    Some(s) => {
                        self.emit(Instr::UnpackEx(s as u16, (n - s - 1) as u16));
                    }
                    None => {
                        self.emit(Instr::UnpackSequence(n as u32));
                    }
                }
                for (i, sub) in items.iter().enumerate() {
                    match &sub.kind {
                        PatternKind::MatchStar(name) => {
                            match name {
                                Some(nm) => self.name_op(nm, ExprContext::Store),
                                None => {
                                    self.emit(Instr::PopTop);
                                }
                            }
                            continue;
                        }
                        _ => self.pattern(sub)?,
                    }
                    self.emit_jump(Instr::PopJumpIfFalse(0), fails[n - 1 - i]);
                }
                self.emit_const(Const::Bool(true));
                self.emit_jump(Instr::Jump(0), end);
                self.fail_ladder(&fails, end);
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                let n = keys.len();
                let fails = self.labels(n + 4);
                let end = self.new_label();
                self.emit(Instr::MatchMapping);
                self.emit_jump(Instr::PopJumpIfFalse(0), fails[1]);
                if n > 0 {
                    self.emit(Instr::GetLen);
                    self.emit_const(Const::Int(n as i64));
                    self.emit(Instr::Compare(Cmp::Ge));
                    self.emit_jump(Instr::PopJumpIfFalse(0), fails[1]);
                }
                for k in keys {
                    self.expr(k)?;
                }
                self.emit(Instr::BuildTuple(n as u32));
                self.emit(Instr::MatchKeys);
                self.emit(Instr::DupTop);
                self.emit_const(Const::None);
                self.emit(Instr::Is(false));
                self.emit_jump(Instr::PopJumpIfTrue(0), fails[3]);
                self.emit(Instr::UnpackSequence(n as u32));
                for (i, sub) in patterns.iter().enumerate() {
                    self.pattern(sub)?;
                    self.emit_jump(Instr::PopJumpIfFalse(0), fails[2 + n - 1 - i]);
                }
                match rest {
                    Some(r) => {
                        self.emit(Instr::CopyDictWithoutKeys);
                        self.name_op(r, ExprContext::Store);
                    }
                    None => {
                        self.emit(Instr::PopTop);
                        self.emit(Instr::PopTop);
                    }
                }
                self.emit_const(Const::Bool(true));
                self.emit_jump(Instr::Jump(0), end);
                self.fail_ladder(&fails, end);
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                let n = patterns.len() + kwd_patterns.len();
                let fails = self.labels(n + 2);
                let end = self.new_label();
                self.expr(cls)?;
                let names = kwd_attrs.iter().map(|a| Const::Str(a.clone())).collect();
                self.emit_const(Const::Tuple(names));
                self.set_line(p.span);
                self.emit(Instr::MatchClass(patterns.len() as u32));
                self.emit(Instr::DupTop);
                self.emit_const(Const::None);
                self.emit(Instr::Is(false));
                self.emit_jump(Instr::PopJumpIfTrue(0), fails[1]);
                self.emit(Instr::UnpackSequence(n as u32));
                for (i, sub) in patterns.iter().chain(kwd_patterns).enumerate() {
                    self.pattern(sub)?;
                    self.emit_jump(Instr::PopJumpIfFalse(0), fails[n - 1 - i]);
                }
                self.emit_const(Const::Bool(true));
                self.emit_jump(Instr::Jump(0), end);
                self.fail_ladder(&fails, end);
            }
        }
        Ok(())
    }
}

/// The SyntaxError message for an irrefutable pattern that is not the last case.
fn irrefutable(p: &Pattern) -> Option<String> {
    match &p.kind {
        PatternKind::MatchAs {
            pattern: None,
            name: Some(n),
        } => Some(format!(
            "name capture '{n}' makes remaining patterns unreachable"
        )),
        PatternKind::MatchAs {
            pattern: None,
            name: None,
        } => Some("wildcard makes remaining patterns unreachable".into()),
        PatternKind::MatchOr(alts) => alts.iter().find_map(irrefutable),
        _ => None,
    }
}
