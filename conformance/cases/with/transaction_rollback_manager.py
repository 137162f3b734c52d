# A Transaction context manager commits changes on success and rolls back a dict store on error.
class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        self.pending = {}
        return self.pending
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.store.update(self.pending)
            print("commit", sorted(self.pending))
        else:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rollback due to", exc_type.__name__, exc)
        return exc_type is ValueError

def transfer(store, src, dst, amount):
    with Transaction(store) as tx:
        if amount <= 0:
            raise ValueError(f"invalid amount {amount}")
        store["audit"] = store.get("audit", 0) + 1
        tx[src] = store[src] - amount
        tx[dst] = store[dst] + amount

accounts = {"alice": 100, "bob": 50}
transfer(accounts, "alice", "bob", 30)
print(accounts)
transfer(accounts, "bob", "alice", -5)
print(accounts)
transfer(accounts, "alice", "dave", 10)
