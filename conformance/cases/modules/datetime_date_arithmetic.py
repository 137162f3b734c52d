# date and timedelta arithmetic on fixed dates, including month ends, leap years and comparisons.
from datetime import date, timedelta

start = date(2024, 2, 27)
for i in range(4):
    d = start + timedelta(days=i)
    print(d, d.weekday(), d.isoformat())
print(date(2024, 3, 1) - date(2024, 2, 1), (date(2023, 3, 1) - date(2023, 2, 1)).days)
print(date(2025, 1, 1) - timedelta(weeks=1), date(2000, 1, 1).toordinal())
delta = timedelta(days=1, hours=5, minutes=30)
print(delta, delta.total_seconds(), delta * 2, -delta)
print(timedelta(hours=36), timedelta(seconds=90), timedelta(days=7) // timedelta(days=2))
print(date(2024, 5, 1) < date(2024, 12, 1), max(date(2020, 1, 1), date(2019, 12, 31)))
print(date(2024, 1, 31).replace(day=15), date.fromisoformat("2023-07-04").year)
print(repr(date(2024, 1, 2)), repr(timedelta(days=2, seconds=3)))
due = date(2024, 12, 25)
print((due - date(2024, 12, 1)).days, "days until", due.strftime("%A"))

def make_date(y, m, d):
    return date(y, m, d)

def parse(text):
    return make_date(*map(int, text.split("-")))

print(parse("2024-02-29"))
print(parse("2023-02-29"))
