//! Regular-expression pattern text -> `Node` tree, with CPython's `re.error` messages and positions.

pub const F_IGNORECASE: u32 = 2;
pub const F_LOCALE: u32 = 4;
pub const F_MULTILINE: u32 = 8;
pub const F_DOTALL: u32 = 16;
pub const F_UNICODE: u32 = 32;
pub const F_VERBOSE: u32 = 64;
pub const F_ASCII: u32 = 256;
/// Internal: the pattern was bytes (decoded as Latin-1); classes and case are ASCII-only.
pub const F_BYTES: u32 = 1 << 20;

/// Deepest group nesting accepted; deeper patterns are a clear error, never a stack overflow.
pub(super) const MAX_DEPTH: usize = 200;
/// CPython's MAXREPEAT - 1: the largest explicit repeat count.
pub const MAX_REPEAT: u32 = 4_294_967_294;

/// A character class shorthand: `\d`, `\w`, `\s` (negated forms set `negated`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Shorthand {
    pub kind: u8,
    pub negated: bool,
    pub ascii: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum SetItem {
    Char(char),
    Range(char, char),
    Class(Shorthand),
}

#[derive(Clone, Debug, PartialEq)]
pub struct CharSet {
    pub negated: bool,
    pub items: Vec<SetItem>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum AssertKind {
    Bol { multiline: bool },
    Eol { multiline: bool },
    StrStart,
    StrEnd,
    WordBoundary { ascii: bool },
    NotWordBoundary { ascii: bool },
}

#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Empty,
    Lit {
        c: char,
        icase: bool,
        ascii: bool,
    },
    Any {
        dotall: bool,
    },
    Set {
        set: CharSet,
        icase: bool,
        ascii: bool,
    },
    Assert(AssertKind),
    Group {
        index: Option<u32>,
        body: Box<Node>,
    },
    Atomic(Box<Node>),
    Backref {
        group: u32,
        icase: bool,
        ascii: bool,
    },
    Look {
        behind: bool,
        negate: bool,
        body: Box<Node>,
    },
    Repeat {
        body: Box<Node>,
        min: u32,
        max: Option<u32>,
        greedy: bool,
        possessive: bool,
    },
    Concat(Vec<Node>),
    Alt(Vec<Node>),
}

/// A pattern error: CPython's message and the position (in code points) it refers to.
#[derive(Debug, PartialEq)]
pub struct ReError {
    pub msg: String,
    pub pos: Option<usize>,
}

pub struct Parsed {
    pub node: Node,
    pub groups: u32,
    pub names: Vec<(String, u32)>,
    pub flags: u32,
}

pub(super) struct Parser {
    /// re.ASCII as the caller gave it (bytes patterns imply it without reporting it).
    pub(super) user_ascii: u32,
    pub(super) s: Vec<char>,
    pub(super) i: usize,
    pub(super) flags: u32,
    pub(super) groups: u32,
    pub(super) names: Vec<(String, u32)>,
    /// Groups whose closing parenthesis has been seen (backreferences may only name those).
    pub(super) closed: Vec<u32>,
    pub(super) depth: usize,
}

pub(super) fn err<T>(msg: impl Into<String>, pos: usize) -> Result<T, ReError> {
    Err(ReError {
        msg: msg.into(),
        pos: Some(pos),
    })
}

/// Parses `pattern` under `flags`; the result's flags include inline global flags.
pub fn parse(pattern: &str, flags: u32) -> Result<Parsed, ReError> {
    let user_ascii = flags & F_ASCII;
    let flags = if flags & F_BYTES != 0 {
        flags | F_ASCII
    } else {
        flags
    };
    let mut p = Parser {
        user_ascii,
        s: pattern.chars().collect(),
        i: 0,
        flags,
        groups: 0,
        names: Vec::new(),
        closed: Vec::new(),
        depth: 0,
    };
    p.global_flags()?;
    let node = p.alternation()?;
    if p.i < p.s.len() {
        return err("unbalanced parenthesis", p.i);
    }
    let mut flags = p.flags;
    if flags & F_BYTES != 0 {
        if flags & F_UNICODE != 0 {
            return Err(ReError {
                msg: "cannot use UNICODE flag with a bytes pattern".into(),
                pos: None,
            });
        }
        flags &= !F_BYTES;
        if p.user_ascii == 0 {
            flags &= !F_ASCII;
        }
    } else if flags & F_ASCII == 0 {
        flags |= F_UNICODE;
    }
    if flags & F_ASCII != 0 && flags & F_UNICODE != 0 {
        return Err(ReError {
            msg: "ASCII and UNICODE flags are incompatible".into(),
            pos: None,
        });
    }
    Ok(Parsed {
        node,
        groups: p.groups,
        names: p.names,
        flags,
    })
}

pub(super) fn flag_bit(c: char) -> Option<u32> {
    Some(match c {
        'i' => F_IGNORECASE,
        'L' => F_LOCALE,
        'm' => F_MULTILINE,
        's' => F_DOTALL,
        'u' => F_UNICODE,
        'x' => F_VERBOSE,
        'a' => F_ASCII,
        _ => return None,
    })
}

impl Parser {
    pub(super) fn peek(&self) -> Option<char> {
        self.s.get(self.i).copied()
    }

    fn verbose(&self) -> bool {
        self.flags & F_VERBOSE != 0
    }

    /// `(?flags)` at the very start sets the pattern's flags (anywhere else it is an error).
    fn global_flags(&mut self) -> Result<(), ReError> {
        while self.s.get(self.i) == Some(&'(') && self.s.get(self.i + 1) == Some(&'?') {
            let mut j = self.i + 2;
            let mut bits = 0;
            while let Some(b) = self.s.get(j).and_then(|c| flag_bit(*c)) {
                bits |= b;
                j += 1;
            }
            if j == self.i + 2 || self.s.get(j) != Some(&')') {
                return Ok(());
            }
            self.flags |= bits;
            self.i = j + 1;
            self.skip_verbose();
        }
        Ok(())
    }

    fn skip_verbose(&mut self) {
        if !self.verbose() {
            return;
        }
        while let Some(c) = self.peek() {
            if c.is_whitespace() {
                self.i += 1;
            } else if c == '#' {
                while let Some(c) = self.peek() {
                    self.i += 1;
                    if c == '\n' {
                        break;
                    }
                }
            } else {
                break;
            }
        }
    }

    pub(super) fn alternation(&mut self) -> Result<Node, ReError> {
        let mut alts = vec![self.sequence()?];
        while self.peek() == Some('|') {
            self.i += 1;
            alts.push(self.sequence()?);
        }
        Ok(if alts.len() == 1 {
            alts.pop().unwrap_or(Node::Empty)
        } else {
            Node::Alt(alts)
        })
    }

    fn sequence(&mut self) -> Result<Node, ReError> {
        let mut items = Vec::new();
        loop {
            self.skip_verbose();
            let start = self.i;
            let Some(c) = self.peek() else { break };
            if c == '|' || c == ')' {
                break;
            }
            if matches!(c, '*' | '+' | '?' | '{') && self.quantifier_here() {
                let prev_repeat = matches!(items.last(), Some(Node::Repeat { .. }));
                if items.is_empty() || matches!(items.last(), Some(Node::Assert(_))) {
                    return err("nothing to repeat", start);
                }
                let (min, max) = self.quantifier()?;
                let mut greedy = true;
                let mut possessive = false;
                if self.peek() == Some('?') {
                    greedy = false;
                    self.i += 1;
                } else if self.peek() == Some('+') {
                    possessive = true;
                    self.i += 1;
                }
                if prev_repeat {
                    return err("multiple repeat", start);
                }
                let body = items.pop().unwrap_or(Node::Empty);
                items.push(Node::Repeat {
                    body: Box::new(body),
                    min,
                    max,
                    greedy,
                    possessive,
                });
                continue;
            }
            let atom = self.atom()?;
            items.push(atom);
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap_or(Node::Empty),
            _ => Node::Concat(items),
        })
    }
}

impl Parser {
    /// Whether the text at the cursor is a quantifier (`{` only when it forms `{m}`, `{m,n}` …).
    fn quantifier_here(&self) -> bool {
        if self.peek() != Some('{') {
            return true;
        }
        let mut j = self.i + 1;
        let mut digits = 0;
        while self.s.get(j).is_some_and(|c| c.is_ascii_digit()) {
            j += 1;
            digits += 1;
        }
        if self.s.get(j) == Some(&',') {
            j += 1;
            while self.s.get(j).is_some_and(|c| c.is_ascii_digit()) {
                j += 1;
            }
        } else if digits == 0 {
            return false;
        }
        self.s.get(j) == Some(&'}')
    }

    fn number(&mut self) -> Result<Option<u32>, ReError> {
        let start = self.i;
        let mut v: u64 = 0;
        while let Some(d) = self.peek().and_then(|c| c.to_digit(10)) {
            v = (v * 10 + u64::from(d)).min(u64::MAX / 100);
            self.i += 1;
        }
        if self.i == start {
            return Ok(None);
        }
        if v > u64::from(MAX_REPEAT) {
            return Err(ReError {
                msg: "the repetition number is too large".into(),
                pos: Some(start),
            });
        }
        Ok(Some(v as u32))
    }

    fn quantifier(&mut self) -> Result<(u32, Option<u32>), ReError> {
        let c = self.peek().unwrap_or('?');
        self.i += 1;
        Ok(match c {
            '*' => (0, None),
            '+' => (1, None),
            '?' => (0, Some(1)),
            _ => {
                let at = self.i;
                let min = self.number()?;
                let max = if self.peek() == Some(',') {
                    self.i += 1;
                    self.number()?
                } else {
                    Some(min.unwrap_or(0))
                };
                self.i += 1; // '}'
                let min = min.unwrap_or(0);
                if let Some(mx) = max {
                    if mx < min {
                        return err("min repeat greater than max repeat", at);
                    }
                }
                (min, max)
            }
        })
    }

    pub(super) fn icase(&self) -> bool {
        self.flags & F_IGNORECASE != 0
    }

    pub(super) fn ascii(&self) -> bool {
        self.flags & F_ASCII != 0
    }

    fn lit(&self, c: char) -> Node {
        Node::Lit {
            c,
            icase: self.icase(),
            ascii: self.ascii(),
        }
    }

    fn atom(&mut self) -> Result<Node, ReError> {
        let start = self.i;
        let c = self.s[self.i];
        self.i += 1;
        Ok(match c {
            '.' => Node::Any {
                dotall: self.flags & F_DOTALL != 0,
            },
            '^' => Node::Assert(AssertKind::Bol {
                multiline: self.flags & F_MULTILINE != 0,
            }),
            '$' => Node::Assert(AssertKind::Eol {
                multiline: self.flags & F_MULTILINE != 0,
            }),
            '[' => {
                let set = self.class(start)?;
                Node::Set {
                    set,
                    icase: self.icase(),
                    ascii: self.ascii(),
                }
            }
            '(' => self.group(start)?,
            '\\' => self.escape(start)?,
            _ => self.lit(c),
        })
    }

    fn shorthand(&self, c: char) -> Option<Shorthand> {
        let kind = match c.to_ascii_lowercase() {
            'd' => b'd',
            'w' => b'w',
            's' => b's',
            _ => return None,
        };
        Some(Shorthand {
            kind,
            negated: c.is_ascii_uppercase(),
            ascii: self.ascii(),
        })
    }

    /// Escapes that stand for one character (shared by patterns and classes).
    fn char_escape(
        &mut self,
        c: char,
        start: usize,
        in_class: bool,
    ) -> Result<Option<char>, ReError> {
        let hex = |p: &mut Parser, n: usize| -> Result<char, ReError> {
            let digits: String = p.s[p.i..(p.i + n).min(p.s.len())]
                .iter()
                .take_while(|c| c.is_ascii_hexdigit())
                .collect();
            if digits.chars().count() < n {
                let text: String = p.s[start..p.i + digits.chars().count()].iter().collect();
                return err(format!("incomplete escape {text}"), start);
            }
            p.i += n;
            let v = u32::from_str_radix(&digits, 16).unwrap_or(u32::MAX);
            match char::from_u32(v) {
                Some(ch) => Ok(ch),
                None => {
                    let text: String = p.s[start..p.i].iter().collect();
                    err(format!("bad escape {text}"), start)
                }
            }
        };
        Ok(Some(match c {
            'n' => '\n',
            't' => '\t',
            'r' => '\r',
            'f' => '\x0c',
            'v' => '\x0b',
            'a' => '\x07',
            'b' if in_class => '\x08',
            '\\' => '\\',
            'x' => hex(self, 2)?,
            'u' => hex(self, 4)?,
            'U' => hex(self, 8)?,
            '0' => {
                let mut v = 0u32;
                let mut n = 0;
                while n < 2 {
                    match self.peek().and_then(|c| c.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            self.i += 1;
                            n += 1;
                        }
                        None => break,
                    }
                }
                char::from_u32(v).unwrap_or('\0')
            }
            _ if c.is_ascii_alphanumeric() => return Ok(None),
            _ => c,
        }))
    }

    fn bad_escape<T>(&self, c: char, start: usize) -> Result<T, ReError> {
        err(format!("bad escape \\{c}"), start)
    }

    fn escape(&mut self, start: usize) -> Result<Node, ReError> {
        let Some(c) = self.peek() else {
            return err("bad escape (end of pattern)", start);
        };
        self.i += 1;
        if let Some(sh) = self.shorthand(c) {
            return Ok(Node::Set {
                set: CharSet {
                    negated: false,
                    items: vec![SetItem::Class(sh)],
                },
                icase: false,
                ascii: self.ascii(),
            });
        }
        let ascii = self.ascii();
        match c {
            'A' => return Ok(Node::Assert(AssertKind::StrStart)),
            'Z' => return Ok(Node::Assert(AssertKind::StrEnd)),
            'b' => return Ok(Node::Assert(AssertKind::WordBoundary { ascii })),
            'B' => return Ok(Node::Assert(AssertKind::NotWordBoundary { ascii })),
            '1'..='9' => {
                // Octal escape (three octal digits) or a group reference.
                let d1 = self.s.get(self.i).copied();
                let d2 = self.s.get(self.i + 1).copied();
                if c <= '7'
                    && d1.is_some_and(|d| ('0'..='7').contains(&d))
                    && d2.is_some_and(|d| ('0'..='7').contains(&d))
                {
                    let v = (c as u32 - 48) * 64
                        + (d1.unwrap_or('0') as u32 - 48) * 8
                        + (d2.unwrap_or('0') as u32 - 48);
                    self.i += 2;
                    if v > 0o377 {
                        let text: String = self.s[start..self.i].iter().collect();
                        return err(
                            format!("octal escape value {text} outside of range 0-0o377"),
                            start,
                        );
                    }
                    return Ok(self.lit(char::from_u32(v).unwrap_or('\0')));
                }
                let mut n = c as u32 - 48;
                if d1.is_some_and(|d| d.is_ascii_digit()) {
                    n = n * 10 + (d1.unwrap_or('0') as u32 - 48);
                    self.i += 1;
                }
                if !self.closed.contains(&n) {
                    if n > self.groups {
                        return err(format!("invalid group reference {n}"), start + 1);
                    }
                    return err("cannot refer to an open group", start);
                }
                return Ok(Node::Backref {
                    group: n,
                    icase: self.icase(),
                    ascii,
                });
            }
            _ => {}
        }
        match self.char_escape(c, start, false)? {
            Some(ch) => Ok(self.lit(ch)),
            None => self.bad_escape(c, start),
        }
    }

    fn class(&mut self, start: usize) -> Result<CharSet, ReError> {
        let mut set = CharSet {
            negated: false,
            items: Vec::new(),
        };
        if self.peek() == Some('^') {
            set.negated = true;
            self.i += 1;
        }
        let mut first = true;
        loop {
            let Some(c) = self.peek() else {
                return err("unterminated character set", start);
            };
            if c == ']' && !first {
                self.i += 1;
                return Ok(set);
            }
            first = false;
            let item_start = self.i;
            let lo = self.class_item()?;
            if self.peek() == Some('-') && self.s.get(self.i + 1).is_some_and(|c| *c != ']') {
                self.i += 1;
                let hi = self.class_item()?;
                match (&lo, &hi) {
                    (SetItem::Char(a), SetItem::Char(b)) => {
                        if a > b {
                            let text: String = self.s[item_start..self.i].iter().collect();
                            return err(format!("bad character range {text}"), item_start);
                        }
                        set.items.push(SetItem::Range(*a, *b));
                    }
                    _ => {
                        let text: String = self.s[item_start..self.i].iter().collect();
                        return err(format!("bad character range {text}"), item_start);
                    }
                }
            } else {
                set.items.push(lo);
            }
        }
    }

    fn class_item(&mut self) -> Result<SetItem, ReError> {
        let start = self.i;
        let Some(c) = self.peek() else {
            return err("unterminated character set", start);
        };
        self.i += 1;
        if c != '\\' {
            return Ok(SetItem::Char(c));
        }
        let Some(e) = self.peek() else {
            return err("unterminated character set", start);
        };
        self.i += 1;
        if let Some(sh) = self.shorthand(e) {
            return Ok(SetItem::Class(sh));
        }
        if e.is_ascii_digit() && e != '0' {
            // Octal only inside classes.
            let mut v = e.to_digit(8).map(|d| d as i64).unwrap_or(-1);
            let mut n = 1;
            while n < 3 && v >= 0 {
                match self.peek().and_then(|c| c.to_digit(8)) {
                    Some(d) => {
                        v = v * 8 + d as i64;
                        self.i += 1;
                        n += 1;
                    }
                    None => break,
                }
            }
            if v < 0 || n < 3 {
                return self.bad_escape(e, start);
            }
            return Ok(SetItem::Char(char::from_u32(v as u32).unwrap_or('\0')));
        }
        match self.char_escape(e, start, true)? {
            Some(ch) => Ok(SetItem::Char(ch)),
            None => self.bad_escape(e, start),
        }
    }
}

pub use super::parse_group::width;
