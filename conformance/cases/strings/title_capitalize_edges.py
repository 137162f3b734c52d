# title() and capitalize() around apostrophes, digits, hyphens and special Unicode letters.
for s in ["they're bill's friends", "hello-world 3rd place", "hELLO wORLD", "ß is sharp", "ﬁsh ﬂy", "ǆemal ǳ", "123abc", "", "élan vital", "o'neil mcdonald"]:
    print(repr(s.title()), repr(s.capitalize()), s.title().istitle())
print("ΣΑΣ".title(), "ÀB".capitalize(), "i̇stanbul".title(), len("ß".upper()), len("ﬃ".upper()))
headline = "the QUICK brown fox's 2nd jump"
print(headline.title(), "|", " ".join(w.capitalize() for w in headline.split()))
