# An async comprehension in a plain function is a SyntaxError naming the problem.
async def source():
    yield 1

def collect():
    return [x async for x in source()]

print("never runs")
