#pragma once
// random.Random instances, shared by the two files of the random module.

#include "core/object.h"
#include "core/slots.h"
#include "text/py_random.h"

namespace aw::py {

TypeObject *randomType();

class RandomObject : public Object {
public:
    explicit RandomObject(TypeObject *cls) : Object(cls), generator(0) {}
    text::PyRandom generator;
};

// Methods defined in module_random_sampling.cpp.
Value randomChoices(const Value &self, const CallArgs &args);
Value randomSample(const Value &self, const CallArgs &args);
// gammavariate, betavariate, lognormvariate, paretovariate, weibullvariate.
void defineDistributionMethods(TypeObject *type);

} // namespace aw::py
