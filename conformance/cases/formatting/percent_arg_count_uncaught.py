# A printf-style log helper given too many arguments raises TypeError from nested calls.
def log_line(level, fmt, *args):
    return "[%-5s] " % level + fmt % args

def log_all(entries):
    return [log_line(*e) for e in entries]

for line in log_all([("INFO", "started %s workers", 4), ("WARN", "%d%% disk used on %r", 91, "/var"), ("DEBUG", "no args")]):
    print(line)
print(log_all([("ERROR", "failed: %s", "timeout", "extra")]))
