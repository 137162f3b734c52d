//! The backtracking matcher: an explicit stack of choice points and undo records (never native
//! recursion), reporting its steps and stack size to a budget callback as it goes.

use super::compile::{extra_cases, fold, simple_lower, simple_upper, Inst, Program, SetInst};
use super::parse::{AssertKind, SetItem, Shorthand};
use crate::limits::LimitError;

/// The subject text: ASCII bytes (indices are code points) or decoded code points.
pub enum Subject {
    Ascii(Vec<u8>),
    Wide(Vec<char>),
}

impl Subject {
    #[inline]
    pub fn len(&self) -> usize {
        match self {
            Subject::Ascii(b) => b.len(),
            Subject::Wide(c) => c.len(),
        }
    }

    #[inline]
    fn at(&self, i: usize) -> char {
        match self {
            Subject::Ascii(b) => b[i] as char,
            Subject::Wide(c) => c[i],
        }
    }
}

const UNSET: usize = usize::MAX;
/// Steps between two calls of the budget callback.
const TICK: u64 = 1024;

enum Frame {
    Branch {
        pc: u32,
        pos: usize,
    },
    Slot {
        slot: u32,
        old: usize,
    },
    Reg {
        reg: u32,
        old: usize,
    },
    Last {
        old: i64,
    },
    /// A lookaround or atomic group in progress: `pos` is where it started.
    Barrier {
        pc: u32,
        pos: usize,
    },
}

/// Bytes charged per backtrack frame when checking the memory limit.
pub const FRAME_BYTES: u64 = std::mem::size_of::<Frame>() as u64;

/// A successful match: `slots[2g]`/`slots[2g+1]` are the span of group g (UNSET when unset).
pub struct Found {
    pub slots: Vec<usize>,
    pub lastindex: i64,
}

pub type Budget<'a> = &'a mut dyn FnMut(u64, usize) -> Result<(), LimitError>;

pub struct Matcher<'p> {
    prog: &'p Program,
    stack: Vec<Frame>,
    barriers: Vec<usize>,
    slots: Vec<usize>,
    regs: Vec<usize>,
    lastindex: i64,
    steps: u64,
}

pub fn shorthand_matches(sh: Shorthand, c: char) -> bool {
    use crate::objects::str_predicates as p;
    let r = match (sh.kind, sh.ascii || c.is_ascii()) {
        (b'd', true) => c.is_ascii_digit(),
        (b'd', false) => p::is_decimal(c),
        (b'w', true) => c.is_ascii_alphanumeric() || c == '_',
        (b'w', false) => p::is_alnum(c) || c == '_',
        (_, true) => {
            matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')
                || (!sh.ascii && matches!(c, '\x1c'..='\x1f'))
        }
        (_, false) => p::is_space(c),
    };
    r != sh.negated
}

fn is_word(c: char, ascii: bool) -> bool {
    shorthand_matches(
        Shorthand {
            kind: b'w',
            negated: false,
            ascii,
        },
        c,
    )
}

fn set_contains(s: &SetInst, c: char) -> bool {
    s.set.items.iter().any(|it| match it {
        SetItem::Char(x) => *x == c,
        SetItem::Range(a, b) => (*a..=*b).contains(&c),
        SetItem::Class(sh) => shorthand_matches(*sh, c),
    })
}

fn set_matches(s: &SetInst, c: char) -> bool {
    let mut hit = set_contains(s, c);
    if !hit && s.icase {
        if s.ascii {
            hit =
                set_contains(s, c.to_ascii_lowercase()) || set_contains(s, c.to_ascii_uppercase());
        } else {
            let lo = simple_lower(c);
            hit = set_contains(s, lo) || set_contains(s, simple_upper(c));
            if !hit {
                if let Some(g) = extra_cases(lo) {
                    hit = g
                        .iter()
                        .filter_map(|x| char::from_u32(*x))
                        .any(|x| set_contains(s, x) || set_contains(s, simple_upper(x)));
                }
            }
        }
    }
    hit != s.set.negated
}

impl<'p> Matcher<'p> {
    pub fn new(prog: &'p Program) -> Matcher<'p> {
        Matcher {
            prog,
            stack: Vec::new(),
            barriers: Vec::new(),
            slots: Vec::new(),
            regs: Vec::new(),
            lastindex: -1,
            steps: 0,
        }
    }

    fn check_assert(&self, k: AssertKind, t: &Subject, pos: usize) -> bool {
        let end = t.len();
        match k {
            AssertKind::Bol { multiline } => pos == 0 || (multiline && t.at(pos - 1) == '\n'),
            AssertKind::Eol { multiline } => {
                pos == end
                    || (multiline && t.at(pos) == '\n')
                    || (pos + 1 == end && t.at(pos) == '\n')
            }
            AssertKind::StrStart => pos == 0,
            AssertKind::StrEnd => pos == end,
            AssertKind::WordBoundary { ascii } | AssertKind::NotWordBoundary { ascii } => {
                let before = pos > 0 && is_word(t.at(pos - 1), ascii);
                let after = pos < end && is_word(t.at(pos), ascii);
                (before != after) == matches!(k, AssertKind::WordBoundary { .. })
            }
        }
    }

    /// Tries to match at `start`. `full`: the match must end at the end of the subject;
    /// `must_advance`: an empty match at `start` is refused (the scanning rule after an empty match).
    pub fn match_at(
        &mut self,
        t: &Subject,
        start: usize,
        full: bool,
        must_advance: bool,
        budget: Budget,
    ) -> Result<Option<Found>, LimitError> {
        let prog = self.prog;
        let insts = &prog.insts;
        self.stack.clear();
        self.barriers.clear();
        self.slots.clear();
        self.slots.resize(2 * (prog.groups as usize + 1), UNSET);
        self.regs.clear();
        self.regs.resize(prog.regs as usize, UNSET);
        self.lastindex = -1;
        let end = t.len();
        let mut pc: u32 = 0;
        let mut pos = start;
        loop {
            self.steps += 1;
            if self.steps >= TICK {
                budget(self.steps, self.stack.len())?;
                self.steps = 0;
            }
            let ok = match &insts[pc as usize] {
                Inst::Char(c) => {
                    let hit = pos < end && t.at(pos) == *c;
                    pos += 1;
                    hit
                }
                Inst::CharFold(c, ascii) => {
                    let hit = pos < end && fold(t.at(pos), *ascii) == *c;
                    pos += 1;
                    hit
                }
                Inst::Any => {
                    let hit = pos < end && t.at(pos) != '\n';
                    pos += 1;
                    hit
                }
                Inst::AnyAll => {
                    pos += 1;
                    pos <= end
                }
                Inst::Set(i) => {
                    let hit = pos < end && set_matches(&prog.sets[*i as usize], t.at(pos));
                    pos += 1;
                    hit
                }
                Inst::Assert(k) => self.check_assert(*k, t, pos),
                Inst::Split(a, b) => {
                    self.stack.push(Frame::Branch { pc: *b, pos });
                    pc = *a;
                    continue;
                }
                Inst::Jmp(a) => {
                    pc = *a;
                    continue;
                }
                Inst::Save(slot) => {
                    let s = *slot as usize;
                    self.stack.push(Frame::Slot {
                        slot: *slot,
                        old: self.slots[s],
                    });
                    self.slots[s] = pos;
                    if s % 2 == 1 {
                        self.stack.push(Frame::Last {
                            old: self.lastindex,
                        });
                        self.lastindex = (s / 2) as i64;
                    }
                    true
                }
                Inst::Mark(r) => {
                    self.stack.push(Frame::Reg {
                        reg: *r,
                        old: self.regs[*r as usize],
                    });
                    self.regs[*r as usize] = pos;
                    true
                }
                Inst::LoopBack {
                    reg,
                    start: s,
                    exit,
                } => {
                    pc = if self.regs[*reg as usize] == pos {
                        *exit
                    } else {
                        *s
                    };
                    continue;
                }
                Inst::Backref(g) => self.backref(t, *g, &mut pos),
                Inst::Look {
                    behind,
                    negate,
                    width,
                    end: after,
                } => {
                    let w = *width as usize;
                    if *behind && pos < w {
                        if *negate {
                            pc = *after;
                            continue;
                        }
                        false
                    } else {
                        self.barriers.push(self.stack.len());
                        self.stack.push(Frame::Barrier { pc, pos });
                        if *behind {
                            pos -= w;
                        }
                        true
                    }
                }
                Inst::Atomic { .. } => {
                    self.barriers.push(self.stack.len());
                    self.stack.push(Frame::Barrier { pc, pos });
                    true
                }
                Inst::SubEnd => match self.sub_end(&mut pc, &mut pos) {
                    Some(ok) => ok,
                    None => continue,
                },
                Inst::Match => {
                    if (full && pos != end) || (must_advance && pos == start) {
                        false
                    } else {
                        let mut slots = std::mem::take(&mut self.slots);
                        slots[0] = start;
                        slots[1] = pos;
                        return Ok(Some(Found {
                            slots,
                            lastindex: self.lastindex,
                        }));
                    }
                }
            };
            if ok {
                pc += 1;
                continue;
            }
            match self.backtrack() {
                Some((p, q)) => {
                    pc = p;
                    pos = q;
                }
                None => return Ok(None),
            }
        }
    }

    fn backref(&self, t: &Subject, g: u32, pos: &mut usize) -> bool {
        let (s, e) = (self.slots[2 * g as usize], self.slots[2 * g as usize + 1]);
        if s == UNSET || e == UNSET || e < s {
            return false;
        }
        let n = e - s;
        if *pos + n > t.len() {
            return false;
        }
        let (icase, ascii) = (self.prog.backref_icase, self.prog.backref_ascii);
        for k in 0..n {
            let (a, b) = (t.at(s + k), t.at(*pos + k));
            if a != b && !(icase && fold(a, ascii) == fold(b, ascii)) {
                return false;
            }
        }
        *pos += n;
        true
    }

    /// End of a lookaround or atomic body. Returns Some(ok) to continue as an ordinary
    /// instruction, None when `pc`/`pos` were set directly.
    fn sub_end(&mut self, pc: &mut u32, pos: &mut usize) -> Option<bool> {
        let Some(b) = self.barriers.pop() else {
            return Some(false);
        };
        let Frame::Barrier {
            pc: look_pc,
            pos: start,
        } = self.stack[b]
        else {
            return Some(false);
        };
        let (negate, after) = match &self.prog.insts[look_pc as usize] {
            Inst::Look { negate, end, .. } => (*negate, *end),
            Inst::Atomic { end } => (false, *end),
            _ => return Some(false),
        };
        let is_look = matches!(self.prog.insts[look_pc as usize], Inst::Look { .. });
        if negate {
            // The body matched: the negative assertion fails. Undo its effects, then backtrack.
            while self.stack.len() > b + 1 {
                self.undo_top();
            }
            self.stack.pop();
            return Some(false);
        }
        // Keep the body's undo records (for later backtracking), drop its choice points.
        let tail: Vec<Frame> = self
            .stack
            .drain(b..)
            .filter(|f| !matches!(f, Frame::Branch { .. } | Frame::Barrier { .. }))
            .collect();
        self.stack.extend(tail);
        if is_look {
            *pos = start;
        }
        *pc = after;
        None
    }

    fn undo_top(&mut self) {
        match self.stack.pop() {
            Some(Frame::Slot { slot, old }) => self.slots[slot as usize] = old,
            Some(Frame::Reg { reg, old }) => self.regs[reg as usize] = old,
            Some(Frame::Last { old }) => self.lastindex = old,
            _ => {}
        }
    }

    /// Pops to the latest choice point; returns where to resume.
    fn backtrack(&mut self) -> Option<(u32, usize)> {
        loop {
            match self.stack.pop()? {
                Frame::Branch { pc, pos } => return Some((pc, pos)),
                Frame::Slot { slot, old } => self.slots[slot as usize] = old,
                Frame::Reg { reg, old } => self.regs[reg as usize] = old,
                Frame::Last { old } => self.lastindex = old,
                Frame::Barrier { pc, pos } => {
                    self.barriers.pop();
                    // The body failed: a negative lookaround succeeds here.
                    if let Inst::Look {
                        negate: true, end, ..
                    } = self.prog.insts[pc as usize]
                    {
                        return Some((end, pos));
                    }
                }
            }
        }
    }
}

/// Searches from `pos` (inclusive) to the end; `anchored` tries only `pos`.
pub fn search(
    prog: &Program,
    t: &Subject,
    pos: usize,
    anchored: bool,
    full: bool,
    must_advance: bool,
    budget: Budget,
) -> Result<Option<Found>, LimitError> {
    let mut m = Matcher::new(prog);
    let first = match prog.insts.first() {
        Some(Inst::Char(c)) => Some(*c),
        _ => None,
    };
    let mut start = pos;
    while start <= t.len() {
        let skip = first.is_some_and(|c| start < t.len() && t.at(start) != c)
            || (first.is_some() && start == t.len());
        if !skip {
            let adv = must_advance && start == pos;
            if let Some(f) = m.match_at(t, start, full, adv, budget)? {
                return Ok(Some(f));
            }
        } else {
            m.steps += 1;
        }
        if anchored {
            break;
        }
        start += 1;
    }
    Ok(None)
}
