# Dedenting to a column that matches no enclosing block raises "unindent does not match any outer indentation level".
def describe(x):
    if x:
        label = "truthy"
      label = label.upper()
    return label

print("start")
print(describe(1))
