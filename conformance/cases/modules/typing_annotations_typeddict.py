# Typing annotations like Optional, List, Dict and Union are accepted at runtime; TypedDict makes plain dicts.
from typing import Optional, List, Dict, Union, Any, TypedDict, Callable

def find(names: List[str], target: str) -> Optional[int]:
    for i, n in enumerate(names):
        if n == target:
            return i
    return None

def tally(words: List[str]) -> Dict[str, int]:
    out: Dict[str, int] = {}
    for w in words:
        out[w] = out.get(w, 0) + 1
    return out

def apply(fn: Callable[[int], int], x: Union[int, float]) -> Any:
    return fn(x)

print(find(["a", "b"], "b"), find([], "z"), tally(["x", "y", "x"]), apply(lambda v: v * 3, 4))
print(find.__annotations__)
print(Optional[int], List[str], Union[int, str], Dict[str, List[int]])

class Movie(TypedDict):
    title: str
    year: int

m = Movie(title="Alien", year=1979)
print(m, type(m).__name__, m["year"])
m2: Movie = {"title": "Heat", "year": "not checked"}
print(m2["year"], Movie.__required_keys__ == {"title", "year"})
counter: int = "annotations are not enforced"
print(counter)
