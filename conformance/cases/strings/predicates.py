# is* predicates on ASCII and Unicode text.
for s in ["abc", "ABC", "Abc Def", "123", "½", "²", "٣", " \t", "", "a1", "_x1", "1x"]:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isidentifier())
