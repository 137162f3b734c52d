# isinstance and issubclass accept classes or (nested) tuples of classes and reject non-class arguments.
class Vehicle: pass
class Car(Vehicle): pass
class Truck(Vehicle): pass
class Boat: pass

c = Car()
print(isinstance(c, Car), isinstance(c, Vehicle), isinstance(c, Truck))
print(isinstance(c, (Truck, Boat)), isinstance(c, (Boat, Vehicle)))
print(isinstance(c, (Boat, (Truck, (Car,)))))
print(isinstance(c, ()), issubclass(Car, ()))
print(issubclass(Car, Car), issubclass(Car, Vehicle), issubclass(Vehicle, Car))
print(issubclass(Truck, (Boat, Car)), issubclass(Truck, (Boat, object)))
print(isinstance(True, int), isinstance(1, (str, float)), issubclass(bool, (int,)))
print(isinstance(Car, type), isinstance(c, object), issubclass(type, object))
things = [Car(), Boat(), Truck(), 3, "s"]
print([type(t).__name__ for t in things if isinstance(t, Vehicle)])
for args in [(c, "Car"), (c, (Car, 1)), ]:
    try:
        isinstance(*args)
    except TypeError as e:
        print(type(e).__name__, e)
for args in [(c, Car), ("x", str), (Car, [Vehicle])]:
    try:
        issubclass(*args)
    except TypeError as e:
        print(type(e).__name__, e)
