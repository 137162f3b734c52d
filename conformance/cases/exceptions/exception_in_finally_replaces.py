# An exception raised in finally replaces the one in flight; uncaught, both print with the original as context.
def close_connection(conn):
    if conn["broken"]:
        raise ConnectionError(f"could not close {conn['name']}")
    conn["open"] = False

def query(conn, sql):
    try:
        if "DROP" in sql:
            raise PermissionError(f"refusing to run {sql!r}")
        return f"{conn['name']}: {sql}"
    finally:
        close_connection(conn)

print(query({"name": "db1", "broken": False}, "SELECT 1"))
print(query({"name": "db2", "broken": True}, "DROP TABLE users"))
