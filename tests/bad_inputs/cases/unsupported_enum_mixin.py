from enum import Enum


class Weight(float, Enum):
    LIGHT = 0.5
    HEAVY = 20.0


print(Weight.LIGHT)
