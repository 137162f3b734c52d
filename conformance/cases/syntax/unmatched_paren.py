# An extra closing parenthesis is rejected with "unmatched ')'".
def area(w, h):
    return w * h

print("start")
result = area(3, 4))
print(result)
