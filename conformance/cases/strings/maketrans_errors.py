# str.maketrans forms and their error messages; translate with multi-character replacements.
print(str.maketrans("ab", "xy") == {97: 120, 98: 121}, str.maketrans({"a": "AA", 98: None, "c": 67}))
print("abc-abc".translate(str.maketrans({"a": "AA", "b": None})), "abc".translate({97: 98, 98: 99, 99: 100}))
print("hello".translate({}), "hello".translate(str.maketrans("", "", "lo")), "tab\there".translate({9: " -> "}))
calls = [lambda: str.maketrans("abc", "xy"), lambda: str.maketrans({"ab": "x"}), lambda: str.maketrans("a"),
         lambda: str.maketrans({1.5: "x"}), lambda: "a".translate({97: 3.5}), lambda: "a".translate({97: 0x110000})]
for call in calls:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
