# An instance's __dict__ holds its own attributes in insertion order and reflects setattr/delattr changes.
class User:
    role = "member"

    def __init__(self, name, age):
        self.name = name
        self.age = age

u = User("zoe", 31)
print(u.__dict__)
u.email = "z@example.org"
print(list(u.__dict__))
u.__dict__["nickname"] = "Z"
print(u.nickname)
del u.age
print(u.__dict__)
print(vars(u) is u.__dict__, "role" in u.__dict__, u.role)
setattr(u, "score", 10)
print(getattr(u, "score"), getattr(u, "missing", "default"), hasattr(u, "age"))
u.__dict__.update(age=32, role="admin")
print(u.age, u.role, User.role)
snapshot = dict(vars(u))
u.name = "changed"
print(snapshot["name"], u.name)
print({k: v for k, v in vars(u).items() if isinstance(v, str)})
class Empty:
    pass
print(Empty().__dict__)
