"""A faster constructor for the frozen records made once or more per quotation."""

# A frozen dataclass's generated __init__ sets each field through `object.__setattr__`, which
# looks the field's descriptor up on the class at every call: with ~30,000 records per megabyte
# of quotations that was a tenth of `find_quotes`. The __init__ made here calls each slot's own
# descriptor, looked up once (half the cost), or, for a record without slots, stores the fields
# in its dict, as unpickling does. Same state; the frozen __setattr__, eq and hash stay.

from __future__ import annotations

import dataclasses
from typing import TypeVar

T = TypeVar("T")


def quick_init(cls: type[T]) -> type[T]:
    """`cls`, a frozen dataclass of plain fields, with an __init__ that sets them directly."""
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    plain = all(f.init and f.default_factory is dataclasses.MISSING for f in fields)
    if not plain or hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}: only plain fields with plain defaults are supported")
    namespace: dict[str, object] = {f"_default_{f.name}": f.default for f in fields}
    slots = "__slots__" in vars(cls)
    if slots:
        namespace |= {f"_set_{f.name}": getattr(cls, f.name).__set__ for f in fields}
        stores = [f"    _set_{f.name}(self, {f.name})" for f in fields]
    else:  # a record read rarely: a dict filled at once (reads of a used dict are slower)
        stores = ["    values = self.__dict__"]
        stores += [f"    values[{f.name!r}] = {f.name}" for f in fields]
    parameters = ", ".join(
        f.name if f.default is dataclasses.MISSING else f"{f.name}=_default_{f.name}"
        for f in fields
    )
    # generated as dataclasses generates its own: one function with the fields' own signature
    source = f"def __init__(self, {parameters}):\n" + "\n".join(stores) + "\n"
    exec(source, namespace)  # source: the field names above
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"  # type: ignore[attr-defined]
    setattr(cls, "__init__", init)  # noqa: B010 - mypy forbids assigning to a method
    return cls
