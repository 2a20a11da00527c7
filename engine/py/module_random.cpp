// The `random` module: random.Random over the text library's PyRandom (CPython's generator
// value for value), and the module functions as methods of one hidden instance, as
// random.py does. Unseeded generators start from seed 0 so that runs are reproducible (the
// reference harness seeds CPython with 0 too).

#include "args.h"
#include "bigint_value.h"
#include "builtins_support.h"
#include "module.h"
#include "module_random_support.h"
#include "protocol.h"
#include "text_bridge.h"

#include "core/containers.h"
#include "core/run_meter.h"
#include "core/str.h"

#include <array>
#include <cmath>

namespace aw::py {

namespace {

text::PyRandom &rng(const Value &self)
{
    return self.as<RandomObject>()->generator;
}

// Random.seed: ints by magnitude, str through SHA-512, None as 0, floats by their hash
// (taken as an unsigned machine word, as _randommodule.c does).
void seedFrom(text::PyRandom &r, const Value &a)
{
    if (a.isNone())
        r.seed(0);
    else if (isIntValue(a))
        r.seed(a.asInt());
    else if (auto *big = a.as<BigIntObject>())
        r.seedWords(big->value().magnitudeWords());
    else if (auto *s = a.as<StrObject>())
        r.seedBytes(s->utf8());
    else if (a.isFloat()) {
        const auto h = static_cast<uint64_t>(hash(a));
        const uint32_t words[] = {static_cast<uint32_t>(h), static_cast<uint32_t>(h >> 32)};
        r.seedWords(words);
    } else
        raise(builtin::TypeError(), "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
}

Value randomSeed(const Value &self, const CallArgs &args)
{
    auto a = parseArgs(args, "seed", {"a", "version"}, 0);
    seedFrom(rng(self), a[0]);
    return Value();
}

// randrange's arguments: integers, or integral floats (deprecated but accepted in 3.11).
int64_t rangeArgument(const Value &v, const char *what)
{
    if (isIntValue(v))
        return v.asInt();
    Value method;
    if (lookupSpecial(v, "__index__", method))
        return toInt(v);
    const Value asInt = call(Value(intType()), {v});
    if (!equals(asInt, v))
        raise(builtin::ValueError(), std::string("non-integer ") + what + " for randrange()");
    return asInt.asInt();
}

Value randomRandrange(const Value &self, const CallArgs &args)
{
    auto a = parseArgs(args, "randrange", {"start", "stop", "step"}, 1);
    const int64_t start = rangeArgument(a[0], "arg 1");
    if (a[1].isNone()) {
        if (a.wasGiven(2))
            raise(builtin::TypeError(), "Missing a non-None stop argument");
        return Value::integer(unwrap(rng(self).randrange(start)));
    }
    const int64_t stop = rangeArgument(a[1], "stop");
    const int64_t step = a.wasGiven(2) ? rangeArgument(a[2], "step") : 1;
    return Value::integer(unwrap(rng(self).randrange(start, stop, step)));
}

Value randomRandint(const Value &self, const CallArgs &args)
{
    auto a = parseArgs(args, "randint", {"a", "b"}, 2);
    const int64_t low = rangeArgument(a[0], "arg 1");
    const int64_t stop = rangeArgument(binary(a[1], Value::integer(1), BinaryOp::Add), "stop");
    return Value::integer(unwrap(rng(self).randrange(low, stop, 1)));
}

Value randomChoice(const Value &self, const CallArgs &args)
{
    auto a = parseArgs(args, "choice", {"seq"}, 1);
    const int64_t n = len(a[0]);
    const size_t index = unwrap(rng(self).choice(static_cast<size_t>(n)));
    return getItem(a[0], Value::integer(static_cast<int64_t>(index)));
}

Value randomShuffle(const Value &self, const CallArgs &args)
{
    auto a = parseArgs(args, "shuffle", {"x"}, 1);
    const Value &x = a[0];
    std::vector<Value> items;
    if (auto *l = x.as<ListObject>())
        items = l->items();
    else
        for (int64_t i = 0, n = len(x); i < n; ++i)
            items.push_back(getItem(x, Value::integer(i)));
    const std::vector<size_t> perm = rng(self).shuffle(items.size());
    std::vector<Value> shuffled;
    for (size_t i : perm)
        shuffled.push_back(items[i]);
    if (auto *l = x.as<ListObject>())
        l->items() = std::move(shuffled);
    else
        for (size_t i = 0; i < shuffled.size(); ++i)
            setItem(x, Value::integer(static_cast<int64_t>(i)), shuffled[i]);
    return Value();
}

Value randomGetrandbits(const Value &self, const CallArgs &args)
{
    const int64_t k = toInt(oneArg(args, "getrandbits"));
    if (k > 64) {
        RunMeter::reserve(static_cast<size_t>(k / 8));
        return intValue(BigInt::fromWords(rng(self).getrandbitsWords(static_cast<uint64_t>(k))));
    }
    const uint64_t bits = unwrap(rng(self).getrandbits(k));
    if (bits <= uint64_t(INT64_MAX))
        return Value::integer(static_cast<int64_t>(bits));
    const std::array<uint32_t, 2> words{static_cast<uint32_t>(bits), static_cast<uint32_t>(bits >> 32)};
    return intValue(BigInt::fromWords(words));
}

Value randomUniform(const Value &self, const CallArgs &args)
{
    auto a = parseArgs(args, "uniform", {"a", "b"}, 2);
    const Value r = Value::floating(rng(self).random());
    return binary(a[0], binary(binary(a[1], a[0], BinaryOp::Sub), r, BinaryOp::Mul), BinaryOp::Add);
}

Value randomTriangular(const Value &self, const CallArgs &args)
{
    auto a = parseArgs(args, "triangular", {"low", "high", "mode"}, 0);
    const double low = a.wasGiven(0) ? asDouble(a[0]) : 0.0;
    const double high = a.wasGiven(1) ? asDouble(a[1]) : 1.0;
    std::optional<double> mode;
    if (!a[2].isNone())
        mode = asDouble(a[2]);
    return Value::floating(rng(self).triangular(low, high, mode));
}

// gauss(mu=0.0, sigma=1.0) and normalvariate(): two optional real parameters.
template<double (text::PyRandom::*F)(double, double)>
Value normalLike(const Value &self, const CallArgs &args)
{
    auto a = parseArgs(args, "normalvariate", {"mu", "sigma"}, 0);
    const double mu = a.wasGiven(0) ? asDouble(a[0]) : 0.0;
    const double sigma = a.wasGiven(1) ? asDouble(a[1]) : 1.0;
    return Value::floating((rng(self).*F)(mu, sigma));
}

void defineRandomMethods(TypeObject *t)
{
    defineMethod(t, "seed", randomSeed);
    defineMethod(t, "__init__", randomSeed);
    defineMethod(t, "random", [](const Value &self, const CallArgs &args) {
        noArgs(args, "random");
        return Value::floating(rng(self).random());
    });
    defineMethod(t, "randrange", randomRandrange);
    defineMethod(t, "randint", randomRandint);
    defineMethod(t, "choice", randomChoice);
    defineMethod(t, "choices", randomChoices);
    defineMethod(t, "shuffle", randomShuffle);
    defineMethod(t, "sample", randomSample);
    defineMethod(t, "getrandbits", randomGetrandbits);
    defineMethod(t, "uniform", randomUniform);
    defineMethod(t, "triangular", randomTriangular);
    defineMethod(t, "gauss", normalLike<&text::PyRandom::gauss>);
    defineMethod(t, "normalvariate", normalLike<&text::PyRandom::normalvariate>);
    defineMethod(t, "expovariate", [](const Value &self, const CallArgs &args) {
        auto a = parseArgs(args, "expovariate", {"lambd"}, 1);
        return Value::floating(unwrap(rng(self).expovariate(asDouble(a[0]))));
    });
    defineDistributionMethods(t);
}

} // namespace

TypeObject *randomType()
{
    static TypeObject *const t = [] {
        TypeObject *type = makeBuiltinType("Random", "random", {});
        type->slots.newInstance = [](TypeObject *cls, const CallArgs &) { return Value(make<RandomObject>(cls)); };
        type->slots.init = [](const Value &self, const CallArgs &args) { randomSeed(self, args); };
        defineRandomMethods(type);
        return type;
    }();
    return t;
}

void initRandomModule(ModuleObject &m)
{
    const Value instance = call(Value(randomType()), {});
    m.set("Random", Value(randomType()));
    for (const auto &[name, method] : randomType()->ownAttrs()) {
        if (name.front() != '_')
            m.set(name, getAttr(instance, name));
    }
}

} // namespace aw::py
