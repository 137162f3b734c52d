//! `str.encode` and `bytes.decode` for the 'utf-8', 'ascii' and 'latin-1' codecs, with CPython's
//! encoding-name lookup, error handlers and `UnicodeEncodeError`/`UnicodeDecodeError` texts.
//!
//! Gaps: other codecs are a `LookupError` ('unknown encoding'), though CPython has them; the
//! 'namereplace' handler and decoding with 'surrogateescape' (or 'surrogatepass' on an encoded
//! surrogate) are `StrError::Unsupported`, since they need Unicode names or lone surrogates.

use std::fmt::Write;

use super::str_methods::{StrError, UnicodeErrorInfo};

/// A codec this module implements.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// The name CPython's errors use for the codec.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

/// CPython's encoding-name normalisation (`_Py_normalize_encoding` then
/// `encodings.normalize_encoding`): ASCII letters and digits lowercased, '.' kept, every run of
/// other characters between them one '_', leading and trailing ones dropped.
pub fn normalize_encoding(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut punct = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

/// The `encodings.aliases` entries for the three codecs, from CPython 3.13.
const ALIASES: &[(&str, Codec)] = &[
    ("cp65001", Codec::Utf8),
    ("u8", Codec::Utf8),
    ("utf", Codec::Utf8),
    ("utf8", Codec::Utf8),
    ("utf8_ucs2", Codec::Utf8),
    ("utf8_ucs4", Codec::Utf8),
    ("646", Codec::Ascii),
    ("ansi_x3.4_1968", Codec::Ascii),
    ("ansi_x3.4_1986", Codec::Ascii),
    ("ansi_x3_4_1968", Codec::Ascii),
    ("cp367", Codec::Ascii),
    ("csascii", Codec::Ascii),
    ("ibm367", Codec::Ascii),
    ("iso646_us", Codec::Ascii),
    ("iso_646.irv_1991", Codec::Ascii),
    ("iso_ir_6", Codec::Ascii),
    ("us", Codec::Ascii),
    ("us_ascii", Codec::Ascii),
    ("8859", Codec::Latin1),
    ("cp819", Codec::Latin1),
    ("csisolatin1", Codec::Latin1),
    ("ibm819", Codec::Latin1),
    ("iso8859", Codec::Latin1),
    ("iso8859_1", Codec::Latin1),
    ("iso_8859_1", Codec::Latin1),
    ("iso_8859_1_1987", Codec::Latin1),
    ("iso_ir_100", Codec::Latin1),
    ("l1", Codec::Latin1),
    ("latin", Codec::Latin1),
    ("latin1", Codec::Latin1),
];

/// `codecs.lookup(name)` restricted to the three codecs: an alias (tried as is, then with '.'
/// as '_'), else the module name itself ('utf_8', 'ascii', 'latin_1').
pub fn lookup_codec(name: &str) -> Result<Codec, StrError> {
    let norm = normalize_encoding(name);
    let alias = |key: &str| ALIASES.iter().find(|(a, _)| *a == key).map(|&(_, c)| c);
    let module = match norm.as_str() {
        "utf_8" => Some(Codec::Utf8),
        "ascii" => Some(Codec::Ascii),
        "latin_1" => Some(Codec::Latin1),
        _ => None,
    };
    alias(&norm)
        .or_else(|| alias(&norm.replace('.', "_")))
        .or(module)
        .ok_or_else(|| StrError::Lookup(format!("unknown encoding: {name}")))
}

/// `str(UnicodeEncodeError(encoding, object, start, end, reason))`.
pub fn encode_error_message(
    encoding: &str,
    object: &str,
    start: usize,
    end: usize,
    reason: &str,
) -> String {
    let bad = object.chars().nth(start);
    match bad {
        Some(c) if start.checked_add(1) == Some(end) => {
            let cp = code_of(c);
            let shown = if cp <= 0xff {
                format!("\\x{cp:02x}")
            } else if cp <= 0xffff {
                format!("\\u{cp:04x}")
            } else {
                format!("\\U{cp:08x}")
            };
            format!(
                "'{encoding}' codec can't encode character '{shown}' in position {start}: {reason}"
            )
        }
        _ => format!(
            "'{encoding}' codec can't encode characters in position {start}-{}: {reason}",
            end.wrapping_sub(1)
        ),
    }
}

/// `str(UnicodeDecodeError(encoding, object, start, end, reason))`.
pub fn decode_error_message(
    encoding: &str,
    object: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> String {
    match object.get(start) {
        Some(byte) if start.checked_add(1) == Some(end) => format!(
            "'{encoding}' codec can't decode byte 0x{byte:02x} in position {start}: {reason}"
        ),
        _ => format!(
            "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
            end.wrapping_sub(1)
        ),
    }
}

fn unknown_handler(errors: &str) -> StrError {
    StrError::Lookup(format!("unknown error handler name '{errors}'"))
}

/// The code point `c` stands for: the lone surrogate for its stand-in (see
/// `terrarium_grammar::ast::surrogate_char`), else itself.
pub fn code_of(c: char) -> u32 {
    terrarium_grammar::ast::as_surrogate(c).unwrap_or(c as u32)
}

/// `s.encode(encoding, errors)`. As in CPython, the handler name is only checked when an error
/// occurs; UTF-8 fails only on lone surrogates (held as their stand-ins).
pub fn encode(s: &str, encoding: &str, errors: &str) -> Result<Vec<u8>, StrError> {
    let codec = lookup_codec(encoding)?;
    let limit: u32 = match codec {
        Codec::Utf8 => 0x11_0000,
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    let encodable = |c: char| code_of(c) < limit && !(0xD800..=0xDFFF).contains(&code_of(c));
    if codec == Codec::Utf8 && s.chars().all(encodable) {
        return Ok(s.as_bytes().to_vec());
    }
    let mut out = Vec::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        if encodable(c) {
            let mut buf = [0u8; 4];
            out.extend_from_slice(match codec {
                Codec::Utf8 => c.encode_utf8(&mut buf).as_bytes(),
                _ => {
                    buf[0] = c as u32 as u8;
                    &buf[..1]
                }
            });
            i += 1;
            continue;
        }
        // CPython reports the whole run of unencodable code points as one error.
        let run = chars.get(i..).unwrap_or(&[]);
        let end = i + run.iter().take_while(|&&c| !encodable(c)).count();
        let bad = chars.get(i..end).unwrap_or(&[]);
        if codec == Codec::Utf8 && errors == "surrogatepass" {
            for &c in bad {
                let cp = code_of(c);
                out.extend_from_slice(&[
                    0xE0 | (cp >> 12) as u8,
                    0x80 | ((cp >> 6) & 0x3F) as u8,
                    0x80 | (cp & 0x3F) as u8,
                ]);
            }
            i = end;
            continue;
        }
        match errors {
            "strict" | "surrogateescape" | "surrogatepass" => {
                let reason = match limit {
                    0x80 => "ordinal not in range(128)",
                    0x100 => "ordinal not in range(256)",
                    _ => "surrogates not allowed",
                };
                return Err(StrError::UnicodeEncode(UnicodeErrorInfo {
                    encoding: codec.name(),
                    start: i,
                    end,
                    reason,
                    message: encode_error_message(codec.name(), s, i, end, reason),
                }));
            }
            "ignore" => {}
            "replace" => out.extend(bad.iter().map(|_| b'?')),
            "backslashreplace" => {
                for &c in bad {
                    let cp = code_of(c);
                    let text = if cp <= 0xff {
                        format!("\\x{cp:02x}")
                    } else if cp <= 0xffff {
                        format!("\\u{cp:04x}")
                    } else {
                        format!("\\U{cp:08x}")
                    };
                    out.extend_from_slice(text.as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in bad {
                    out.extend_from_slice(format!("&#{};", code_of(c)).as_bytes());
                }
            }
            "namereplace" => {
                return Err(StrError::Unsupported(
                    "the 'namereplace' error handler is not supported".into(),
                ))
            }
            _ => return Err(unknown_handler(errors)),
        }
        i = end;
    }
    Ok(out)
}

/// One undecodable stretch of input: `start..end` in bytes, and why.
struct DecodeFault {
    start: usize,
    end: usize,
    reason: &'static str,
}

/// The first UTF-8 fault at or after `from`, with CPython's ranges: an invalid start byte or a
/// bad continuation covers the maximal valid prefix (at least one byte), and a sequence cut
/// short by the end of input covers the rest of it.
fn next_utf8_fault(b: &[u8], from: usize) -> Option<DecodeFault> {
    let rest = b.get(from..)?;
    let err = std::str::from_utf8(rest).err()?;
    let start = from + err.valid_up_to();
    let lead = b.get(start).copied().unwrap_or(0);
    Some(match err.error_len() {
        None => DecodeFault {
            start,
            end: b.len(),
            reason: "unexpected end of data",
        },
        Some(len) => DecodeFault {
            start,
            end: start + len,
            reason: if (0xc2..=0xf4).contains(&lead) {
                "invalid continuation byte"
            } else {
                "invalid start byte"
            },
        },
    })
}

/// The first ASCII fault at or after `from`: each byte above 0x7f on its own.
fn next_ascii_fault(b: &[u8], from: usize) -> Option<DecodeFault> {
    let offset = b.get(from..)?.iter().position(|&x| x >= 0x80)?;
    Some(DecodeFault {
        start: from + offset,
        end: from + offset + 1,
        reason: "ordinal not in range(128)",
    })
}

/// Is `bad` the UTF-8 encoding of a surrogate, which 'surrogatepass' would decode?
fn is_encoded_surrogate(bad: &[u8]) -> bool {
    matches!(bad, [0xed, 0xa0..=0xbf, 0x80..=0xbf, ..])
}

/// `b.decode(encoding, errors)`. As in CPython, the handler name is only checked when an error
/// occurs.
pub fn decode(b: &[u8], encoding: &str, errors: &str) -> Result<String, StrError> {
    let codec = lookup_codec(encoding)?;
    let next_fault = match codec {
        Codec::Latin1 => return Ok(b.iter().map(|&x| char::from(x)).collect()),
        Codec::Utf8 => next_utf8_fault,
        Codec::Ascii => next_ascii_fault,
    };
    let mut out = String::with_capacity(b.len());
    let mut pos = 0;
    while let Some(fault) = next_fault(b, pos) {
        let good = b.get(pos..fault.start).unwrap_or(&[]);
        // The bytes before a fault are valid in both codecs, so this never replaces anything.
        out.push_str(&String::from_utf8_lossy(good));
        let bad = b.get(fault.start..fault.end).unwrap_or(&[]);
        let strict = || {
            StrError::UnicodeDecode(UnicodeErrorInfo {
                encoding: codec.name(),
                start: fault.start,
                end: fault.end,
                reason: fault.reason,
                message: decode_error_message(
                    codec.name(),
                    b,
                    fault.start,
                    fault.end,
                    fault.reason,
                ),
            })
        };
        match errors {
            "strict" => return Err(strict()),
            "ignore" => {}
            "replace" => out.push('\u{fffd}'),
            "backslashreplace" => {
                for byte in bad {
                    let _ = write!(out, "\\x{byte:02x}");
                }
            }
            "surrogatepass"
                if codec == Codec::Utf8
                    && is_encoded_surrogate(b.get(fault.start..).unwrap_or(&[])) =>
            {
                return Err(StrError::Unsupported(
                    "decoding to a lone surrogate is not supported".into(),
                ))
            }
            "surrogatepass" => return Err(strict()),
            "surrogateescape" => {
                return Err(StrError::Unsupported(
                    "the 'surrogateescape' error handler cannot decode into a str here".into(),
                ))
            }
            "xmlcharrefreplace" | "namereplace" => {
                return Err(StrError::Type(
                    "don't know how to handle UnicodeDecodeError in error callback".into(),
                ))
            }
            _ => return Err(unknown_handler(errors)),
        }
        pos = fault.end;
    }
    out.push_str(&String::from_utf8_lossy(b.get(pos..).unwrap_or(&[])));
    Ok(out)
}

#[cfg(test)]
#[path = "str_codecs_tests.rs"]
mod tests;
