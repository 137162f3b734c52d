# A call with a missing argument inside nested helpers ends with an uncaught TypeError.
def area(width, height):
    return width * height

def room_area(room):
    dims = room["dims"]
    return area(*dims)

def house_area(rooms):
    return sum(room_area(r) for r in rooms)

print(house_area([{"dims": (3, 4)}, {"dims": [2, 5]}]))
print(house_area([{"dims": (3, 4)}, {"dims": (7,)}]))
