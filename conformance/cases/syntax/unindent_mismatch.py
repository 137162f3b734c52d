# Dedenting to a column that matches no enclosing block raises "unindent does not match any outer indentation level".
# xfail: output differs from CPython at line 2 (got:   File "syntax/unindent_mismatch.py", line 6, column 7)
def describe(x):
    if x:
        label = "truthy"
      label = label.upper()
    return label

print("start")
print(describe(1))
