# raise ... from None in an uncaught exception prints only the final traceback, hiding the context.
class MissingField(Exception):
    pass

def get_field(record, name):
    try:
        return record[name]
    except KeyError:
        raise MissingField(f"record is missing {name!r}") from None

def summarize(record):
    return f"{get_field(record, 'name')} ({get_field(record, 'age')})"

print(summarize({"name": "ann", "age": 31}))
print(summarize({"name": "bo"}))
