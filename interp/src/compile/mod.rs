//! Compiles an AST into the flat program form the evaluator runs: scope analysis first, then
//! one code object per module, function, class body, lambda and comprehension.

pub mod code;
mod except_star;
mod expr;
mod pattern;
pub mod scope;
mod stmt;

use std::collections::HashMap;

use terrarium_grammar::ast::{self, Span};

use code::{Code, CodeFlags, CodeId, Const, Instr, LibModule, Program};
use scope::{NameKind, ScopeKind, Scopes};

/// A compile-time error: CPython reports these as SyntaxError with a position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub type_name: &'static str,
    pub message: String,
    pub span: Span,
}

impl CompileError {
    pub fn syntax(message: impl Into<String>, span: Span) -> CompileError {
        CompileError {
            type_name: "SyntaxError",
            message: message.into(),
            span,
        }
    }

    /// A Python feature Terrarium does not support, named so the program can be rewritten.
    pub fn unsupported(feature: &str, span: Span) -> CompileError {
        CompileError {
            type_name: "NotImplementedError",
            message: format!(
                "{feature} {} not supported by Terrarium",
                if feature.ends_with('s') { "are" } else { "is" }
            ),
            span,
        }
    }
}

pub type CResult<T> = Result<T, CompileError>;

/// A jump target, patched when bound.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(pub(super) usize);

/// What a `break`, `continue` or `return` must clean up on its way out.
#[derive(Clone, Debug)]
enum FBlock<'a> {
    /// A `for` loop: the iterator is on the stack.
    ForLoop {
        cont: Label,
        brk: Label,
    },
    WhileLoop {
        cont: Label,
        brk: Label,
    },
    /// The body of a `try` with handlers: a handler block is active.
    TryExcept,
    /// The body of a `try` with a `finally`: the block is active and the body must be inlined.
    FinallyTry {
        body: &'a [ast::Stmt],
    },
    /// The exception path's finally body: `[prev, exc]` on the stack and a cleanup block.
    FinallyExc,
    /// An `except` clause body: `[prev]` on the stack and a cleanup block; a bound name to
    /// delete.
    Handler {
        name: Option<String>,
    },
    /// A `with` body: the exit function on the stack and a block.
    With,
    /// An `async with` body: the `__aexit__` on the stack and a block.
    AsyncWith,
    /// An `except*` clause body: `break`, `continue` and `return` may not leave it.
    ExceptStar,
    /// A `finally` body inlined by a `return`: the pending return value is on the stack, and a
    /// `break`, `continue` or `return` inside the body drops it.
    PopValue,
}

struct Unit<'a> {
    code: Code,
    scope: usize,
    labels: Vec<Option<u32>>,
    /// Jumps to patch: (instruction index, label).
    fixups: Vec<(usize, Label)>,
    fblocks: Vec<FBlock<'a>>,
    consts: HashMap<ConstKey, u32>,
    names: HashMap<String, u32>,
    line: u32,
    depth: i64,
    max_depth: i64,
}

/// Constants are deduplicated by value (floats by bits, so `0.0` and `-0.0` stay apart).
#[derive(Clone, PartialEq, Eq, Hash)]
enum ConstKey {
    Str(String),
    Int(i64),
    Float(u64),
    Other(usize),
}

pub struct Compiler<'a> {
    scopes: Scopes,
    units: Vec<Unit<'a>>,
    codes: Vec<Option<Code>>,
    globals: Vec<String>,
    global_slots: HashMap<String, u32>,
    line_starts: Vec<u32>,
    filename: String,
    /// Nesting of class bodies, for qualified names.
    qualname_stack: Vec<String>,
    /// Prefix of global slot names: empty for the main program, `name\x1f` for a library.
    prefix: String,
    /// Interactive input (a REPL line): module-level expression statements display their value.
    interactive: bool,
    /// Guards the recursion over the syntax tree.
    pub(crate) stack: crate::stack::StackProbe,
}

/// Compiles a parsed module.
pub fn compile_module(module: &ast::Module, source: &str, filename: &str) -> CResult<Program> {
    compile_program(module, source, filename, &[])
}

/// One module to compile into a program: (import name, parsed source, source, file name).
pub type LibSource<'m> = (&'m str, &'m ast::Module, &'m str, String);

/// Compiles the main module and the library modules it may import into one program. Each
/// library has its own global namespace (its slot names carry a prefix).
pub fn compile_program(
    module: &ast::Module,
    source: &str,
    filename: &str,
    libs: &[LibSource],
) -> CResult<Program> {
    let mut codes = Vec::new();
    let mut globals = Vec::new();
    let mut global_slots = HashMap::new();
    let mut lib_entries = Vec::new();
    let main = compile_one(
        module,
        source,
        filename,
        String::new(),
        &mut codes,
        &mut globals,
        &mut global_slots,
        Mode::Exec,
    )?;
    debug_assert_eq!(main, 0);
    for (name, m, src, file) in libs {
        let prefix = format!("{name}\x1f");
        let code = compile_one(
            m,
            src,
            file,
            prefix.clone(),
            &mut codes,
            &mut globals,
            &mut global_slots,
            Mode::Exec,
        )?;
        lib_entries.push(LibModule {
            name: name.to_string(),
            code,
            prefix,
        });
    }
    Ok(Program {
        codes: codes.into_iter().map(Option::unwrap_or_default).collect(),
        libs: lib_entries,
        globals,
        filename: filename.to_string(),
        source: source.to_string(),
    })
}

/// How a module body treats its expression statements.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A script: values of expression statements are dropped.
    Exec,
    /// REPL input: module-level expression statements display their value.
    Interactive,
    /// A snippet whose trailing expression statement is its result.
    Result,
}

/// Compiles one more input of a session into a copy of `base`: its code objects are appended
/// and its globals keep the slots they had, so the running VM can switch to the result. Library
/// modules in `libs` that `base` does not have yet are added. Returns the program and the id of
/// the input's module code.
pub fn extend_program(
    base: &Program,
    module: &ast::Module,
    source: &str,
    filename: &str,
    libs: &[LibSource],
    mode: Mode,
    predeclared: &[String],
) -> CResult<(Program, CodeId)> {
    let mut codes: Vec<Option<Code>> = base.codes.iter().cloned().map(Some).collect();
    let mut globals = base.globals.clone();
    let mut global_slots: HashMap<String, u32> = globals
        .iter()
        .enumerate()
        .map(|(i, n)| (n.clone(), i as u32))
        .collect();
    let mut wanted: Vec<&str> = predeclared.iter().map(String::as_str).collect();
    if mode == Mode::Interactive {
        // Where displayed values go, as CPython's `builtins._`.
        wanted.push("_");
    }
    for name in wanted {
        if !global_slots.contains_key(name) {
            global_slots.insert(name.to_string(), globals.len() as u32);
            globals.push(name.to_string());
        }
    }
    let mut lib_entries = base.libs.clone();
    let main = compile_one(
        module,
        source,
        filename,
        String::new(),
        &mut codes,
        &mut globals,
        &mut global_slots,
        mode,
    )?;
    for (name, m, src, file) in libs {
        if lib_entries.iter().any(|l| l.name == *name) {
            continue;
        }
        let prefix = format!("{name}\x1f");
        let code = compile_one(
            m,
            src,
            file,
            prefix.clone(),
            &mut codes,
            &mut globals,
            &mut global_slots,
            Mode::Exec,
        )?;
        lib_entries.push(LibModule {
            name: name.to_string(),
            code,
            prefix,
        });
    }
    let program = Program {
        codes: codes.into_iter().map(Option::unwrap_or_default).collect(),
        libs: lib_entries,
        globals,
        filename: base.filename.clone(),
        source: base.source.clone(),
    };
    Ok((program, main))
}

#[allow(clippy::too_many_arguments)]
fn compile_one(
    module: &ast::Module,
    source: &str,
    filename: &str,
    prefix: String,
    codes: &mut Vec<Option<Code>>,
    globals: &mut Vec<String>,
    global_slots: &mut HashMap<String, u32>,
    mode: Mode,
) -> CResult<CodeId> {
    let scopes = Scopes::analyze(module).map_err(|e| CompileError::syntax(e.message, e.span))?;
    let mut line_starts = vec![0u32];
    for (i, b) in source.bytes().enumerate() {
        if b == b'\n' {
            line_starts.push(i as u32 + 1);
        }
    }
    let mut c = Compiler {
        scopes,
        units: Vec::new(),
        codes: std::mem::take(codes),
        globals: std::mem::take(globals),
        global_slots: std::mem::take(global_slots),
        line_starts,
        filename: filename.to_string(),
        qualname_stack: Vec::new(),
        prefix,
        interactive: mode == Mode::Interactive,
        stack: crate::stack::StackProbe::new(),
    };
    let id = c.reserve_code();
    c.enter_unit(
        0,
        "<module>",
        "<module>",
        CodeFlags {
            module: true,
            ..CodeFlags::default()
        },
        1,
    );
    if has_annotations(&module.body) {
        c.emit(Instr::BuildMap(0));
        c.name_op("__annotations__", ast::ExprContext::Store);
    }
    let result_expr = match module.body.last().map(|s| &s.kind) {
        Some(ast::StmtKind::Expr(e)) if mode == Mode::Result => Some(e),
        _ => None,
    };
    let r = match result_expr {
        Some(e) => c
            .stmts(&module.body[..module.body.len() - 1])
            .and_then(|_| {
                c.set_line(e.span);
                c.expr(e)
            })
            .and_then(|_| {
                c.emit(Instr::Return);
                c.finish_unit(id)
            }),
        None => c.stmts(&module.body).and_then(|_| {
            c.emit_const(Const::None);
            c.emit(Instr::Return);
            c.finish_unit(id)
        }),
    };
    *codes = std::mem::take(&mut c.codes);
    *globals = std::mem::take(&mut c.globals);
    *global_slots = std::mem::take(&mut c.global_slots);
    r.map(|_| id)
}

impl<'a> Compiler<'a> {
    fn unit(&mut self) -> &mut Unit<'a> {
        self.units
            .last_mut()
            .expect("a unit is always open while compiling")
    }

    /// Whether an expression statement here displays its value (interactive input, module level).
    fn displays_expressions(&self) -> bool {
        self.interactive && self.units.len() == 1
    }

    fn unit_ref(&self) -> &Unit<'a> {
        self.units
            .last()
            .expect("a unit is always open while compiling")
    }

    fn reserve_code(&mut self) -> CodeId {
        self.codes.push(None);
        (self.codes.len() - 1) as CodeId
    }

    fn enter_unit(
        &mut self,
        scope: usize,
        name: &str,
        qualname: &str,
        flags: CodeFlags,
        line: u32,
    ) {
        let sc = &self.scopes.scopes[scope];
        let code = Code {
            prefix: self.prefix.clone(),
            name: name.to_string(),
            qualname: qualname.to_string(),
            filename: self.filename.clone(),
            varnames: if matches!(sc.kind(), ScopeKind::Function | ScopeKind::Comprehension) {
                sc.locals.clone()
            } else {
                Vec::new()
            },
            cellvars: sc.cells.clone(),
            freevars: sc.frees.clone(),
            flags,
            first_line: line,
            ..Code::default()
        };
        self.units.push(Unit {
            code,
            scope,
            labels: Vec::new(),
            fixups: Vec::new(),
            fblocks: Vec::new(),
            consts: HashMap::new(),
            names: HashMap::new(),
            line,
            depth: 0,
            max_depth: 0,
        });
    }

    fn finish_unit(&mut self, id: CodeId) -> CResult<()> {
        let mut unit = self.units.pop().expect("finish_unit without a unit");
        for (at, label) in &unit.fixups {
            let target = unit.labels[label.0].ok_or_else(|| {
                CompileError::syntax("internal error: unbound jump label", Span::default())
            })?;
            unit.code.instrs[*at] = match unit.code.instrs[*at] {
                Instr::Jump(_) => Instr::Jump(target),
                Instr::PopJumpIfFalse(_) => Instr::PopJumpIfFalse(target),
                Instr::PopJumpIfTrue(_) => Instr::PopJumpIfTrue(target),
                Instr::JumpIfFalseOrPop(_) => Instr::JumpIfFalseOrPop(target),
                Instr::JumpIfTrueOrPop(_) => Instr::JumpIfTrueOrPop(target),
                Instr::ForIter(_) => Instr::ForIter(target),
                Instr::SetupFinally(_) => Instr::SetupFinally(target),
                Instr::SetupWith(_) => Instr::SetupWith(target),
                Instr::SetupFinallyUnder(_) => Instr::SetupFinallyUnder(target),
                other => other,
            };
        }
        // Parameters that are captured by inner functions live in cells.
        let cells = unit.code.cellvars.clone();
        for (ci, name) in cells.iter().enumerate() {
            if let Some(li) = unit.code.varnames.iter().position(|v| v == name) {
                if li < self.scopes.scopes[unit.scope].params {
                    unit.code.cell_params.push((li as u32, ci as u32));
                }
            }
        }
        unit.code.stack_size = unit.max_depth.max(0) as u32 + 4;
        self.codes[id as usize] = Some(unit.code);
        Ok(())
    }

    fn line_of(&self, span: Span) -> u32 {
        match self.line_starts.binary_search(&span.start) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    fn set_line(&mut self, span: Span) {
        let line = self.line_of(span);
        self.unit().line = line;
    }

    fn emit(&mut self, instr: Instr) -> usize {
        let effect = stack_effect(instr);
        let unit = self.unit();
        unit.depth += effect;
        unit.max_depth = unit.max_depth.max(unit.depth);
        let line = unit.line;
        unit.code.instrs.push(instr);
        unit.code.lines.push(line);
        unit.code.instrs.len() - 1
    }

    fn new_label(&mut self) -> Label {
        let unit = self.unit();
        unit.labels.push(None);
        Label(unit.labels.len() - 1)
    }

    fn bind(&mut self, label: Label) {
        let unit = self.unit();
        unit.labels[label.0] = Some(unit.code.instrs.len() as u32);
    }

    fn emit_jump(&mut self, instr: Instr, label: Label) {
        let at = self.emit(instr);
        self.unit().fixups.push((at, label));
    }

    fn add_const(&mut self, c: Const) -> u32 {
        let key = match &c {
            Const::Str(s) => Some(ConstKey::Str(s.clone())),
            Const::Int(i) => Some(ConstKey::Int(*i)),
            Const::Float(f) => Some(ConstKey::Float(f.to_bits())),
            Const::None => Some(ConstKey::Other(0)),
            Const::Bool(b) => Some(ConstKey::Other(1 + *b as usize)),
            _ => None,
        };
        let unit = self.unit();
        if let Some(k) = &key {
            if let Some(&i) = unit.consts.get(k) {
                return i;
            }
        }
        unit.code.consts.push(c);
        let i = (unit.code.consts.len() - 1) as u32;
        if let Some(k) = key {
            unit.consts.insert(k, i);
        }
        i
    }

    fn emit_const(&mut self, c: Const) {
        let i = self.add_const(c);
        self.emit(Instr::LoadConst(i));
    }

    fn name_index(&mut self, name: &str) -> u32 {
        let unit = self.unit();
        if let Some(&i) = unit.names.get(name) {
            return i;
        }
        unit.code.names.push(name.to_string());
        let i = (unit.code.names.len() - 1) as u32;
        unit.names.insert(name.to_string(), i);
        i
    }

    fn global_slot(&mut self, name: &str) -> u32 {
        let name = format!("{}{name}", self.prefix);
        if let Some(&i) = self.global_slots.get(&name) {
            return i;
        }
        self.globals.push(name.clone());
        let i = (self.globals.len() - 1) as u32;
        self.global_slots.insert(name, i);
        i
    }

    fn cell_index(&self, name: &str) -> Option<u32> {
        let code = &self.unit_ref().code;
        code.cellvars
            .iter()
            .chain(&code.freevars)
            .position(|n| n == name)
            .map(|i| i as u32)
    }

    fn resolve(&self, name: &str) -> NameKind {
        self.scopes.scopes[self.unit_ref().scope].resolve(name)
    }

    fn is_class_body(&self) -> bool {
        self.scopes.scopes[self.unit_ref().scope].kind() == ScopeKind::Class
    }

    /// Emits a load, store or delete of a name, by how its scope reaches it.
    fn name_op(&mut self, name: &str, ctx: ast::ExprContext) {
        let kind = self.resolve(name);
        let instr = match kind {
            NameKind::Local => {
                let i = self
                    .unit_ref()
                    .code
                    .varnames
                    .iter()
                    .position(|v| v == name)
                    .unwrap_or(0) as u32;
                match ctx {
                    ast::ExprContext::Load => Instr::LoadFast(i),
                    ast::ExprContext::Store => Instr::StoreFast(i),
                    ast::ExprContext::Del => Instr::DeleteFast(i),
                }
            }
            NameKind::Cell | NameKind::Free => {
                let i = self.cell_index(name).unwrap_or(0);
                match ctx {
                    ast::ExprContext::Load => Instr::LoadDeref(i),
                    ast::ExprContext::Store => Instr::StoreDeref(i),
                    ast::ExprContext::Del => Instr::DeleteDeref(i),
                }
            }
            NameKind::Namespace if self.is_class_body() => {
                let i = self.name_index(name);
                match ctx {
                    ast::ExprContext::Load => Instr::LoadName(i),
                    ast::ExprContext::Store => Instr::StoreName(i),
                    ast::ExprContext::Del => Instr::DeleteName(i),
                }
            }
            NameKind::Namespace | NameKind::GlobalExplicit | NameKind::GlobalImplicit => {
                let i = self.global_slot(name);
                match ctx {
                    ast::ExprContext::Load => Instr::LoadGlobal(i),
                    ast::ExprContext::Store => Instr::StoreGlobal(i),
                    ast::ExprContext::Del => Instr::DeleteGlobal(i),
                }
            }
        };
        self.emit(instr);
    }

    fn qualname(&self, name: &str) -> String {
        match self.qualname_stack.last() {
            Some(prefix) => format!("{prefix}.{name}"),
            None => name.to_string(),
        }
    }
}

/// Whether a body has simple annotations (`x: int`) to keep in `__annotations__`.
pub(crate) fn has_annotations(body: &[ast::Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        ast::StmtKind::AnnAssign { simple: true, .. } => true,
        ast::StmtKind::If { body, orelse, .. } => has_annotations(body) || has_annotations(orelse),
        _ => false,
    })
}

/// How an instruction changes the operand stack depth (for sizing frames).
fn stack_effect(instr: Instr) -> i64 {
    use Instr::*;
    match instr {
        LoadConst(_) | LoadFast(_) | LoadDeref(_) | LoadClosure(_) | LoadGlobal(_)
        | LoadName(_) | DupTop | LoadClassCell(_) | Copy(_) | GetLen => 1,
        DupTop2 => 2,
        StoreFast(_) | StoreDeref(_) | StoreGlobal(_) | StoreName(_) | PopTop
        | PopJumpIfFalse(_) | PopJumpIfTrue(_) | Binary(_) | Inplace(_) | Compare(_) | Is(_)
        | Contains(_) | ListAppend(_) | SetAdd(_) | ListExtend(_) | SetUpdate(_)
        | DictUpdate(_) | DictMerge(_) | PopExcept => -1,
        StoreAttr(_) | MapAdd(_) => -2,
        StoreSubscr => -3,
        DeleteAttr(_) => -1,
        DeleteSubscr => -2,
        Subscr => -1,
        LoadMethod(_) => 1,
        CallMethod(n) => -(n as i64) - 1,
        Call(n) => -(n as i64),
        CallKw(n, _) => -(n as i64),
        CallEx(kw) => -1 - kw as i64,
        BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildString(n) => 1 - n as i64,
        BuildMap(n) => 1 - 2 * n as i64,
        BuildSlice(n) => 1 - n as i64,
        UnpackSequence(n) => n as i64 - 1,
        UnpackEx(a, b) => a as i64 + b as i64,
        FormatValue(_, spec) => -(spec as i64),
        ForIter(_) => 1,
        SetupFinally(_) => 2,
        ExcStarPrepare => 2,
        ExcStarCollect => -2,
        ExcStarFinish => -4,
        SetupWith(_) => 1,
        BeforeAsyncWith => 1,
        GetANext => 1,
        MakeFunction(_, flags) => {
            1 - (flags & 1 != 0) as i64
                - (flags & 2 != 0) as i64
                - (flags & 4 != 0) as i64
                - (flags & 8 != 0) as i64
        }
        BuildClass(n) => -(n as i64) - 1,
        Return => -1,
        Raise(n) => -(n as i64),
        ImportName(_) => 1,
        ImportFrom(_) => 1,
        _ => 0,
    }
}
