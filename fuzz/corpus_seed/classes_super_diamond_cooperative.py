# In a diamond, cooperative super() calls follow the MRO so each class's method runs exactly once.
class Base:
    def __init__(self, **kw):
        print("Base", sorted(kw))
        self.log = ["Base"]

    def save(self):
        return ["Base.save"]

class Timestamped(Base):
    def __init__(self, stamp=0, **kw):
        super().__init__(**kw)
        self.stamp = stamp
        self.log.append("Timestamped")

    def save(self):
        return ["Timestamped.save"] + super().save()

class Validated(Base):
    def __init__(self, strict=False, **kw):
        super().__init__(**kw)
        self.strict = strict
        self.log.append("Validated")

    def save(self):
        return ["Validated.save"] + super().save()

class Model(Timestamped, Validated):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Model")

    def save(self):
        return ["Model.save"] + super().save()

m = Model(stamp=5, strict=True)
print(m.log, m.stamp, m.strict)
print(m.save())
print([c.__name__ for c in Model.__mro__])
print(Validated().save())
