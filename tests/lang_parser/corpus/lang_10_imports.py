import asyncio
import os.path
import collections.abc as cabc
import sys, time as t, json
from functools import partial
from functools import partial as p, reduce
from contextlib import (
    asynccontextmanager,
    contextmanager as cm,
)
from itertools import (chain)
from os import *
from . import sibling
from .package import module
from .. import parent
from ...deep.module import name as alias
from .... import four
