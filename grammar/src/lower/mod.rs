//! Pest pairs to the AST: one function per rule. No pest type leaves this module. A rule the
//! lowering does not expect is an internal error (grammar/AST drift), never a panic.

mod errors;
mod expr;
mod literal;
mod pattern;
mod stmt;

use pest::iterators::Pair;
use pest::Parser;

use crate::ast::{Module, Span};
use crate::error::SyntaxError;
use crate::prescan::{prescan, Prescanned};
use crate::{PythonParser, Rule};

/// Deepest expression tree the lowering builds: deeper input is a SyntaxError, so compiling,
/// dumping and dropping the tree can never recurse past it.
pub const MAX_DEPTH: u32 = 1000;

pub(crate) type P<'i> = Pair<'i, Rule>;

pub(crate) struct Lowerer<'s> {
    pub src: &'s str,
    pub pre: &'s Prescanned,
    /// Source offset of this text (non-zero for f-string fields parsed on their own).
    pub base: usize,
    /// Bytes of the parsed text that are not in the source (the parentheses around an
    /// f-string field).
    pub shift: usize,
    /// Remaining depth.
    pub budget: u32,
    /// Where the native stack ends for this parse.
    pub stack: StackProbe,
}

pub(crate) type R<T> = Result<T, SyntaxError>;

impl<'s> Lowerer<'s> {
    pub fn off(&self, pos: usize) -> usize {
        (self.base + self.pre.source_offset(pos)).saturating_sub(self.shift)
    }

    pub fn span(&self, p: &P) -> Span {
        let s = p.as_span();
        Span::new(self.off(s.start()) as u32, self.off(s.end()) as u32)
    }

    pub fn err_at(&self, offset: usize, msg: impl Into<String>) -> SyntaxError {
        SyntaxError::at(self.src, offset, msg)
    }

    pub fn err(&self, p: &P, msg: impl Into<String>) -> SyntaxError {
        self.err_at(self.off(p.as_span().start()), msg)
    }

    pub fn err_span(&self, span: Span, msg: impl Into<String>) -> SyntaxError {
        self.err_at(span.start as usize, msg)
    }

    /// Grammar/AST drift: the lowering met a rule it does not handle here.
    pub fn drift(&self, p: &P, context: &str) -> SyntaxError {
        let mut e = self.err(
            p,
            format!(
                "internal parser error: unexpected {:?} in {context}",
                p.as_rule()
            ),
        );
        e.type_name = "SystemError";
        e
    }

    /// Spends depth for a construct nested `n` levels; Err when the budget is gone or the
    /// native stack runs low (frames are larger in debug builds and on small threads).
    pub fn enter(&mut self, p: &P, n: u32) -> R<()> {
        if n > self.budget || self.stack.low() {
            return Err(self.err(p, "too many nested expressions"));
        }
        self.budget -= n;
        Ok(())
    }

    pub fn leave(&mut self, n: u32) {
        self.budget += n;
    }
}

/// Native stack below which the lowering refuses to go deeper.
const STACK_RESERVE: usize = 128 * 1024;

/// The native stack left, measured once per parse and then tracked by the address of a local
/// (asking the OS on every node costs more than the lowering itself).
#[derive(Clone, Copy, Debug)]
pub(crate) struct StackProbe {
    base: usize,
    /// Bytes that may be used below `base` before the reserve is reached.
    room: usize,
}

impl StackProbe {
    pub fn new() -> StackProbe {
        let room =
            stacker::remaining_stack().map_or(usize::MAX, |r| r.saturating_sub(STACK_RESERVE));
        StackProbe {
            base: stack_address(),
            room,
        }
    }

    /// True when the native stack is nearly used up.
    pub fn low(&self) -> bool {
        self.base.abs_diff(stack_address()) > self.room
    }
}

/// An address on the current stack frame.
#[inline(never)]
fn stack_address() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

/// The single child of a pair that must have one.
pub(crate) fn only<'i>(l: &Lowerer, p: P<'i>, ctx: &str) -> R<P<'i>> {
    let span = p.clone();
    p.into_inner().next().ok_or_else(|| l.drift(&span, ctx))
}

/// Parses a whole module.
pub fn parse_module(source: &str) -> Result<Module, SyntaxError> {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let pre = prescan(source)?;
    let pairs = PythonParser::parse(Rule::file, &pre.text)
        .map_err(|e| errors::pest_error(source, &pre, e))?;
    let mut l = Lowerer {
        src: source,
        pre: &pre,
        base: 0,
        shift: 0,
        budget: MAX_DEPTH,
        stack: StackProbe::new(),
    };
    let mut body = Vec::new();
    for p in pairs {
        if p.as_rule() == Rule::file {
            for s in p.into_inner() {
                if s.as_rule() == Rule::EOI {
                    continue;
                }
                l.statement(s, &mut body)?;
            }
        }
    }
    Ok(Module { body })
}
