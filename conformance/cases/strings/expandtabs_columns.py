# expandtabs aligns to tab stops, resets the column after newlines and handles odd tab sizes.
s = "a\tbb\tccc\tdddddddd\te"
for size in [8, 4, 1, 0, -3]:
    print(size, repr(s.expandtabs(size)))
print(repr("x\ty\nab\tz\r\tq".expandtabs(4)), repr("\t".expandtabs()), repr("é\tx".expandtabs(3)))
table = "name\tqty\nwidget\t3\nsprocket-xl\t12"
print(table.expandtabs(8))
print(repr("a\tb".expandtabs(tabsize=2)))
try:
    "a\tb".expandtabs(2.0)
except TypeError as e:
    print(type(e).__name__, e)
