# A string literal missing its closing quote is an unterminated string literal error.
names = ["ann", "bo"]
print("names loaded")
greeting = "hello
for n in names:
    print(greeting, n)
