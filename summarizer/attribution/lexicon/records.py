"""A faster constructor for the frozen records made once or more per quotation."""

# A frozen dataclass's generated __init__ sets each field through `object.__setattr__`, which
# looks the field's descriptor up on the class at every call: with ~30,000 records per megabyte
# of quotations that was a tenth of `find_quotes`. The __init__ made here calls each slot's own
# descriptor, looked up once (half the cost), or, for a record without slots, stores the fields
# in its dict, as unpickling does. Same state; the frozen __setattr__, eq and hash stay.

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

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
    setattr(cls, "__replace__", _replacer(cls, [f.name for f in fields]))  # noqa: B010
    return cls


# `dataclasses.replace` checks each field by name and builds keyword arguments for __init__: five
# constructor calls' cost, at most quotations. This is one call, its arguments positional.
def _replacer(cls: type, names: list[str]) -> object:
    """A `__replace__` for `cls` that passes each field given as it is and every other from self."""
    keys = ", ".join(f"{name}=_keep" for name in names)
    values = ", ".join(f"self.{name} if {name} is _keep else {name}" for name in names)
    namespace: dict[str, object] = {"_keep": object(), "_cls": cls}
    source = f"def __replace__(self, *, {keys}):\n    return _cls({values})\n"
    exec(source, namespace)  # source: the field names of the dataclass
    replace = namespace["__replace__"]
    replace.__qualname__ = f"{cls.__qualname__}.__replace__"  # type: ignore[attr-defined]
    return replace


def recast(record: T, **changes: Any) -> T:
    """`dataclasses.replace(record, **changes)` for a `quick_init` record: one constructor call."""
    return record.__replace__(**changes)  # type: ignore[attr-defined, no-any-return]
