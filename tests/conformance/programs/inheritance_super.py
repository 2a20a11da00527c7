import asyncio


class Animal:
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    async def speak(self):
        await asyncio.sleep(0.1)
        return f"{self.name} makes a sound"

    def __str__(self):
        return f"{type(self).__name__}({self.name})"


class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed

    async def speak(self):
        base = await super().speak()
        return base.replace("a sound", "woof") + f" [{self.breed}]"


class Puppy(Dog):
    async def speak(self):
        return (await super().speak()).upper()


class Robot:
    async def speak(self):
        return "beep"


class RoboDog(Robot, Dog):
    def __init__(self):
        Dog.__init__(self, "K9", "metal")


async def main():
    zoo = [Animal("generic"), Dog("Rex", "lab"), Puppy("Bit", "pug"), RoboDog()]
    lines = await asyncio.gather(*(a.speak() for a in zoo))
    for a, line in zip(zoo, lines):
        print(f"{str(a):<18} -> {line}")
    print(Animal.count, [c.__name__ for c in RoboDog.__mro__])
    print(isinstance(zoo[2], Dog), issubclass(Puppy, Animal), issubclass(Robot, Animal))
    print(Puppy.__bases__, Dog.speak is Animal.speak, hasattr(zoo[1], "breed"))
    print(getattr(zoo[0], "breed", "n/a"), vars(zoo[1]))
    print(type(zoo[3]).__mro__[1].__name__)
    print(zoo[0].breed)


asyncio.run(main())
