# Iterating over strings with for, enumerate, zip, reversed, iter/next, ending in StopIteration.
word = "naïve"
for i, ch in enumerate(word):
    print(i, ch, ch.isascii())
print(list("abc"), tuple("hé"), [c * 2 for c in "xyz"], list(reversed("abc")), list(zip("ab", "xyz")))
print(sorted(set("mississippi")), dict.fromkeys("hello"), "".join(c for c in "a1b2c3" if c.isdigit()))
def first_vowels(text, n):
    it = iter(c for c in text if c in "aeiou")
    return [next(it) for _ in range(n)]
print(first_vowels("education", 5))
print(first_vowels("rhythm and", 3))
