# heapq maintains a min-heap for push/pop, heapify, nsmallest/nlargest and merge; popping an empty heap fails.
import heapq

heap = []
for x in [5, 1, 8, 3, 2, 9]:
    heapq.heappush(heap, x)
print(heap[0], [heapq.heappop(heap) for _ in range(3)], heap[0])
data = [7, 2, 9, 4, 1]
heapq.heapify(data)
print(data[0], sorted(data) == [1, 2, 4, 7, 9])
print(heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), data[0])
print(heapq.nsmallest(2, [5, 1, 4, 2]), heapq.nlargest(3, "hello"))
scores = {"ann": 88, "bob": 95, "cy": 70, "di": 95}
print(heapq.nlargest(2, scores, key=scores.get))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))
tasks = []
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks)[1] for _ in range(len(tasks))])

def run_next(queue):
    return heapq.heappop(queue)[1]

def drain(queue, n):
    return [run_next(queue) for _ in range(n)]

print(drain([(1, "a"), (2, "b")], 2))
print(drain([(1, "only")], 2))
