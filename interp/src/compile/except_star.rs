//! Code generation for `try … except*`: each clause runs on the part of the exception group
//! its types match; what the clauses raise and what no clause matched is raised at the end.

use terrarium_grammar::ast::{self, ExprContext, Stmt};

use super::code::{Const, Instr};
use super::{CResult, CompileError, Compiler, FBlock};

impl<'a> Compiler<'a> {
    /// `try … except* T as g …`: each clause takes the matching part of the exception group;
    /// what the clauses raise and what none matched is raised again at the end.
    pub(super) fn try_except_star(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let handler_label = self.new_label();
        let end = self.new_label();
        self.emit_jump(Instr::SetupFinally(0), handler_label);
        self.unit().depth -= 2;
        self.unit().fblocks.push(FBlock::TryExcept);
        self.stmts(body)?;
        self.unit().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.stmts(orelse)?;
        self.emit_jump(Instr::Jump(0), end);
        // Handler entry: [prev, exc] -> [prev, orig, rest, raised].
        self.bind(handler_label);
        self.unit().depth += 2;
        self.emit(Instr::ExcStarPrepare);
        let base = self.unit().depth;
        for h in handlers {
            self.set_line(h.span);
            let Some(t) = &h.type_ else {
                return Err(CompileError::syntax(
                    "expected one or more exception types",
                    h.span,
                ));
            };
            let (skip, next) = (self.new_label(), self.new_label());
            self.expr(t)?;
            self.emit(Instr::ExcStarMatch);
            self.emit(Instr::DupTop);
            self.emit_const(Const::None);
            self.emit(Instr::Is(false));
            self.emit_jump(Instr::PopJumpIfTrue(0), skip);
            match &h.name {
                Some(n) => self.name_op(n, ExprContext::Store),
                None => {
                    self.emit(Instr::PopTop);
                }
            }
            let cleanup = self.new_label();
            self.emit_jump(Instr::SetupFinally(0), cleanup);
            self.unit().depth -= 2;
            self.unit().fblocks.push(FBlock::ExceptStar);
            self.stmts(&h.body)?;
            self.unit().fblocks.pop();
            self.emit(Instr::PopBlock);
            if let Some(n) = &h.name {
                self.clear_name(n);
            }
            self.emit_jump(Instr::Jump(0), next);
            // A clause that raises: [orig, rest, raised, prev', exc2] -> collected.
            self.bind(cleanup);
            self.unit().depth = base + 2;
            if let Some(n) = &h.name {
                self.clear_name(n);
            }
            self.emit(Instr::ExcStarCollect);
            self.emit_jump(Instr::Jump(0), next);
            self.bind(skip);
            self.unit().depth = base + 1;
            self.emit(Instr::PopTop);
            self.bind(next);
            self.unit().depth = base;
        }
        self.emit(Instr::ExcStarFinish);
        self.bind(end);
        Ok(())
    }
}
