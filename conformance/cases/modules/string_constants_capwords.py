# string module constants, capwords and Template substitution including missing-key errors.
import string

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace))
print(string.capwords("hello   wide world"), "|", string.capwords("o'neil and mc-donald"))
print(string.capwords("a-b-c", "-"), "hello   wide world".title())
password = "Abc123!x"
checks = {
    "upper": any(c in string.ascii_uppercase for c in password),
    "digit": any(c in string.digits for c in password),
    "punct": any(c in string.punctuation for c in password),
}
print(checks)
print("".join(c for c in "Hello, World! 42" if c not in string.punctuation))
t = string.Template("$user bought ${qty}x $item for $$${price}")
print(t.substitute(user="ann", qty=3, item="pens", price="4.50"))
print(t.safe_substitute(user="bob"))
try:
    t.substitute(user="cy")
except KeyError as e:
    print(type(e).__name__, e)
