# casefold() versus lower() for caseless matching, and Greek final sigma lowering.
pairs = [("Straße", "STRASSE"), ("ﬁle", "FILE"), ("Café", "CAFÉ"), ("µ", "Μ"), ("İ", "i")]
for a, b in pairs:
    print(a, b, a.lower() == b.lower(), a.casefold() == b.casefold(), a.casefold(), b.casefold())
print("ΟΔΟΣ".lower(), "ΣΑΣ ΜΑΣ".lower(), "Σ".lower(), "AΣ.".lower(), "ΣA".lower())
print("ǅ".lower(), "ǅ".upper(), "ǅ".casefold(), "ß".upper(), "ŉ".upper(), "ﬀ".casefold())
names = ["bob", "Alice", "Carol", "alice", "BOB", "émile"]
print(sorted(names), sorted(names, key=str.casefold))
