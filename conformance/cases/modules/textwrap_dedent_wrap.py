# textwrap.dedent, wrap, fill, indent and shorten reformat paragraphs deterministically.
import textwrap

block = """
    def hello():
        print("hi")

    hello()
"""
print(textwrap.dedent(block))
text = "The quick brown fox jumps over the lazy dog and keeps running far away."
print(textwrap.wrap(text, width=20))
print(textwrap.fill(text, width=30))
print(textwrap.fill(text, width=25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.indent("line one\n\nline two", "> "))
print(textwrap.indent("a\n\nb", "+ ", predicate=lambda line: True))
print(textwrap.shorten("Hello  there   general Kenobi", width=20))
print(textwrap.shorten("short", width=20), textwrap.wrap(""), textwrap.wrap("supercalifragilistic", 8))
print(repr(textwrap.dedent("  a\n    b\n  c")))
try:
    textwrap.wrap("x", width=0)
except ValueError as e:
    print(type(e).__name__, e)
