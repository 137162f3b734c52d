"""Terrarium's string: the character-class constants and capwords."""

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


class Template:
    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _render(self, mapping, safe):
        out = []
        s = self.template
        i = 0
        while i < len(s):
            c = s[i]
            if c != "$":
                out.append(c)
                i += 1
                continue
            if s.startswith("$$", i):
                out.append("$")
                i += 2
                continue
            j = i + 1
            braced = j < len(s) and s[j] == "{"
            if braced:
                end = s.find("}", j)
                name = s[j + 1:end] if end != -1 else ""
                next_i = end + 1
            else:
                k = j
                while k < len(s) and (s[k].isalnum() or s[k] == "_"):
                    k += 1
                name = s[j:k]
                next_i = k
            if not name or not (name[0].isalpha() or name[0] == "_"):
                if safe:
                    out.append("$")
                    i += 1
                    continue
                line = s.count("\n", 0, i) + 1
                col = i - (s.rfind("\n", 0, i) + 1) + 1
                raise ValueError(f"Invalid placeholder in string: line {line}, col {col}")
            if name in mapping:
                out.append(str(mapping[name]))
            elif safe:
                out.append(s[i:next_i])
            else:
                raise KeyError(name)
            i = next_i
        return "".join(out)

    def substitute(self, mapping=None, /, **kws):
        values = dict(mapping or {}, **kws)
        return self._render(values, False)

    def safe_substitute(self, mapping=None, /, **kws):
        values = dict(mapping or {}, **kws)
        return self._render(values, True)
