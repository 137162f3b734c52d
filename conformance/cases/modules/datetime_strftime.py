# strftime, strptime and isoformat on fixed datetimes produce stable formatted strings.
from datetime import datetime, date, time, timedelta

dt = datetime(2024, 3, 9, 14, 5, 7)
print(dt, dt.isoformat(), dt.date(), dt.time())
print(dt.strftime("%Y-%m-%d %H:%M:%S"), dt.strftime("%d/%m/%y %I:%M %p"))
print(dt.strftime("%A %B %d, %Y"), dt.strftime("%a %b %j"))
print(f"{dt:%H:%M}", f"{date(2024, 1, 5):%Y%m%d}")
parsed = datetime.strptime("2023-11-30 23:59", "%Y-%m-%d %H:%M")
print(parsed, parsed + timedelta(minutes=2))
print(datetime.fromisoformat("2024-07-01T08:30:00") - datetime(2024, 6, 30, 20, 0))
print(time(9, 30).strftime("%H:%M"), time(23, 59, 59).isoformat(), datetime.combine(date(2024, 1, 1), time(12)))
print(dt.replace(hour=0, minute=0, second=0), dt.year, dt.month, dt.day, dt.hour)
log = ["2024-03-09 10:00", "2024-03-08 09:30", "2024-03-09 08:15"]
print(sorted(log, key=lambda s: datetime.strptime(s, "%Y-%m-%d %H:%M")))
try:
    datetime.strptime("2024/03/09", "%Y-%m-%d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    datetime(2024, 13, 1)
except ValueError as e:
    print(type(e).__name__, e)
