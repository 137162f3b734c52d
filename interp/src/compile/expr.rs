//! Code generation for expressions, assignment targets, comprehensions and f-strings.

use terrarium_grammar::ast::{self, Constant, Expr, ExprContext, ExprKind};

use super::code::{cmp_instr, BinOp, CodeFlags, Const, Instr, UnOp};
use super::scope::node_key;
use super::stmt::FunctionBody;
use super::{CResult, CompileError, Compiler};

fn constant(c: &Constant) -> Const {
    match c {
        Constant::None => Const::None,
        Constant::True => Const::Bool(true),
        Constant::False => Const::Bool(false),
        Constant::Ellipsis => Const::Ellipsis,
        Constant::Int(i) => Const::Int(*i),
        Constant::BigInt(s) => Const::BigInt(s.clone()),
        Constant::Float(f) => Const::Float(*f),
        Constant::Complex(f) => Const::Complex(*f),
        Constant::Str(s) => Const::Str(s.clone()),
        Constant::Bytes(b) => Const::Bytes(b.clone()),
    }
}

fn is_starred(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Starred { .. })
}

impl<'a> Compiler<'a> {
    pub(super) fn expr(&mut self, e: &'a Expr) -> CResult<()> {
        if self.stack.low() {
            return Err(CompileError::syntax("too many nested expressions", e.span));
        }
        match &e.kind {
            ExprKind::Constant(c) => self.emit_const(constant(c)),
            ExprKind::Name { id, .. } => self.name_op(id, ExprContext::Load),
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.set_line(e.span);
                self.emit(Instr::Binary(BinOp::from_ast(*op)));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                self.emit(Instr::Unary(match op {
                    ast::UnaryOp::Invert => UnOp::Invert,
                    ast::UnaryOp::Not => UnOp::Not,
                    ast::UnaryOp::UAdd => UnOp::Pos,
                    ast::UnaryOp::USub => UnOp::Neg,
                }));
            }
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        let instr = match op {
                            ast::BoolOp::And => Instr::JumpIfFalseOrPop(0),
                            ast::BoolOp::Or => Instr::JumpIfTrueOrPop(0),
                        };
                        self.emit_jump(instr, end);
                        self.unit().depth -= 1;
                    }
                }
                self.bind(end);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.expr(left)?;
                if ops.len() == 1 {
                    self.expr(&comparators[0])?;
                    self.set_line(e.span);
                    self.emit(cmp_instr(ops[0]));
                } else {
                    let cleanup = self.new_label();
                    let end = self.new_label();
                    for (i, (op, right)) in ops.iter().zip(comparators).enumerate() {
                        self.expr(right)?;
                        self.set_line(e.span);
                        if i + 1 < ops.len() {
                            self.emit(Instr::DupTop);
                            self.emit(Instr::RotThree);
                            self.emit(cmp_instr(*op));
                            self.emit_jump(Instr::JumpIfFalseOrPop(0), cleanup);
                            self.unit().depth -= 1;
                        } else {
                            self.emit(cmp_instr(*op));
                        }
                    }
                    self.emit_jump(Instr::Jump(0), end);
                    self.bind(cleanup);
                    self.emit(Instr::RotTwo);
                    self.emit(Instr::PopTop);
                    self.bind(end);
                }
            }
            ExprKind::IfExp { test, body, orelse } => {
                let else_label = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, else_label)?;
                self.expr(body)?;
                self.emit_jump(Instr::Jump(0), end);
                self.unit().depth -= 1;
                self.bind(else_label);
                self.expr(orelse)?;
                self.bind(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Instr::DupTop);
                self.store(target)?;
            }
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                self.set_line(e.span);
                let i = self.name_index(attr);
                self.emit(Instr::LoadAttr(i));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.set_line(e.span);
                self.emit(Instr::Subscr);
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.emit_const(Const::None),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Instr::BuildSlice(3));
                    }
                    None => {
                        self.emit(Instr::BuildSlice(2));
                    }
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(e, func, args, keywords)?,
            ExprKind::Tuple { elts, .. } => {
                if elts.iter().any(is_starred) {
                    self.starred_list(elts)?;
                    self.emit(Instr::ListToTuple);
                } else if let Some(c) = constant_tuple(elts) {
                    self.emit_const(c);
                } else {
                    for x in elts {
                        self.expr(x)?;
                    }
                    self.emit(Instr::BuildTuple(elts.len() as u32));
                }
            }
            ExprKind::List { elts, .. } => {
                if elts.iter().any(is_starred) {
                    self.starred_list(elts)?;
                } else {
                    for x in elts {
                        self.expr(x)?;
                    }
                    self.emit(Instr::BuildList(elts.len() as u32));
                }
            }
            ExprKind::Set(elts) => {
                let constant = if elts.len() >= 3 {
                    constant_tuple(elts)
                } else {
                    None
                };
                if let Some(c) = constant {
                    self.emit(Instr::BuildSet(0));
                    self.emit_const(c);
                    self.emit(Instr::TupleToFrozenSet);
                    self.emit(Instr::SetUpdate(1));
                } else if elts.iter().any(is_starred) {
                    self.emit(Instr::BuildSet(0));
                    for x in elts {
                        match &x.kind {
                            ExprKind::Starred { value, .. } => {
                                self.expr(value)?;
                                self.emit(Instr::SetUpdate(1));
                            }
                            _ => {
                                self.expr(x)?;
                                self.emit(Instr::BuildSet(1));
                                self.emit(Instr::SetUpdate(1));
                            }
                        }
                    }
                } else {
                    for x in elts {
                        self.expr(x)?;
                    }
                    self.emit(Instr::BuildSet(elts.len() as u32));
                }
            }
            ExprKind::Dict { keys, values } => {
                if keys.iter().all(Option::is_some) {
                    for (k, v) in keys.iter().zip(values) {
                        if let Some(k) = k {
                            self.expr(k)?;
                        }
                        self.expr(v)?;
                    }
                    self.emit(Instr::BuildMap(keys.len() as u32));
                } else {
                    self.emit(Instr::BuildMap(0));
                    for (k, v) in keys.iter().zip(values) {
                        match k {
                            Some(k) => {
                                self.expr(k)?;
                                self.expr(v)?;
                                self.emit(Instr::BuildMap(1));
                            }
                            None => self.expr(v)?,
                        }
                        self.emit(Instr::DictUpdate(1));
                    }
                }
            }
            ExprKind::Starred { .. } => {
                return Err(CompileError::syntax(
                    "can't use starred expression here",
                    e.span,
                ))
            }
            ExprKind::Lambda { args, body } => {
                let line = self.line_of(e.span);
                self.make_function(
                    node_key(e),
                    "<lambda>",
                    args,
                    FunctionBody::Expr(body),
                    line,
                    (false, None),
                )?;
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, "<listcomp>", generators, Comp::List(elt))?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, "<setcomp>", generators, Comp::Set(elt))?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, "<dictcomp>", generators, Comp::Dict(key, value))?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, "<genexpr>", generators, Comp::Gen(elt))?
            }
            ExprKind::JoinedStr(values) => {
                if values.is_empty() {
                    self.emit_const(Const::Str(String::new()));
                }
                for v in values {
                    self.expr(v)?;
                }
                if values.len() > 1 {
                    self.emit(Instr::BuildString(values.len() as u32));
                }
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.expr(value)?;
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                }
                let conv = match conversion {
                    ast::Conversion::None => 0,
                    ast::Conversion::Str => 1,
                    ast::Conversion::Repr => 2,
                    ast::Conversion::Ascii => 3,
                };
                self.emit(Instr::FormatValue(conv, format_spec.is_some()));
            }
            ExprKind::Yield(value) => {
                self.check_in_function(e, "'yield' outside function")?;
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.emit_const(Const::None),
                }
                self.emit(Instr::YieldValue);
            }
            ExprKind::YieldFrom(value) => {
                self.check_in_function(e, "'yield' outside function")?;
                if self.unit_ref().code.flags.coroutine {
                    return Err(CompileError::syntax(
                        "'yield from' inside async function",
                        e.span,
                    ));
                }
                self.expr(value)?;
                self.emit(Instr::GetYieldFromIter);
                self.emit_const(Const::None);
                self.emit(Instr::YieldFrom);
                self.unit().depth -= 1;
            }
            ExprKind::Await(value) => {
                self.check_in_function(e, "'await' outside function")?;
                self.expr(value)?;
                self.emit(Instr::GetAwaitable);
                self.emit_const(Const::None);
                self.emit(Instr::YieldFrom);
                self.unit().depth -= 1;
            }
        }
        Ok(())
    }

    fn check_in_function(&self, e: &Expr, msg: &str) -> CResult<()> {
        use super::scope::ScopeKind;
        match self.scopes.scopes[self.unit_ref().scope].kind() {
            ScopeKind::Function | ScopeKind::Comprehension => Ok(()),
            _ => Err(CompileError::syntax(msg, e.span)),
        }
    }

    /// Builds a list from elements some of which are starred.
    fn starred_list(&mut self, elts: &'a [Expr]) -> CResult<()> {
        let mut pending = 0u32;
        let mut built = false;
        for x in elts {
            match &x.kind {
                ExprKind::Starred { value, .. } => {
                    if !built {
                        self.emit(Instr::BuildList(pending));
                        built = true;
                    } else if pending > 0 {
                        self.emit(Instr::BuildList(pending));
                        self.emit(Instr::ListExtend(1));
                    }
                    pending = 0;
                    self.expr(value)?;
                    self.emit(Instr::ListExtend(1));
                }
                _ => {
                    self.expr(x)?;
                    pending += 1;
                }
            }
        }
        if !built {
            self.emit(Instr::BuildList(pending));
        } else if pending > 0 {
            self.emit(Instr::BuildList(pending));
            self.emit(Instr::ListExtend(1));
        }
        Ok(())
    }

    fn call(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [ast::Keyword],
    ) -> CResult<()> {
        let dynamic = args.iter().any(is_starred) || keywords.iter().any(|k| k.arg.is_none());
        if !dynamic && keywords.is_empty() {
            if let ExprKind::Attribute { value, attr, .. } = &func.kind {
                self.expr(value)?;
                self.set_line(func.span);
                let i = self.name_index(attr);
                self.emit(Instr::LoadMethod(i));
                for a in args {
                    self.expr(a)?;
                }
                self.set_line(e.span);
                self.emit(Instr::CallMethod(args.len() as u32));
                return Ok(());
            }
        }
        self.expr(func)?;
        if dynamic {
            if let [Expr {
                kind: ExprKind::Starred { value, .. },
                ..
            }] = args
            {
                self.expr(value)?;
                self.emit(Instr::StarArgsTuple);
            } else if args.iter().any(is_starred) {
                self.starred_list(args)?;
                self.emit(Instr::ListToTuple);
            } else {
                for a in args {
                    self.expr(a)?;
                }
                self.emit(Instr::BuildTuple(args.len() as u32));
            }
            if keywords.is_empty() {
                self.set_line(e.span);
                self.emit(Instr::CallEx(false));
            } else {
                self.emit(Instr::BuildMap(0));
                for k in keywords {
                    match &k.arg {
                        Some(name) => {
                            self.emit_const(Const::Str(name.clone()));
                            self.expr(&k.value)?;
                            self.emit(Instr::BuildMap(1));
                        }
                        None => self.expr(&k.value)?,
                    }
                    self.emit(Instr::DictMerge(1));
                }
                self.set_line(e.span);
                self.emit(Instr::CallEx(true));
            }
            return Ok(());
        }
        for a in args {
            self.expr(a)?;
        }
        if keywords.is_empty() {
            self.set_line(e.span);
            self.emit(Instr::Call(args.len() as u32));
        } else {
            let mut names = Vec::new();
            for k in keywords {
                self.expr(&k.value)?;
                names.push(Const::Str(k.arg.clone().unwrap_or_default()));
            }
            let ni = self.add_const(Const::Tuple(names));
            self.set_line(e.span);
            self.emit(Instr::CallKw((args.len() + keywords.len()) as u32, ni));
        }
        Ok(())
    }

    /// Jumps to `label` when `test` is truthy (`when == true`) or falsy.
    pub(super) fn jump_if(
        &mut self,
        test: &'a Expr,
        when: bool,
        label: super::Label,
    ) -> CResult<()> {
        if let ExprKind::UnaryOp {
            op: ast::UnaryOp::Not,
            operand,
        } = &test.kind
        {
            return self.jump_if(operand, !when, label);
        }
        self.expr(test)?;
        let instr = if when {
            Instr::PopJumpIfTrue(0)
        } else {
            Instr::PopJumpIfFalse(0)
        };
        self.emit_jump(instr, label);
        Ok(())
    }

    pub(super) fn store(&mut self, t: &'a Expr) -> CResult<()> {
        match &t.kind {
            ExprKind::Name { id, .. } => self.name_op(id, ExprContext::Store),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let i = self.name_index(attr);
                self.emit(Instr::StoreAttr(i));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Instr::StoreSubscr);
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                let stars = elts.iter().filter(|x| is_starred(x)).count();
                if stars > 1 {
                    return Err(CompileError::syntax(
                        "multiple starred expressions in assignment",
                        t.span,
                    ));
                }
                if stars == 1 {
                    let before = elts.iter().position(is_starred).unwrap_or(0);
                    let after = elts.len() - before - 1;
                    self.emit(Instr::UnpackEx(before as u16, after as u16));
                } else {
                    self.emit(Instr::UnpackSequence(elts.len() as u32));
                }
                for x in elts {
                    match &x.kind {
                        ExprKind::Starred { value, .. } => self.store(value)?,
                        _ => self.store(x)?,
                    }
                }
            }
            ExprKind::Starred { .. } => {
                return Err(CompileError::syntax(
                    "starred assignment target must be in a list or tuple",
                    t.span,
                ))
            }
            _ => return Err(CompileError::syntax("cannot assign to expression", t.span)),
        }
        Ok(())
    }

    pub(super) fn delete(&mut self, t: &'a Expr) -> CResult<()> {
        match &t.kind {
            ExprKind::Name { id, .. } => self.name_op(id, ExprContext::Del),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let i = self.name_index(attr);
                self.emit(Instr::DeleteAttr(i));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Instr::DeleteSubscr);
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for x in elts {
                    self.delete(x)?;
                }
            }
            _ => return Err(CompileError::syntax("cannot delete expression", t.span)),
        }
        Ok(())
    }

    pub(super) fn aug_assign(
        &mut self,
        target: &'a Expr,
        op: ast::Operator,
        value: &'a Expr,
    ) -> CResult<()> {
        let op = BinOp::from_ast(op);
        match &target.kind {
            ExprKind::Name { id, .. } => {
                self.name_op(id, ExprContext::Load);
                self.expr(value)?;
                self.set_line(target.span);
                self.emit(Instr::Inplace(op));
                self.name_op(id, ExprContext::Store);
            }
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.expr(obj)?;
                self.emit(Instr::DupTop);
                let i = self.name_index(attr);
                self.emit(Instr::LoadAttr(i));
                self.expr(value)?;
                self.emit(Instr::Inplace(op));
                self.emit(Instr::RotTwo);
                self.emit(Instr::StoreAttr(i));
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.emit(Instr::DupTop2);
                self.emit(Instr::Subscr);
                self.expr(value)?;
                self.emit(Instr::Inplace(op));
                self.emit(Instr::RotThree);
                self.emit(Instr::StoreSubscr);
            }
            _ => {
                return Err(CompileError::syntax(
                    "'expression' is an illegal expression for augmented assignment",
                    target.span,
                ))
            }
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &'a Expr,
        name: &str,
        generators: &'a [ast::Comprehension],
        kind: Comp<'a>,
    ) -> CResult<()> {
        let Some(first) = generators.first() else {
            return Err(CompileError::syntax("comprehension without for", e.span));
        };
        let scope = self.scopes.of(node_key(e)).ok_or_else(|| {
            CompileError::syntax("internal error: comprehension scope missing", e.span)
        })?;
        let line = self.line_of(e.span);
        let is_gen = matches!(kind, Comp::Gen(_));
        // `async for` or `await` inside: an async generator expression, or a coroutine the
        // enclosing async function awaits.
        let is_async = self.scopes.scopes[scope].is_coroutine;
        if is_async && !is_gen && !self.scopes.scopes[self.unit_ref().scope].is_coroutine {
            return Err(CompileError::syntax(
                "asynchronous comprehension outside of an asynchronous function",
                e.span,
            ));
        }
        let id = self.reserve_code();
        let qualname = self.qualname(name);
        self.enter_unit(
            scope,
            name,
            &qualname,
            CodeFlags {
                generator: is_gen,
                coroutine: is_async,
                ..CodeFlags::default()
            },
            line,
        );
        {
            let code = &mut self.unit().code;
            code.varnames.insert(0, ".0".to_string());
            code.argcount = 1;
        }
        match kind {
            Comp::List(_) => {
                self.emit(Instr::BuildList(0));
            }
            Comp::Set(_) => {
                self.emit(Instr::BuildSet(0));
            }
            Comp::Dict(..) => {
                self.emit(Instr::BuildMap(0));
            }
            Comp::Gen(_) => {}
        }
        self.emit(Instr::LoadFast(0));
        self.comp_loop(generators, 0, &kind, if is_gen { 0 } else { 1 })?;
        if is_gen {
            self.emit_const(Const::None);
        }
        self.emit(Instr::Return);
        self.finish_unit(id)?;
        self.set_line(e.span);
        self.closure_and_function(id, 0)?;
        self.expr(&first.iter)?;
        self.emit(if first.is_async {
            Instr::GetAIter
        } else {
            Instr::GetIter
        });
        self.emit(Instr::Call(1));
        if is_async && !is_gen {
            self.await_top();
        }
        Ok(())
    }

    /// One `for` of a comprehension; the iterator is on the stack.
    fn comp_loop(
        &mut self,
        generators: &'a [ast::Comprehension],
        index: usize,
        kind: &Comp<'a>,
        result_depth: u32,
    ) -> CResult<()> {
        let g = &generators[index];
        if index > 0 {
            self.expr(&g.iter)?;
            self.emit(if g.is_async {
                Instr::GetAIter
            } else {
                Instr::GetIter
            });
        }
        let top = self.new_label();
        let exit = self.new_label();
        self.bind(top);
        if g.is_async {
            // As `async for`: await the next item; StopAsyncIteration ends the loop.
            self.emit_jump(Instr::SetupFinally(0), exit);
            self.unit().depth -= 2;
            self.emit(Instr::GetANext);
            self.await_top();
            self.emit(Instr::PopBlock);
        } else {
            self.emit_jump(Instr::ForIter(0), exit);
        }
        self.store(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, top)?;
        }
        if index + 1 < generators.len() {
            self.comp_loop(generators, index + 1, kind, result_depth)?;
        } else {
            let depth = index as u32 + 1 + result_depth;
            match kind {
                Comp::List(elt) => {
                    self.expr(elt)?;
                    self.emit(Instr::ListAppend(depth));
                }
                Comp::Set(elt) => {
                    self.expr(elt)?;
                    self.emit(Instr::SetAdd(depth));
                }
                Comp::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Instr::MapAdd(depth));
                }
                Comp::Gen(elt) => {
                    self.expr(elt)?;
                    self.emit(Instr::YieldValue);
                    self.emit(Instr::PopTop);
                }
            }
        }
        self.emit_jump(Instr::Jump(0), top);
        self.bind(exit);
        if g.is_async {
            // [aiter, prev, exc]
            self.unit().depth += 2;
            self.emit(Instr::EndAsyncFor);
            self.unit().depth -= 3;
        } else {
            self.unit().depth -= 1;
        }
        Ok(())
    }
}

pub(super) enum Comp<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

/// A tuple of constants folds into one constant, as in CPython.
fn constant_tuple(elts: &[Expr]) -> Option<Const> {
    let mut out = Vec::with_capacity(elts.len());
    for e in elts {
        match &e.kind {
            ExprKind::Constant(c) => out.push(constant(c)),
            _ => return None,
        }
    }
    Some(Const::Tuple(out))
}
