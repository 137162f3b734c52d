"""Generates the test tables of the number-text modules (float_text, int_text, format_spec,
percent_format) by running CPython 3.13.

Run from the directory holding those modules:
    /root/.pyenv/versions/3.13.0/bin/python3 -S numfmt_data/gen_tests.py numfmt_data
Every expected value comes from this interpreter; nothing is typed by hand.

Line format: tab-separated fields, each escaped (backslash, \\t, \\n, \\r, \\u{hex} for other
controls). Floats are written as 16 hex digits of their bits, ints as (signed) hex. An outcome
field is '=' + result, or '!' + ExceptionName + ':' + message.
"""
import math
import os
import random
import struct
import sys

OUT = sys.argv[1]
MAX_LINES = 790
# NUMFMT_SCALE multiplies the case counts and NUMFMT_SEED changes them, for bigger one-off runs.
SCALE = int(os.environ.get('NUMFMT_SCALE', '1'))
rng = random.Random(int(os.environ.get('NUMFMT_SEED', '20240613')))


def esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == '\\':
            out.append('\\\\')
        elif ch == '\t':
            out.append('\\t')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\r':
            out.append('\\r')
        elif o < 0x20 or o == 0x7f or 0xd800 <= o < 0xe000:
            out.append('\\u{%x}' % o)
        else:
            out.append(ch)
    return ''.join(out)


def fb(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


def from_bits(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


def ih(n):
    return ('-' if n < 0 else '') + '%x' % abs(n)


def outcome(fn, conv=lambda r: r):
    """'=' result, '!' exception, or '~' length for a result beyond the 10**7-character cap."""
    try:
        r = conv(fn())
        if len(r) > 10**7:
            return '~%d' % len(r)
        return '=' + esc(r)
    except Exception as e:  # noqa: BLE001 - any CPython exception is an expected outcome
        return '!' + type(e).__name__ + ':' + esc(str(e))


def write(name, lines):
    """Writes lines into name_1.txt, name_2.txt… of at most MAX_LINES lines each."""
    for old in os.listdir(OUT):
        if old.startswith(name + '_') and old[len(name) + 1:-4].isdigit() and old.endswith('.txt'):
            os.remove(os.path.join(OUT, old))
    parts = [lines[i:i + MAX_LINES] for i in range(0, len(lines), MAX_LINES)] or [[]]
    for i, part in enumerate(parts, 1):
        with open(os.path.join(OUT, '%s_%d.txt' % (name, i)), 'w', encoding='utf-8') as f:
            f.write('\n'.join(part) + '\n')
    print(name, len(lines), 'lines in', len(parts), 'files')


# ---------------------------------------------------------------- values

def random_float():
    kind = rng.randrange(12)
    if kind == 0:
        return from_bits(rng.getrandbits(64))
    if kind == 1:  # subnormal
        return from_bits(rng.getrandbits(52) | (rng.getrandbits(1) << 63))
    if kind == 2:
        return rng.uniform(-1e6, 1e6)
    if kind == 3:  # short decimals, often exact ties in binary
        return round(rng.uniform(-1000, 1000), rng.randrange(0, 6))
    if kind == 4:
        return rng.randrange(-2**60, 2**60) / 2**rng.randrange(0, 70)
    if kind == 5:  # around powers of ten
        p = 10.0 ** rng.randrange(-30, 30)
        return rng.choice([p, math.nextafter(p, 0), math.nextafter(p, math.inf), -p])
    if kind == 6:
        return float(rng.randrange(-10**17, 10**17))
    if kind == 7:
        return rng.choice([0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324,
                           1.7976931348623157e308, 2.2250738585072014e-308, 0.5, 1.5, 2.5,
                           0.125, 0.375, 2.675, 1e16, 1e-4, 1e-5, 9999999999999998.0,
                           123456789012345678.0, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e22, 1e23])
    if kind == 8:
        return rng.randrange(1, 100) * 10.0 ** rng.randrange(-320, 300)
    if kind == 9:
        return (rng.randrange(0, 2000) + 0.5) * rng.choice([1, -1, 0.1, 0.01, 0.001, 100])
    if kind == 10:
        return rng.uniform(-1, 1) * 10.0 ** rng.randrange(-8, 20)
    return math.ldexp(rng.random(), rng.randrange(-1080, 1024))


def random_int():
    kind = rng.randrange(8)
    if kind == 0:
        return rng.randrange(-10, 300)
    if kind == 1:
        return rng.randrange(-2**64, 2**64)
    if kind == 2:
        return rng.getrandbits(rng.randrange(1, 400)) * rng.choice([1, -1])
    if kind == 3:
        return rng.choice([0, 1, -1, 2**63 - 1, -2**63, 2**63, 2**64, 0x10ffff, 0x110000,
                           0xd800, 65, 1234, -1234, 1234567, 10**20, 2**61 - 1, 2**61,
                           -(2**61 - 1), 10**4299, 10**4300, -10**4299, 2**1024, 2**1024 - 2**970])
    if kind == 4:
        return rng.randrange(-10**7, 10**7)
    if kind == 5:
        return rng.randrange(0, 0x110000)
    if kind == 6:
        return 10 ** rng.randrange(0, 40) * rng.choice([1, -1, 9, 99])
    return rng.getrandbits(rng.randrange(1, 70)) - 2**rng.randrange(0, 68)


# ---------------------------------------------------------------- float text

def gen_repr():
    vals = [random_float() for _ in range(3800 * SCALE)]
    vals += [float(s) for s in ['1e16', '1e15', '9999999999999999.0', '0.0001', '0.00009999',
                                 '1e-05', '123.456', '1e300', '-1e-300', '100.0', '1e22']]
    vals += [math.nextafter(1e16, 0), math.nextafter(1e-4, 0), 2.0 ** 53, 2.0 ** 53 + 2]
    # Exact midpoints between two shortest candidates (dtoa breaks the tie to even).
    for _ in range(200 * SCALE):
        e = rng.randrange(48, 58)
        vals.append(math.ldexp(rng.randrange(2**52, 2**53), e - 52) + rng.choice([0.25, 0.75, 0.5, 0]))
        vals.append(math.ldexp(rng.randrange(2**52, 2**53), rng.randrange(-60, 60)))
    lines, row = [], []
    for x in vals:
        row.append(fb(x) + ':' + repr(x))
        if len(row) == 6:
            lines.append(' '.join(row))
            row = []
    if row:
        lines.append(' '.join(row))
    write('float_repr', lines)


def float_literal():
    kind = rng.randrange(14)
    x = random_float()
    if kind < 3:
        s = repr(x)
    elif kind == 3:
        s = '%.*e' % (rng.randrange(0, 25), x)
    elif kind == 4:
        s = '%.*f' % (rng.randrange(0, 12), x) if abs(x) < 1e30 else repr(x)
    elif kind == 5:  # underscores, valid or not
        s = repr(x)
        for _ in range(rng.randrange(1, 3)):
            i = rng.randrange(0, len(s) + 1)
            s = s[:i] + '_' + s[i:]
    elif kind == 6:
        s = rng.choice(['inf', 'Inf', 'INFINITY', 'infinity', 'nan', 'NaN', 'iNf', 'infinit',
                        'infinityy', 'nana', 'in', '-inf', '+nan', '-nan', '+-inf', '--1', '+.5',
                        '.', 'e5', '.e5', '1e', '1e+', '1e-', '1.e5', '5.', '.5', '0x1p3', '0x10',
                        '1_000.000_1', '1__0', '_1', '1_', '1_.5', '1._5', '1e_5', '1e5_0',
                        '١٢٣.٤', '１２３', '12\u00a0', '\u20281.5\u2029', '1\x1c', '\x1c1',
                        '1.5\x00', '', ' ', '\t\n 7 \r\x0b\x0c', '1 2', '+ 1', '١_٢', '²',
                        '0' * 400 + '1e-400', '1' + '0' * 400 + 'e-400', '1e1100000000',
                        '1e-1100000000', '1e99999999999999999999', '0e99999999999999999999',
                        '2.4703282292062327e-324', '2.4703282292062328e-324',
                        '9007199254740993', '9007199254740993.000000000000000000000001',
                        '1.7976931348623158e308', '1.7976931348623159e308', '-0', '-0.0e-5'])
    elif kind == 7:  # long digit strings near ties
        n = rng.randrange(1, 2**53)
        s = str(n) + '5' + '0' * rng.randrange(0, 30) + rng.choice(['', '1', '0000001'])
        s = s[:rng.randrange(1, len(s))] + '.' + s[rng.randrange(1, len(s)):] if rng.random() < 0.5 else s
        s += 'e' + str(rng.randrange(-340, 310))
    elif kind == 8:
        s = ''.join(rng.choice('0123456789._eE+-') for _ in range(rng.randrange(1, 10)))
    elif kind == 9:
        s = rng.choice([' ', '\t', '\u3000', '\x85', '']) + repr(x) + rng.choice([' ', '\n', '\u2003', ''])
    elif kind == 10:
        s = repr(x).upper()
    elif kind == 11:
        s = ''.join(rng.choice('0١٢३৪5６') for _ in range(rng.randrange(1, 8)))
        s += rng.choice(['', '.', '.5', 'e٣', 'E+1'])
    elif kind == 12:
        s = str(rng.randrange(0, 10**rng.randrange(1, 40))) + 'e' + str(rng.randrange(-330, 330))
    else:
        s = ('+' if rng.random() < 0.5 else '-') + repr(abs(x))
    return s


def gen_parse_float():
    lines = []
    for _ in range(1500 * SCALE):
        s = float_literal()
        lines.append(esc(s) + '\t' + outcome(lambda: float(s), fb))
    write('parse_float', lines)


def gen_round():
    lines = []
    for _ in range(1400 * SCALE):
        x = random_float()
        n = rng.choice([rng.randrange(-5, 20), rng.randrange(-330, 340), rng.randrange(-20, 20),
                        rng.choice([-309, -308, -307, 322, 323, 324, 10**6, -10**6])])
        lines.append('r\t%s\t%d\t%s' % (fb(x), n, outcome(lambda: round(x, n), fb)))
    for _ in range(400 * SCALE):
        x = random_float()
        lines.append('i\t%s\t0\t%s' % (fb(x), outcome(lambda: round(x), ih)))
    write('float_round', lines)


def hex_literal():
    kind = rng.randrange(8)
    x = random_float()
    if kind < 3:
        return x.hex()
    if kind == 3:
        h = x.hex()
        i = rng.randrange(0, len(h) + 1)
        return h[:i] + rng.choice(['', '0', 'f', '8', '.', 'p', ' ', 'x', '-', '1']) + h[i + 1:]
    if kind == 4:
        digits = ''.join(rng.choice('0123456789abcdefABCDEF') for _ in range(rng.randrange(1, 40)))
        i = rng.randrange(0, len(digits) + 1)
        return (rng.choice(['', '-', '+', ' ']) + rng.choice(['', '0x', '0X']) + digits[:i]
                + rng.choice(['', '.']) + digits[i:] + rng.choice(['', 'p', 'P'])
                + rng.choice(['', '-', '+']) + str(rng.randrange(0, 1200) - rng.randrange(0, 1200)))
    if kind == 5:
        return rng.choice(['inf', '-Infinity', ' nan ', 'nAn', 'infinit', '0x', '0x.', '.', '1.',
                           '.1', '0x1p', '0x1p+', 'x1', '0x+1', '1\x00', '', '  ', '0x1.fffffffffffff8p1023',
                           '0x1.fffffffffffff7ffffp1023', '0x1p1024', '0x1p-1074', '0x1p-1075',
                           '0x1.8p-1075', '0x0.00000000000008p-1022', '0x1p99999999999999999999',
                           '0x0p99999999999999999999', '0x1p-99999999999999999999',
                           '0x' + '0' * 300 + '1p-300', '0x1' + '0' * 300 + 'p-1200',
                           '\t0x1.8p1\n', '0x1.0000000000000800000001p0', '0x1.00000000000008p0',
                           '0x1.00000000000018p0', '0x1.0000000000001p0', '-0x0p0'])
    if kind == 6:
        m = rng.getrandbits(rng.randrange(1, 80))
        return '0x%xp%d' % (m, rng.randrange(-1160, 1030))
    return '%s0x%x.%xp%d' % (rng.choice(['', '-']), rng.getrandbits(8), rng.getrandbits(60),
                             rng.randrange(-1100, 1030))


def gen_hex():
    lines = []
    for _ in range(500 * SCALE):
        x = random_float()
        lines.append('h\t%s\t%s' % (fb(x), '=' + x.hex()))
    for _ in range(1000 * SCALE):
        s = hex_literal()
        lines.append('f\t%s\t%s' % (esc(s), outcome(lambda: float.fromhex(s), fb)))
    write('float_hex', lines)


def gen_ops():
    lines = []
    specials = [0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, 1e308, 5e-324]
    for _ in range(1300 * SCALE):
        a = rng.choice(specials) if rng.random() < 0.25 else random_float()
        b = rng.choice(specials) if rng.random() < 0.25 else random_float()
        if rng.random() < 0.2:
            b = float(rng.randrange(-5, 6)) + rng.choice([0, 0.5])
        if rng.random() < 0.1:
            a, b = rng.uniform(0.1, 10), rng.uniform(-400, 400)

        def pw():
            r = a ** b
            return 'complex' if isinstance(r, complex) else fb(r)
        lines.append('\t'.join([fb(a), fb(b),
                                outcome(lambda: '%s %s' % tuple(map(fb, divmod(a, b)))),
                                outcome(lambda: fb(a // b)), outcome(lambda: fb(a % b)),
                                outcome(lambda: fb(a / b)), outcome(pw)]))
    write('float_ops', lines)


def gen_hash_ratio():
    lines = []
    for _ in range(700 * SCALE):
        x = random_float()
        if math.isnan(x):
            x = 1.0
        lines.append('f\t%s\t%d\t%s\t%s' % (fb(x), hash(x),
                                              outcome(lambda: '%s %s' % tuple(map(ih, x.as_integer_ratio()))),
                                              outcome(lambda: ih(int(x)))))
    for _ in range(700 * SCALE):
        n = random_int()
        if rng.random() < 0.2:
            n = (2**61 - 1) * rng.randrange(-5, 5) + rng.randrange(-2, 3)
        lines.append('i\t%s\t%d' % (ih(n), hash(n)))
    write('hash_ratio', lines)


# ---------------------------------------------------------------- int text

def int_literal():
    kind = rng.randrange(10)
    n = random_int()
    if abs(n) > 10**200:
        n = rng.randrange(-10**30, 10**30)
    base = rng.choice([0, 0, 10, 10, 2, 8, 16, 36, 3, 7, 5, 32])
    if kind < 3:
        if base in (0, 10):
            s = str(n)
        else:
            s = format(n, {2: 'b', 8: 'o', 16: 'x'}.get(base, 'd'))
            if base not in (2, 8, 16):
                s = ''.join(rng.choice('0123456789abcdefghijklmnopqrstuvwxyz'[:base]) for _ in range(rng.randrange(1, 20)))
        return s, base
    if kind == 3:
        b = rng.choice([2, 8, 16])
        s = ('-' if n < 0 else '') + rng.choice(['0', '0']) + {2: 'b', 8: 'o', 16: 'x'}[b] + format(abs(n), {2: 'b', 8: 'o', 16: 'x'}[b])
        if rng.random() < 0.5:
            s = s.upper()
        return s, rng.choice([0, b, b, 10, 16])
    if kind == 4:
        s = str(abs(n))
        for _ in range(rng.randrange(1, 3)):
            i = rng.randrange(0, len(s) + 1)
            s = s[:i] + '_' + s[i:]
        return s, rng.choice([0, 10])
    if kind == 5:
        return rng.choice(['010', '00', '0_0', '000', '0_1', '0b', '0x', '0o', '0x_1f', '0x__1f',
                           '0_x1f', '0x1f_', ' 12 ', '\t-7\n', '+ 1', '- 1', '+-1', '', ' ',
                           '١٢', '１２', '12\u00a0', '1\x1c', '1\x00', '²', 'z', 'Z', '0z', '-0',
                           '+0', '0B101', '0O17', '0X1F', '1e5', '1.0', '0x', '_', '1__2', '12_',
                           '9' * 4300, '9' * 4301, '0' * 4301, ' ' + '1' * 4301 + ' ', '1' * 4301 + 'x',
                           'f' * 5000, '1' * 5000, '0x' + 'f' * 5000, '7' * 4400]), rng.choice([0, 10, 16, 2, 8, 36])
    if kind == 6:
        return ''.join(rng.choice('0123456789abcxob_ -+') for _ in range(rng.randrange(1, 8))), rng.choice([0, 10, 16, 2, 8, 36, 12])
    if kind == 7:
        return rng.choice([' ', '\u3000', '']) + str(n) + rng.choice([' ', '\u2029', '\x85', '']), base if base in (0, 10) else 10
    if kind == 8:
        return ''.join(rng.choice('0١۲३৪５') for _ in range(rng.randrange(1, 8))), rng.choice([0, 10, 16])
    return str(n), rng.choice([1, 37, -1, 100, 10])


def gen_parse_int():
    lines = []
    for _ in range(1500 * SCALE):
        s, base = int_literal()
        result = outcome(lambda: int(s, base), ih)
        shown = esc(repr(s)) if result.startswith('!') else '-'
        lines.append('%s\t%d\t%s\t%s' % (esc(s), base, shown, result))
    write('parse_int', lines)


def gen_int_str():
    lines = []
    for _ in range(600 * SCALE):
        n = random_int()
        if abs(n) > 2**2000:
            lines.append('%s\t%s\t-\t-\t-' % (ih(n), outcome(lambda: str(n))))
        else:
            lines.append('%s\t%s\t%s\t%s\t%s' % (ih(n), outcome(lambda: str(n)), bin(n), oct(n), hex(n)))
    for n in [10**4299, 10**4300 - 1, 10**4300, -10**4300, 2**14284, 2**14285, 2**14287]:
        lines.append('%s\t%s\t%s\t%s\t%s' % (ih(n), outcome(lambda: str(n)), '-', '-', '-'))
    write('int_str', lines)


# ---------------------------------------------------------------- format specs

def random_spec(types):
    if rng.random() < 0.06:
        return ''.join(rng.choice('<>=^+- z#0123456789,_.dfsxXn%eEgGbco\u0661é\x01') for _ in range(rng.randrange(0, 7)))
    parts = []
    r = rng.random()
    if r < 0.25:
        parts.append(rng.choice(['x', '*', '0', ' ', '€', '{', '<', '=', '\U0001F600']) + rng.choice('<>^='))
    elif r < 0.5:
        parts.append(rng.choice('<>^='))
    parts.append(rng.choice(['', '', '', '+', '-', ' ']))
    parts.append(rng.choice(['', '', '', '', 'z']))
    parts.append(rng.choice(['', '', '', '#']))
    parts.append(rng.choice(['', '', '', '0']))
    parts.append(rng.choice(['', '', str(rng.randrange(0, 30)), str(rng.randrange(0, 8)), '\u0661\u0662']))
    r = rng.random()
    parts.append('' if r < 0.6 else ',' if r < 0.78 else '_' if r < 0.97 else rng.choice([',_', '_,']))
    if rng.random() < (0.12 if types is INT_TYPES else 0.7):
        parts.append(rng.choice(['.0', '.1', '.2', '.3', '.6', '.10', '.17', '.25', '.60']))
    elif rng.random() < 0.02:
        parts.append('.')
    parts.append(rng.choice(types))
    return ''.join(parts)


FLOAT_TYPES = ['', '', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'd', 'x', 's', 'c']
INT_TYPES = ['', '', 'd', 'd', 'd', 'b', 'o', 'x', 'x', 'X', 'n', 'c', 'e', 'f', 'g', '%', 'E', 'G', 'F', 's']
STR_TYPES = ['', '', '', 's', 's', 'd', 'f']


def gen_format():
    lines = []
    for _ in range(2600 * SCALE):
        x = random_float()
        spec = random_spec(FLOAT_TYPES)
        lines.append('f\t%s\t%s\t%s' % (fb(x), esc(spec), outcome(lambda: format(x, spec))))
    special = ['', '.0', '.1', '.2', '.3', '.6', '.17', '.20', 'e', '.3e', 'g', '.10g', '#g',
               '#.0f', '#', '#.0', 'z.1f', 'z', '%', '.0%', 'n', ',.2f', '_', '012,.3f', '0=12',
               '+', ' ', '=+12', '^12', '<12', '.0e', '#.0e', '.30f', '.30e', '.30g', '.50']
    for _ in range(1200 * SCALE):
        x = random_float()
        spec = rng.choice(special)
        lines.append('f\t%s\t%s\t%s' % (fb(x), esc(spec), outcome(lambda: format(x, spec))))
    write('format_float', lines)
    lines = []
    for _ in range(2200 * SCALE):
        n = random_int()
        spec = random_spec(INT_TYPES)
        if abs(n) > 10**5000:
            continue
        lines.append('i\t%s\t%s\t%s' % (ih(n), esc(spec), outcome(lambda: format(n, spec))))
    for _ in range(150 * SCALE):
        b = rng.random() < 0.5
        spec = random_spec(INT_TYPES)
        lines.append('b\t%d\t%s\t%s' % (b, esc(spec), outcome(lambda: format(b, spec))))
    words = ['', 'a', 'abc', 'héllo', '日本語', 'x' * 40, '\U0001F600!', 'tab\there', 'Zeta ']
    for _ in range(700 * SCALE):
        s = rng.choice(words)
        spec = random_spec(STR_TYPES)
        lines.append('s\t%s\t%s\t%s' % (esc(s), esc(spec), outcome(lambda: format(s, spec))))
    extra = [('i', 5, '99999999999999999999'), ('f', 1.0, '.99999999999'),
             ('f', 1.0, '.2147483648f'), ('f', 1.0, '.2147483647f'), ('i', 10**400, 'f'),
             ('i', 2**70, 'c'), ('i', -1, 'c'), ('i', 0xd7ff, 'c'), ('i', 10**5000, ','),
             ('i', 10**5000, 'x'), ('s', 'ab', '.99999999999999999999'), ('s', 'ab', '.1000000000000')]
    for kind, v, spec in extra:
        if kind == 'i':
            lines.append('i\t%s\t%s\t%s' % (ih(v), esc(spec), outcome(lambda: format(v, spec))))
        elif kind == 'f':
            lines.append('f\t%s\t%s\t%s' % (fb(v), esc(spec), outcome(lambda: format(v, spec))))
        else:
            lines.append('s\t%s\t%s\t%s' % (esc(v), esc(spec), outcome(lambda: format(v, spec))))
    write('format_other', lines)


# ---------------------------------------------------------------- percent

def random_percent():
    flags = ''.join(rng.choice(['', '', '-', '+', ' ', '#', '0']) for _ in range(rng.randrange(0, 3)))
    width = rng.choice(['', '', str(rng.randrange(0, 25)), '*'])
    prec = rng.choice(['', '', '.', '.0', '.1', '.3', '.6', '.12', '.*', '.25'])
    length = rng.choice(['', '', '', '', 'l', 'h', 'L'])
    return flags + width + prec + length


def gen_percent():
    lines = []
    for _ in range(2600 * SCALE):
        spec = random_percent()
        kind = rng.randrange(4)
        if kind == 0:
            conv, v, tag = rng.choice('diuoxX'), random_int(), 'i'
            if abs(v) > 10**5000:
                v = 7
            vs = ih(v)
        elif kind == 1:
            conv, v, tag = rng.choice('eEfFgG'), random_float(), 'f'
            vs = fb(v)
        elif kind == 2:
            conv, v, tag = 'c', rng.choice([65, 0x20ac, 0x1f600, 0x110000, -1, 0, 10]), 'c'
            vs = ih(v)
        else:
            conv, v, tag = rng.choice('sra'), rng.choice(['', 'abc', 'héllo', 'x' * 30]), 's'
            vs = esc({'s': str, 'r': repr, 'a': ascii}[conv](v))
        stars = [rng.randrange(-20, 20) for _ in range(spec.count('*'))]
        fmt = '%' + spec + conv
        args = tuple(stars) + (v,)
        lines.append('%s\t%s\t%s\t%s\t%s' % (tag, esc(fmt), ' '.join(map(str, stars)), vs,
                                             outcome(lambda: fmt % args)))
    for fmt, args in [('%.2147483647d', (1,)), ('%.99999999999f', (1.0,)),
                      ('%99999999999999999999d', (1,)), ('%5', (1,)), ('%.', (1,)), ('%-', (1,)),
                      ('%5l', (1,)), ('%y', (1,)), ('%\xe9', (1,)), ('%5%', (1,)),
                      ('%(a', {'a': 1}), ('%(a)+05d', {'a': 7}), ('%.*f', (2**31, 1.0)), ('%.*f', (-2**31 - 1, 1.0)),
                      ('%.*f', (-2**31, 1.0))]:
        stars, v = ([], args['a']) if isinstance(args, dict) else (list(args[:-1]), args[-1])
        tag, vs = ('i', ih(v)) if isinstance(v, int) else ('f', fb(v))
        lines.append('%s\t%s\t%s\t%s\t%s' % (tag, esc(fmt), ' '.join(map(str, stars)), vs,
                                             outcome(lambda: fmt % args)))
    write('percent', lines)


os.makedirs(OUT, exist_ok=True)
gen_repr()
gen_parse_float()
gen_round()
gen_hex()
gen_ops()
gen_hash_ratio()
gen_parse_int()
gen_int_str()
gen_format()
gen_percent()
