# A subclass inherits methods, can override them, and base methods dispatch to overrides through self.
class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def describe(self):
        return f"{type(self).__name__}: {self.speak()}"

class Dog(Animal):
    sound = "woof"

class Cat(Animal):
    sound = "meow"

    def speak(self):
        return Animal.speak(self).upper()

class Kitten(Cat):
    def describe(self):
        return "tiny " + super().describe()

for a in [Animal("generic"), Dog("Rex"), Cat("Tom"), Kitten("Bit")]:
    print(a.describe())
print(Dog.speak is Animal.speak, Cat.speak is Animal.speak)
print(Kitten.__bases__, Kitten.__base__.__name__)
print(issubclass(Kitten, Animal), isinstance(Kitten("k"), Dog))
print("speak" in Cat.__dict__, "speak" in Dog.__dict__)
