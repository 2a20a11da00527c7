// random.Random's choices() and sample(), which index any sequence, and the distributions
// that random.py computes from random() in Python (replayed here operation for operation).

#include "args.h"
#include "builtin_types.h"
#include "builtins_support.h"
#include "function.h"
#include "module_collections.h"
#include "module_random_support.h"
#include "protocol.h"
#include "sequence_util.h"
#include "text_bridge.h"

#include "core/containers.h"
#include "core/str.h"
#include "text/py_arith.h"

#include <cmath>
#include <numbers>

namespace aw::py {

namespace {

text::PyRandom &rng(const Value &self)
{
    return self.as<RandomObject>()->generator;
}

// itertools.accumulate(values) with Python's +.
std::vector<Value> runningTotals(const Value &values)
{
    std::vector<Value> totals;
    for (const Value &v : collect(values))
        totals.push_back(totals.empty() ? v : binary(totals.back(), v, BinaryOp::Add));
    return totals;
}

// bisect.bisect_right(a, x, 0, hi).
size_t bisectRight(const std::vector<Value> &a, const Value &x, size_t hi)
{
    size_t lo = 0;
    while (lo < hi) {
        const size_t mid = (lo + hi) / 2;
        if (lessThan(x, a[mid]))
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

Value at(const Value &seq, size_t i)
{
    return getItem(seq, Value::integer(static_cast<int64_t>(i)));
}

} // namespace

Value randomChoices(const Value &self, const CallArgs &args)
{
    auto a = parseArgs(args, "choices", {"population", "weights", "cum_weights", "k"}, 1, 2);
    const Value &population = a[0];
    const int64_t k = a.wasGiven(3) ? toInt(a[3]) : 1;
    const auto n = static_cast<size_t>(len(population));
    std::vector<Value> result;
    if (a[2].isNone() && a[1].isNone()) {
        for (int64_t i = 0; i < k; ++i)
            result.push_back(at(population, static_cast<size_t>(std::floor(rng(self).random() * double(n)))));
        return list(std::move(result));
    }
    if (!a[2].isNone() && !a[1].isNone())
        raise(builtin::TypeError(), "Cannot specify both weights and cumulative weights");
    if (!a[1].isNone() && isIntValue(a[1]))
        raise(builtin::TypeError(), "The number of choices must be a keyword argument: k=" + repr(a[1]));
    const std::vector<Value> cum = a[2].isNone() ? runningTotals(a[1]) : collect(a[2]);
    if (cum.size() != n)
        raise(builtin::ValueError(), "The number of weights does not match the population");
    const double total = asDouble(binary(cum.back(), Value::floating(0.0), BinaryOp::Add));
    if (total <= 0.0)
        raise(builtin::ValueError(), "Total of weights must be greater than zero");
    if (!std::isfinite(total))
        raise(builtin::ValueError(), "Total of weights must be finite");
    for (int64_t i = 0; i < k; ++i)
        result.push_back(at(population, bisectRight(cum, Value::floating(rng(self).random() * total), n - 1)));
    return list(std::move(result));
}

namespace {

// isinstance(population, collections.abc.Sequence) for the types scenarios have.
bool isSequence(const Value &v)
{
    if (v.as<TypeObject>())
        return false;
    TypeObject *t = typeOf(v);
    for (TypeObject *seq : {listType(), tupleType(), strType(), rangeType(), dequeType()}) {
        if (t->isSubtypeOf(seq))
            return true;
    }
    return false;
}

} // namespace

Value randomSample(const Value &self, const CallArgs &args)
{
    auto a = parseArgs(args, "sample", {"population", "k", "counts"}, 2, 2);
    const Value &population = a[0];
    if (!isSequence(population))
        raise(builtin::TypeError(), "Population must be a sequence.  For dicts or sets, use sorted(d).");
    const auto n = static_cast<size_t>(len(population));
    const int64_t k = toInt(a[1]);
    std::vector<Value> result;
    if (!a[2].isNone()) {
        std::vector<Value> cum = runningTotals(a[2]);
        if (cum.size() != n)
            raise(builtin::ValueError(), "The number of counts does not match the population");
        const Value total = cum.back();
        cum.pop_back();
        if (!isIntValue(total))
            raise(builtin::TypeError(), "Counts must be integers");
        if (total.asInt() <= 0)
            raise(builtin::ValueError(), "Total of counts must be greater than zero");
        for (size_t s : unwrap(rng(self).sample(static_cast<size_t>(total.asInt()), k)))
            result.push_back(at(population, bisectRight(cum, Value::integer(static_cast<int64_t>(s)), cum.size())));
        return list(std::move(result));
    }
    for (size_t i : unwrap(rng(self).sample(n, k)))
        result.push_back(at(population, i));
    return list(std::move(result));
}

namespace {

double divide(double a, double b)
{
    return unwrap(text::trueDiv(a, b));
}

double power(double a, double b)
{
    return unwrap(text::powFloat(a, b));
}

double gammaVariate(text::PyRandom &r, double alpha, double beta)
{
    if (alpha <= 0.0 || beta <= 0.0)
        raise(builtin::ValueError(), "gammavariate: alpha and beta must be > 0.0");
    if (alpha > 1.0) {
        const double ainv = std::sqrt(2.0 * alpha - 1.0);
        const double bbb = alpha - std::log(4.0);
        const double ccc = alpha + ainv;
        const double sgMagic = 1.0 + std::log(4.5);
        for (;;) {
            const double u1 = r.random();
            if (!(1e-7 < u1 && u1 < 0.9999999))
                continue;
            const double u2 = 1.0 - r.random();
            const double v = std::log(u1 / (1.0 - u1)) / ainv;
            const double x = alpha * std::exp(v);
            const double z = u1 * u1 * u2;
            const double rr = bbb + ccc * v - x;
            if (rr + sgMagic - 4.5 * z >= 0.0 || rr >= std::log(z))
                return x * beta;
        }
    }
    if (alpha == 1.0)
        return -std::log(1.0 - r.random()) * beta;
    for (;;) {
        const double u = r.random();
        const double b = (std::numbers::e + alpha) / std::numbers::e;
        const double p = b * u;
        const double x = p <= 1.0 ? power(p, 1.0 / alpha) : -std::log((b - p) / alpha);
        const double u1 = r.random();
        if (p > 1.0 ? u1 <= power(x, alpha - 1.0) : u1 <= std::exp(-x))
            return x * beta;
    }
}

std::pair<double, double> twoReals(const CallArgs &args, const char *name, const char *first, const char *second)
{
    auto a = parseArgs(args, name, {first, second}, 2);
    return {asDouble(a[0]), asDouble(a[1])};
}

} // namespace

void defineDistributionMethods(TypeObject *t)
{
    defineMethod(t, "gammavariate", [](const Value &self, const CallArgs &args) {
        auto [alpha, beta] = twoReals(args, "gammavariate", "alpha", "beta");
        return Value::floating(gammaVariate(rng(self), alpha, beta));
    });
    defineMethod(t, "betavariate", [](const Value &self, const CallArgs &args) {
        auto [alpha, beta] = twoReals(args, "betavariate", "alpha", "beta");
        const double y = gammaVariate(rng(self), alpha, 1.0);
        if (y == 0.0)
            return Value::floating(0.0);
        return Value::floating(y / (y + gammaVariate(rng(self), beta, 1.0)));
    });
    defineMethod(t, "lognormvariate", [](const Value &self, const CallArgs &args) {
        auto [mu, sigma] = twoReals(args, "lognormvariate", "mu", "sigma");
        return Value::floating(std::exp(rng(self).normalvariate(mu, sigma)));
    });
    defineMethod(t, "paretovariate", [](const Value &self, const CallArgs &args) {
        auto a = parseArgs(args, "paretovariate", {"alpha"}, 1);
        const double u = 1.0 - rng(self).random();
        return Value::floating(power(u, divide(-1.0, asDouble(a[0]))));
    });
    defineMethod(t, "weibullvariate", [](const Value &self, const CallArgs &args) {
        auto [alpha, beta] = twoReals(args, "weibullvariate", "alpha", "beta");
        const double u = 1.0 - rng(self).random();
        return Value::floating(alpha * power(-std::log(u), divide(1.0, beta)));
    });
}

} // namespace aw::py
