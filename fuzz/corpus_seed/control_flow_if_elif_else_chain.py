# An if/elif/else chain picks exactly the first true branch, including boundary values.
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score < 0:
        return "invalid"
    else:
        return "F"

for s in [100, 90, 89, 80, 79.5, 70, 69, 0, -1]:
    print(s, grade(s))

def sign(x):
    if x > 0:
        result = "positive"
    elif x == 0:
        result = "zero"
    else:
        result = "negative"
    return result

print([sign(v) for v in (3, 0, -2, 0.0, -0.0)])
x = 5
if x:
    print("if without else ran")
if not x:
    print("never")
elif x == 5:
    print("elif without else ran")
