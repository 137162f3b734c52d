# An if statement without its trailing colon is rejected with "expected ':'".
def classify(n):
    if n > 0
        return "positive"
    return "non-positive"

print("this never runs")
print(classify(3))
