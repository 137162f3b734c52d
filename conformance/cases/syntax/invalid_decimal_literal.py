# A number immediately followed by letters is rejected with "invalid decimal literal".
print("start")
width = 10
height = 20
area = width * height
scale = 2x
print(area * scale)
