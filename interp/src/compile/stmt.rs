//! Code generation for statements, including the unwinding that `break`, `continue` and
//! `return` need through `try`, `except`, `finally` and `with`.

use terrarium_grammar::ast::{self, ExprContext, ExprKind, Stmt, StmtKind};

use super::code::{CodeFlags, Const, Instr};
use super::scope::{node_key, ScopeKind};
use super::{CResult, CompileError, Compiler, FBlock};

impl<'a> Compiler<'a> {
    pub(super) fn stmts(&mut self, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        self.set_line(s.span);
        match &s.kind {
            StmtKind::Expr(e) => {
                self.expr(e)?;
                if self.displays_expressions() {
                    self.emit(Instr::DisplayValue);
                } else {
                    self.emit(Instr::PopTop);
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Instr::DupTop);
                    }
                    self.store(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                value,
                annotation,
                simple,
            } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.store(target)?;
                }
                // Module and class bodies keep simple annotations in `__annotations__`.
                let kind = self.scopes.scopes[self.unit_ref().scope].kind();
                if let (true, ExprKind::Name { id, .. }) = (*simple, &target.kind) {
                    if matches!(kind, ScopeKind::Module | ScopeKind::Class) {
                        self.expr(annotation)?;
                        self.name_op("__annotations__", ExprContext::Load);
                        self.emit_const(Const::Str(id.clone()));
                        self.emit(Instr::StoreSubscr);
                    }
                } else if value.is_none() && !matches!(target.kind, ExprKind::Name { .. }) {
                    // `x.a: int` evaluates the object; nothing is stored.
                    if let ExprKind::Attribute { value, .. } = &target.kind {
                        self.expr(value)?;
                        self.emit(Instr::PopTop);
                    }
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete(t)?;
                }
            }
            StmtKind::Pass => {}
            StmtKind::If { test, body, orelse } => {
                let else_label = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, else_label)?;
                self.stmts(body)?;
                if !orelse.is_empty() {
                    self.emit_jump(Instr::Jump(0), end);
                }
                self.bind(else_label);
                self.stmts(orelse)?;
                self.bind(end);
            }
            StmtKind::While { test, body, orelse } => {
                let top = self.new_label();
                let brk = self.new_label();
                let else_label = self.new_label();
                self.bind(top);
                self.jump_if(test, false, else_label)?;
                self.unit()
                    .fblocks
                    .push(FBlock::WhileLoop { cont: top, brk });
                self.stmts(body)?;
                self.unit().fblocks.pop();
                self.set_line(s.span);
                self.emit_jump(Instr::Jump(0), top);
                self.bind(else_label);
                self.stmts(orelse)?;
                self.bind(brk);
            }
            StmtKind::For {
                is_async,
                target,
                iter,
                body,
                orelse,
            } => {
                if *is_async {
                    return self.async_for(s, target, iter, body, orelse);
                }
                self.expr(iter)?;
                self.emit(Instr::GetIter);
                let top = self.new_label();
                let exit = self.new_label();
                let brk = self.new_label();
                self.bind(top);
                self.emit_jump(Instr::ForIter(0), exit);
                self.store(target)?;
                self.unit().fblocks.push(FBlock::ForLoop { cont: top, brk });
                self.stmts(body)?;
                self.unit().fblocks.pop();
                self.set_line(s.span);
                self.emit_jump(Instr::Jump(0), top);
                self.bind(exit);
                // ForIter popped the iterator on exhaustion.
                self.unit().depth -= 1;
                self.stmts(orelse)?;
                self.bind(brk);
            }
            StmtKind::Break => self.break_continue(s, true)?,
            StmtKind::Continue => self.break_continue(s, false)?,
            StmtKind::Return(value) => {
                let kind = self.scopes.scopes[self.unit_ref().scope].kind();
                if !matches!(kind, ScopeKind::Function) {
                    return Err(CompileError::syntax("'return' outside function", s.span));
                }
                let flags = &self.unit_ref().code.flags;
                if value.is_some() && flags.coroutine && flags.generator {
                    return Err(CompileError::syntax(
                        "'return' with value in async generator",
                        s.span,
                    ));
                }
                if self
                    .unit_ref()
                    .fblocks
                    .iter()
                    .any(|b| matches!(b, FBlock::ExceptStar))
                {
                    return Err(CompileError::syntax(
                        "'break', 'continue' and 'return' cannot appear in an except* block",
                        s.span,
                    ));
                }
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.emit_const(Const::None),
                }
                self.unwind(true, None)?;
                self.set_line(s.span);
                self.emit(Instr::Return);
            }
            StmtKind::FunctionDef(f) => self.function_def(s, f)?,
            StmtKind::ClassDef(c) => self.class_def(s, c)?,
            StmtKind::Raise { exc, cause } => match (exc, cause) {
                (None, _) => {
                    self.emit(Instr::Raise(0));
                }
                (Some(e), None) => {
                    self.expr(e)?;
                    self.emit(Instr::Raise(1));
                }
                (Some(e), Some(c)) => {
                    self.expr(e)?;
                    self.expr(c)?;
                    self.emit(Instr::Raise(2));
                }
            },
            StmtKind::Try {
                is_star,
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse, *is_star)?;
                } else {
                    self.try_finally(s, (body, *is_star), handlers, orelse, finalbody)?;
                }
            }
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                self.jump_if(test, true, end)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit(Instr::RaiseAssert(true));
                } else {
                    self.emit(Instr::RaiseAssert(false));
                }
                self.bind(end);
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::With {
                is_async,
                items,
                body,
            } => {
                if *is_async {
                    self.async_with(s, items, body)?;
                } else {
                    self.with(s, items, body)?;
                }
            }
            StmtKind::Import(names) => {
                for a in names {
                    let ni = self.name_index(&a.name);
                    self.emit(Instr::ImportName(ni));
                    match &a.asname {
                        Some(asname) => {
                            // `import a.b as c` binds the submodule.
                            for part in a.name.split('.').skip(1) {
                                let pi = self.name_index(part);
                                self.emit(Instr::LoadAttr(pi));
                            }
                            self.name_op(asname, ExprContext::Store);
                        }
                        None => {
                            let top = a.name.split('.').next().unwrap_or("").to_string();
                            if top != a.name {
                                // Bind the top-level package.
                                self.emit(Instr::PopTop);
                                let ti = self.name_index(&top);
                                self.emit(Instr::ImportName(ti));
                            }
                            self.name_op(&top, ExprContext::Store);
                        }
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                if *level > 0 {
                    return Err(CompileError::syntax(
                        "attempted relative import with no known parent package",
                        s.span,
                    ));
                }
                let m = module.clone().unwrap_or_default();
                let mi = self.name_index(&m);
                self.emit(Instr::ImportName(mi));
                for a in names {
                    if a.name == "*" {
                        self.emit(Instr::ImportStar);
                        continue;
                    }
                    let ni = self.name_index(&a.name);
                    self.emit(Instr::ImportFrom(ni));
                    let bound = a.asname.clone().unwrap_or_else(|| a.name.clone());
                    self.name_op(&bound, ExprContext::Store);
                }
                if !names.iter().any(|a| a.name == "*") {
                    self.emit(Instr::PopTop);
                }
            }
            StmtKind::Match { subject, cases } => self.match_statement(subject, cases)?,
            StmtKind::TypeAlias { .. } => {
                return Err(CompileError::unsupported("type alias statements", s.span))
            }
        }
        Ok(())
    }

    fn break_continue(&mut self, s: &Stmt, is_break: bool) -> CResult<()> {
        let word = if is_break { "break" } else { "continue" };
        let Some(loop_index) = self
            .unit_ref()
            .fblocks
            .iter()
            .rposition(|b| matches!(b, FBlock::ForLoop { .. } | FBlock::WhileLoop { .. }))
        else {
            let msg = if is_break {
                "'break' outside loop".to_string()
            } else {
                "'continue' not properly in loop".to_string()
            };
            let _ = word;
            return Err(CompileError::syntax(msg, s.span));
        };
        let fblocks = &self.unit_ref().fblocks;
        if fblocks[loop_index..]
            .iter()
            .any(|b| matches!(b, FBlock::ExceptStar))
        {
            return Err(CompileError::syntax(
                "'break', 'continue' and 'return' cannot appear in an except* block",
                s.span,
            ));
        }
        self.unwind(false, Some(loop_index + 1))?;
        let (cont, brk, is_for) = match self.unit_ref().fblocks[loop_index] {
            FBlock::ForLoop { cont, brk } => (cont, brk, true),
            FBlock::WhileLoop { cont, brk } => (cont, brk, false),
            _ => unreachable_label(),
        };
        self.set_line(s.span);
        if is_break {
            if is_for {
                self.emit(Instr::PopTop);
                self.unit().depth += 1;
            }
            self.emit_jump(Instr::Jump(0), brk);
        } else {
            self.emit_jump(Instr::Jump(0), cont);
        }
        Ok(())
    }

    /// Emits the clean-up of every frame block above `down_to` (all of them for `return`),
    /// innermost first. With `keep_top` a value (the return value) stays on top of the stack.
    fn unwind(&mut self, keep_top: bool, down_to: Option<usize>) -> CResult<()> {
        let blocks = self.unit_ref().fblocks.clone();
        let stop = down_to.unwrap_or(0);
        let saved_depth = self.unit_ref().depth;
        for i in (stop..blocks.len()).rev() {
            match &blocks[i] {
                FBlock::ForLoop { .. } => {
                    if keep_top {
                        self.emit(Instr::RotTwo);
                    }
                    self.emit(Instr::PopTop);
                }
                FBlock::WhileLoop { .. } => {}
                FBlock::TryExcept => {
                    self.emit(Instr::PopBlock);
                }
                FBlock::FinallyTry { body } => {
                    self.emit(Instr::PopBlock);
                    // The finally body runs outside this block; drop it while compiling it.
                    let saved = std::mem::take(&mut self.unit().fblocks);
                    self.unit().fblocks = saved[..i].to_vec();
                    if keep_top {
                        self.unit().fblocks.push(FBlock::PopValue);
                    }
                    let r = self.stmts(body);
                    self.unit().fblocks = saved;
                    r?;
                }
                FBlock::FinallyExc => {
                    // [prev, exc, value] -> [value, prev, exc] -> [value, prev] -> [value]
                    self.emit(Instr::PopBlock);
                    if keep_top {
                        self.emit(Instr::RotThree);
                    }
                    self.emit(Instr::PopTop);
                    self.emit(Instr::PopExcept);
                }
                FBlock::Handler { name } => {
                    self.emit(Instr::PopBlock);
                    if keep_top {
                        self.emit(Instr::RotTwo);
                    }
                    self.emit(Instr::PopExcept);
                    if let Some(n) = name {
                        self.clear_name(n);
                    }
                }
                FBlock::With => {
                    self.emit(Instr::PopBlock);
                    if keep_top {
                        self.emit(Instr::RotTwo);
                    }
                    self.emit(Instr::WithExitNormal);
                }
                FBlock::AsyncWith => {
                    self.emit(Instr::PopBlock);
                    if keep_top {
                        self.emit(Instr::RotTwo);
                    }
                    self.emit(Instr::AsyncExitCall(true));
                    self.await_top();
                    self.emit(Instr::PopTop);
                }
                FBlock::ExceptStar => {}
                FBlock::PopValue => {
                    if keep_top {
                        self.emit(Instr::RotTwo);
                    }
                    self.emit(Instr::PopTop);
                }
            }
        }
        self.unit().depth = saved_depth;
        Ok(())
    }

    /// `except E as name` unbinds the name when the clause ends.
    pub(super) fn clear_name(&mut self, name: &str) {
        self.emit_const(Const::None);
        self.name_op(name, ExprContext::Store);
        self.name_op(name, ExprContext::Del);
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [Stmt],
        is_star: bool,
    ) -> CResult<()> {
        if is_star {
            return self.try_except_star(body, handlers, orelse);
        }
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
        // Handler entry: [prev, exc].
        self.bind(handler_label);
        self.unit().depth += 2;
        for (i, h) in handlers.iter().enumerate() {
            self.set_line(h.span);
            let next = self.new_label();
            match &h.type_ {
                Some(t) => {
                    self.expr(t)?;
                    self.emit(Instr::CheckExcMatch);
                    self.emit_jump(Instr::PopJumpIfFalse(0), next);
                }
                None => {
                    if i + 1 != handlers.len() {
                        return Err(CompileError::syntax(
                            "default 'except:' must be last",
                            h.span,
                        ));
                    }
                }
            }
            match &h.name {
                Some(n) => self.name_op(n, ExprContext::Store),
                None => {
                    self.emit(Instr::PopTop);
                }
            }
            // [prev]
            let cleanup = self.new_label();
            self.emit_jump(Instr::SetupFinally(0), cleanup);
            self.unit().depth -= 2;
            self.unit().fblocks.push(FBlock::Handler {
                name: h.name.clone(),
            });
            self.stmts(&h.body)?;
            self.unit().fblocks.pop();
            self.emit(Instr::PopBlock);
            self.emit(Instr::PopExcept);
            if let Some(n) = &h.name {
                self.clear_name(n);
            }
            self.emit_jump(Instr::Jump(0), end);
            // Cleanup: [prev, prev', exc2].
            self.bind(cleanup);
            if let Some(n) = &h.name {
                self.clear_name(n);
            }
            self.emit(Instr::Raise(12));
            self.bind(next);
            self.unit().depth = self.unit().depth.max(2);
        }
        // No handler matched: [prev, exc].
        self.emit(Instr::Reraise);
        self.bind(end);
        Ok(())
    }

    fn try_finally(
        &mut self,
        s: &'a Stmt,
        (body, is_star): (&'a [Stmt], bool),
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> CResult<()> {
        let exc_path = self.new_label();
        let end = self.new_label();
        self.emit_jump(Instr::SetupFinally(0), exc_path);
        self.unit().depth -= 2;
        self.unit()
            .fblocks
            .push(FBlock::FinallyTry { body: finalbody });
        if handlers.is_empty() {
            self.stmts(body)?;
            self.stmts(orelse)?;
        } else {
            self.try_except(body, handlers, orelse, is_star)?;
        }
        self.unit().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.stmts(finalbody)?;
        self.emit_jump(Instr::Jump(0), end);
        // Exception path: [prev, exc].
        self.bind(exc_path);
        self.set_line(s.span);
        self.unit().depth += 2;
        let cleanup = self.new_label();
        self.emit_jump(Instr::SetupFinally(0), cleanup);
        self.unit().depth -= 2;
        self.unit().fblocks.push(FBlock::FinallyExc);
        self.stmts(finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.emit(Instr::Reraise);
        // An exception inside the finally body: [prev, exc, prev', exc2].
        self.bind(cleanup);
        self.emit(Instr::Raise(13));
        self.bind(end);
        Ok(())
    }

    fn with(&mut self, s: &'a Stmt, items: &'a [ast::WithItem], body: &'a [Stmt]) -> CResult<()> {
        let Some((first, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let exc = self.new_label();
        let end = self.new_label();
        let suppress = self.new_label();
        self.expr(&first.context_expr)?;
        self.emit_jump(Instr::SetupWith(0), exc);
        match &first.optional_vars {
            Some(t) => self.store(t)?,
            None => {
                self.emit(Instr::PopTop);
            }
        }
        self.unit().fblocks.push(FBlock::With);
        if rest.is_empty() {
            self.stmts(body)?;
        } else {
            self.with(s, rest, body)?;
        }
        self.unit().fblocks.pop();
        self.set_line(s.span);
        self.emit(Instr::PopBlock);
        self.emit(Instr::WithExitNormal);
        self.emit_jump(Instr::Jump(0), end);
        // [exit, prev, exc]
        self.bind(exc);
        self.unit().depth += 3;
        self.emit(Instr::WithExitExc);
        self.emit_jump(Instr::PopJumpIfTrue(0), suppress);
        self.emit(Instr::Reraise);
        self.bind(suppress);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::PopTop);
        self.bind(end);
        self.unit().depth -= 3;
        Ok(())
    }

    /// `await` of the awaitable on top of the stack.
    pub(super) fn await_top(&mut self) {
        self.emit(Instr::GetAwaitable);
        self.emit_const(Const::None);
        self.emit(Instr::YieldFrom);
        self.unit().depth -= 1;
    }

    fn check_async(&self, s: &Stmt, what: &str) -> CResult<()> {
        let sc = &self.scopes.scopes[self.unit_ref().scope];
        if !sc.is_coroutine {
            return Err(CompileError::syntax(
                format!("'{what}' outside async function"),
                s.span,
            ));
        }
        Ok(())
    }

    fn async_for(
        &mut self,
        s: &'a Stmt,
        target: &'a ast::Expr,
        iter: &'a ast::Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        self.check_async(s, "async for")?;
        self.expr(iter)?;
        self.emit(Instr::GetAIter);
        let top = self.new_label();
        let end = self.new_label();
        let brk = self.new_label();
        self.bind(top);
        self.emit_jump(Instr::SetupFinally(0), end);
        self.unit().depth -= 2;
        self.emit(Instr::GetANext);
        self.await_top();
        self.emit(Instr::PopBlock);
        self.store(target)?;
        self.unit().fblocks.push(FBlock::ForLoop { cont: top, brk });
        self.stmts(body)?;
        self.unit().fblocks.pop();
        self.set_line(s.span);
        self.emit_jump(Instr::Jump(0), top);
        // [aiter, prev, exc]
        self.bind(end);
        self.unit().depth += 2;
        self.emit(Instr::EndAsyncFor);
        self.unit().depth -= 3;
        self.stmts(orelse)?;
        self.bind(brk);
        Ok(())
    }

    fn async_with(
        &mut self,
        s: &'a Stmt,
        items: &'a [ast::WithItem],
        body: &'a [Stmt],
    ) -> CResult<()> {
        self.check_async(s, "async with")?;
        let Some((first, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let exc = self.new_label();
        let end = self.new_label();
        let suppress = self.new_label();
        self.expr(&first.context_expr)?;
        self.emit(Instr::BeforeAsyncWith);
        self.await_top();
        self.emit_jump(Instr::SetupFinallyUnder(0), exc);
        match &first.optional_vars {
            Some(t) => self.store(t)?,
            None => {
                self.emit(Instr::PopTop);
            }
        }
        self.unit().fblocks.push(FBlock::AsyncWith);
        if rest.is_empty() {
            self.stmts(body)?;
        } else {
            self.async_with(s, rest, body)?;
        }
        self.unit().fblocks.pop();
        self.set_line(s.span);
        self.emit(Instr::PopBlock);
        self.emit(Instr::AsyncExitCall(true));
        self.await_top();
        self.emit(Instr::PopTop);
        self.emit_jump(Instr::Jump(0), end);
        // [aexit, prev, exc]
        self.bind(exc);
        self.unit().depth += 3;
        self.emit(Instr::AsyncExitCall(false));
        self.await_top();
        self.emit_jump(Instr::PopJumpIfTrue(0), suppress);
        self.emit(Instr::Reraise);
        self.bind(suppress);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::PopTop);
        self.bind(end);
        self.unit().depth -= 3;
        Ok(())
    }

    fn function_def(&mut self, s: &'a Stmt, f: &'a ast::FunctionDef) -> CResult<()> {
        for d in &f.decorator_list {
            self.expr(d)?;
        }
        let key = node_key(f);
        let line = self.line_of(s.span);
        let body_start = f.body.first().map(|b| b.span).unwrap_or(s.span);
        let _ = body_start;
        self.make_function(
            key,
            &f.name,
            &f.args,
            FunctionBody::Stmts(&f.body),
            line,
            (f.is_async, f.returns.as_ref()),
        )?;
        self.set_line(s.span);
        for _ in &f.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.name_op(&f.name, ExprContext::Store);
        Ok(())
    }

    fn class_def(&mut self, s: &'a Stmt, c: &'a ast::ClassDef) -> CResult<()> {
        if c.keywords.iter().any(|k| k.arg.is_none()) {
            return Err(CompileError::unsupported("class keyword unpacking", s.span));
        }
        if let Some(k) = c.keywords.first() {
            let _ = k;
            return Err(CompileError::unsupported(
                "class keyword arguments (metaclass=…)",
                s.span,
            ));
        }
        for d in &c.decorator_list {
            self.expr(d)?;
        }
        let scope = self
            .scopes
            .of(node_key(c))
            .ok_or_else(|| CompileError::syntax("internal error: class scope missing", s.span))?;
        let line = self.line_of(s.span);
        let id = self.reserve_code();
        let qualname = self.qualname(&c.name);
        self.qualname_stack.push(qualname.clone());
        self.enter_unit(
            scope,
            &c.name,
            &qualname,
            CodeFlags {
                class_body: true,
                ..CodeFlags::default()
            },
            line,
        );
        if let Some(doc) = docstring(&c.body) {
            self.unit().code.docstring = Some(doc);
        }
        if super::has_annotations(&c.body) {
            self.emit(Instr::BuildMap(0));
            self.name_op("__annotations__", ExprContext::Store);
        }
        let r = self.stmts(&c.body);
        self.qualname_stack.pop();
        r?;
        // The class body returns its `__class__` cell (or None) for the class to fill.
        if let Some(ci) = self.cell_index("__class__") {
            self.emit(Instr::LoadClosure(ci));
        } else {
            self.emit_const(Const::None);
        }
        self.emit(Instr::Return);
        self.finish_unit(id)?;
        self.set_line(s.span);
        self.closure_and_function(id, 0)?;
        self.emit_const(Const::Str(c.name.clone()));
        for b in &c.bases {
            if matches!(b.kind, ExprKind::Starred { .. }) {
                return Err(CompileError::unsupported("starred class bases", b.span));
            }
            self.expr(b)?;
        }
        self.emit(Instr::BuildClass(c.bases.len() as u32));
        for _ in &c.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.name_op(&c.name, ExprContext::Store);
        Ok(())
    }

    /// Loads the closure cells a code object needs (if any) and emits `MakeFunction`.
    pub(super) fn closure_and_function(&mut self, id: u32, mut flags: u8) -> CResult<()> {
        let frees = self.codes_free_vars(id);
        if !frees.is_empty() {
            for name in &frees {
                let ci = self.cell_index(name).ok_or_else(|| {
                    CompileError::syntax(
                        format!("internal error: no cell for free variable '{name}'"),
                        Default::default(),
                    )
                })?;
                self.emit(Instr::LoadClosure(ci));
            }
            self.emit(Instr::BuildTuple(frees.len() as u32));
            flags |= 4;
        }
        let ci = self.add_const(Const::Code(id));
        self.emit(Instr::MakeFunction(ci, flags));
        Ok(())
    }

    fn codes_free_vars(&self, id: u32) -> Vec<String> {
        self.codes
            .get(id as usize)
            .and_then(|c| c.as_ref())
            .map(|c| c.freevars.clone())
            .unwrap_or_default()
    }

    /// Compiles a function or lambda body into its own code object and emits the code that
    /// builds the function (defaults, keyword defaults, closure).
    pub(super) fn make_function(
        &mut self,
        key: usize,
        name: &str,
        args: &'a ast::Arguments,
        body: FunctionBody<'a>,
        line: u32,
        (is_async, returns): (bool, Option<&'a ast::Expr>),
    ) -> CResult<()> {
        let mut flags = 0u8;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.emit(Instr::BuildTuple(args.defaults.len() as u32));
            flags |= 1;
        }
        let kw: Vec<_> = args
            .kwonlyargs
            .iter()
            .zip(&args.kw_defaults)
            .filter_map(|(a, d)| d.as_ref().map(|d| (a, d)))
            .collect();
        if !kw.is_empty() {
            for (a, d) in &kw {
                self.emit_const(Const::Str(a.arg.clone()));
                self.expr(d)?;
            }
            self.emit(Instr::BuildMap(kw.len() as u32));
            flags |= 2;
        }
        // Annotations are evaluated now, in the enclosing scope (no `from __future__`).
        let annotated: Vec<(&str, &ast::Expr)> = super::scope::all_params(args)
            .filter_map(|a| a.annotation.as_ref().map(|ann| (a.arg.as_str(), ann)))
            .chain(returns.map(|r| ("return", r)))
            .collect();
        if !annotated.is_empty() {
            for (name, ann) in &annotated {
                self.emit_const(Const::Str((*name).to_string()));
                self.expr(ann)?;
            }
            self.emit(Instr::BuildMap(annotated.len() as u32));
            flags |= 8;
        }
        let scope = self.scopes.of(key).ok_or_else(|| {
            CompileError::syntax("internal error: function scope missing", Default::default())
        })?;
        let sc = &self.scopes.scopes[scope];
        let code_flags = CodeFlags {
            varargs: args.vararg.is_some(),
            varkw: args.kwarg.is_some(),
            generator: sc.is_generator,
            coroutine: is_async,
            ..CodeFlags::default()
        };
        let id = self.reserve_code();
        let qualname = self.qualname(name);
        self.enter_unit(scope, name, &qualname, code_flags, line);
        {
            let code = &mut self.unit().code;
            code.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
            code.posonlyargcount = args.posonlyargs.len() as u32;
            code.kwonlyargcount = args.kwonlyargs.len() as u32;
        }
        let saved_stack = std::mem::take(&mut self.qualname_stack);
        self.qualname_stack.push(format!("{qualname}.<locals>"));
        let r = match body {
            FunctionBody::Stmts(stmts) => {
                if let Some(doc) = docstring(stmts) {
                    self.unit().code.docstring = Some(doc);
                }
                self.stmts(stmts).map(|_| {
                    self.emit_const(Const::None);
                    self.emit(Instr::Return);
                })
            }
            FunctionBody::Expr(e) => self.expr(e).map(|_| {
                self.emit(Instr::Return);
            }),
        };
        self.qualname_stack = saved_stack;
        r?;
        self.finish_unit(id)?;
        self.closure_and_function(id, flags)
    }
}

pub(super) enum FunctionBody<'a> {
    Stmts(&'a [Stmt]),
    Expr(&'a ast::Expr),
}

fn docstring(body: &[Stmt]) -> Option<String> {
    match &body.first()?.kind {
        StmtKind::Expr(e) => match &e.kind {
            ExprKind::Constant(ast::Constant::Str(s)) => Some(clean_doc(s)),
            _ => None,
        },
        _ => None,
    }
}

/// Python 3.13 strips docstrings at compile time: leading spaces of the first line, and the
/// indentation common to the other non-blank lines.
fn clean_doc(doc: &str) -> String {
    let lines: Vec<&str> = doc.split('\n').collect();
    let margin = lines
        .iter()
        .skip(1)
        .filter(|l| !l.trim_start_matches(' ').is_empty())
        .map(|l| l.len() - l.trim_start_matches(' ').len())
        .min()
        .unwrap_or(0);
    let mut out = String::with_capacity(doc.len());
    for (i, line) in lines.iter().enumerate() {
        if i == 0 {
            out.push_str(line.trim_start_matches(' '));
        } else {
            out.push('\n');
            let indent = line.len() - line.trim_start_matches(' ').len();
            out.push_str(&line[indent.min(margin)..]);
        }
    }
    out
}

fn unreachable_label() -> (super::Label, super::Label, bool) {
    (super::Label(0), super::Label(0), false)
}
