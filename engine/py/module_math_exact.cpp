// The `math` functions that must be exact: fsum (Shewchuk's partials, as CPython), hypot and
// dist (CPython's vector_norm, which rounds correctly in practice where a plain sqrt of sums
// would not), and the integer functions, exact at any size.

#include "args.h"
#include "bigint_value.h"
#include "builtins_support.h"
#include "iterators.h"
#include "module.h"
#include "protocol.h"
#include "sequence_util.h"

#include "core/containers.h"
#include "core/run_meter.h"

#include <cmath>
#include <numeric>

namespace aw::py {

namespace {

// One step of exact summation: hi + lo == x + y exactly.
struct TwoSum {
    double hi;
    double lo;
};

TwoSum twoSum(double x, double y)
{
    volatile double hi = x + y;
    volatile double yr = hi - x;
    return {hi, y - yr};
}

// Rounds the partials (smallest first) to the nearest double, ties to even across them.
double roundPartials(std::vector<double> &p)
{
    size_t n = p.size();
    if (n == 0)
        return 0.0;
    double hi = p[--n];
    double lo = 0.0;
    while (n > 0) {
        const double y = p[--n];
        const TwoSum s = twoSum(hi, y);
        hi = s.hi;
        lo = s.lo;
        if (lo != 0.0)
            break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
        const double y = lo * 2.0;
        volatile double x = hi + y;
        volatile double yr = x - hi;
        if (y == yr)
            hi = x;
    }
    return hi;
}

Value mathFsum(const Value &, const CallArgs &args)
{
    Value it = iterate(oneArg(args, "math.fsum"));
    std::vector<double> partials;
    double specialSum = 0.0, infSum = 0.0;
    while (auto item = next(it)) {
        double x = asDouble(*item);
        const double original = x;
        size_t i = 0;
        for (double y : partials) {
            if (std::fabs(x) < std::fabs(y))
                std::swap(x, y);
            const TwoSum s = twoSum(x, y);
            if (s.lo != 0.0)
                partials[i++] = s.lo;
            x = s.hi;
        }
        partials.resize(i);
        if (x == 0.0)
            continue;
        if (std::isfinite(x)) {
            partials.push_back(x);
            continue;
        }
        if (std::isfinite(original))
            raise(builtin::OverflowError(), "intermediate overflow in fsum");
        if (std::isinf(original))
            infSum += original;
        specialSum += original;
        partials.clear();
    }
    if (specialSum != 0.0) {
        if (std::isnan(infSum))
            raise(builtin::ValueError(), "-inf + inf in fsum");
        return Value::floating(specialSum);
    }
    return Value::floating(roundPartials(partials));
}

// sqrt(sum(x*x)) for magnitudes `v` whose largest is `max`: scaled, split and summed with
// compensation, then corrected by one Newton step (mathmodule.c's vector_norm).
double vectorNorm(const std::vector<double> &v, double max, bool foundNan)
{
    if (std::isinf(max))
        return max;
    if (foundNan)
        return NAN;
    if (max == 0.0 || v.size() <= 1)
        return max;
    int maxE = 0;
    std::frexp(max, &maxE);
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
    auto accumulate = [&csum](double x, double &frac) {
        const double old = csum;
        csum += x;
        frac += (old - csum) + x;
    };
    if (maxE < -1023) {
        for (double x : v) {
            x /= max;
            accumulate(x * x, frac1);
        }
        return max * std::sqrt(csum - 1.0 + frac1);
    }
    constexpr double T27 = 134217729.0;
    auto split = [](double x, double &hi, double &lo) {
        const double t = x * T27;
        hi = t - (t - x);
        lo = x - hi;
    };
    const double scale = std::ldexp(1.0, -maxE);
    double hi = 0.0, lo = 0.0;
    for (double x : v) {
        split(x * scale, hi, lo);
        accumulate(hi * hi, frac1);
        accumulate(2.0 * hi * lo, frac2);
        frac3 += lo * lo;
    }
    const double h = std::sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    split(h, hi, lo);
    accumulate(-hi * hi, frac1);
    accumulate(-2.0 * hi * lo, frac2);
    accumulate(-lo * lo, frac3);
    const double x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
}

double normOf(const std::vector<double> &diffs)
{
    double max = 0.0;
    bool foundNan = false;
    for (double x : diffs) {
        foundNan = foundNan || std::isnan(x);
        max = x > max ? x : max;
    }
    return vectorNorm(diffs, max, foundNan);
}

Value mathHypot(const Value &, const CallArgs &args)
{
    noKeywords(args, "hypot");
    std::vector<double> coords;
    for (const Value &v : args.positional)
        coords.push_back(std::fabs(asDouble(v)));
    return Value::floating(normOf(coords));
}

Value mathDist(const Value &, const CallArgs &args)
{
    noKeywords(args, "dist");
    positionalCount(args, "dist", 2, 2);
    const std::vector<Value> p = collect(args.positional[0]);
    const std::vector<Value> q = collect(args.positional[1]);
    if (p.size() != q.size())
        raise(builtin::ValueError(), "both points must have the same number of dimensions");
    std::vector<double> diffs;
    for (size_t i = 0; i < p.size(); ++i)
        diffs.push_back(std::fabs(asDouble(p[i]) - asDouble(q[i])));
    return Value::floating(normOf(diffs));
}

// An int argument of any size (through __index__ for other types).
BigInt intArgument(const Value &v)
{
    return isAnyInt(v) ? bigOf(v) : BigInt(toInt(v));
}

BigInt gcdOf(BigInt a, BigInt b)
{
    a = a.abs();
    b = b.abs();
    BigInt q, r;
    while (!b.isZero()) {
        BigInt::divMod(a, b, q, r);
        a = std::exchange(b, std::move(r));
    }
    return a;
}

Value mathGcd(const Value &, const CallArgs &args)
{
    noKeywords(args, "gcd");
    BigInt g;
    for (const Value &v : args.positional)
        g = gcdOf(std::move(g), intArgument(v));
    return intValue(std::move(g));
}

Value mathLcm(const Value &, const CallArgs &args)
{
    noKeywords(args, "lcm");
    BigInt l(1);
    for (const Value &v : args.positional) {
        const BigInt m = intArgument(v).abs();
        if (l.isZero() || m.isZero()) {
            l = BigInt();
            continue;
        }
        BigInt q, r;
        BigInt::divMod(l, gcdOf(l, m), q, r);
        l = q * m;
    }
    return intValue(std::move(l));
}

Value mathIsqrt(const Value &, const CallArgs &args)
{
    const BigInt n = intArgument(oneArg(args, "math.isqrt"));
    if (n.isNegative())
        raise(builtin::ValueError(), "isqrt() argument must be nonnegative");
    if (n.isZero())
        return Value::integer(0);
    // Newton's iteration from above: 2**ceil(bits/2) is at least the root, and the
    // sequence decreases until it reaches it.
    BigInt x = BigInt(1).shiftLeft((n.bitLength() + 1) / 2);
    while (true) {
        BigInt q, r;
        BigInt::divMod(n, x, q, r);
        BigInt next = (x + q).shiftRight(1);
        if (BigInt::compare(next, x) >= 0)
            return intValue(std::move(x));
        x = std::move(next);
    }
}

// n * (n-1) * ... * (n-k+1), divided as it goes by 1..k when `choose`. Each partial result
// is itself a binomial coefficient (or a falling factorial), so every division is exact.
// int64 while the partial result fits, big integers from there on.
Value fallingProduct(int64_t n, int64_t k, bool choose)
{
    int64_t result = 1;
    int64_t i = 0;
    for (; i < k; ++i) {
        int64_t factor = n - i;
        int64_t reduced = result;
        if (choose) {
            const int64_t g = std::gcd(result, i + 1);
            reduced /= g;
            factor /= (i + 1) / g;
        }
        if (__builtin_mul_overflow(reduced, factor, &reduced))
            break;
        result = reduced;
    }
    if (i == k)
        return Value::integer(result);
    BigInt big(result), q, r;
    for (; i < k; ++i) {
        RunMeter::charge();
        big = big * BigInt(n - i);
        if (choose) {
            BigInt::divMod(big, BigInt(i + 1), q, r);
            big = std::move(q);
        }
    }
    return intValue(std::move(big));
}

std::pair<int64_t, int64_t> nonNegativePair(const Value &n, const Value &k)
{
    const int64_t a = toInt(n), b = toInt(k);
    if (a < 0)
        raise(builtin::ValueError(), "n must be a non-negative integer");
    if (b < 0)
        raise(builtin::ValueError(), "k must be a non-negative integer");
    return {a, b};
}

Value mathComb(const Value &, const CallArgs &args)
{
    noKeywords(args, "comb");
    positionalCount(args, "comb", 2, 2);
    auto [n, k] = nonNegativePair(args.positional[0], args.positional[1]);
    if (k > n)
        return Value::integer(0);
    return fallingProduct(n, std::min(k, n - k), true);
}

Value mathPerm(const Value &, const CallArgs &args)
{
    noKeywords(args, "perm");
    positionalCount(args, "perm", 1, 2);
    const bool full = args.positional.size() == 1 || args.positional[1].isNone();
    auto [n, k] = nonNegativePair(args.positional[0], full ? args.positional[0] : args.positional[1]);
    if (k > n)
        return Value::integer(0);
    return fallingProduct(n, k, false);
}

Value mathFactorial(const Value &, const CallArgs &args)
{
    const int64_t n = toInt(oneArg(args, "math.factorial"));
    if (n < 0)
        raise(builtin::ValueError(), "factorial() not defined for negative values");
    return fallingProduct(n, n, false);
}

Value mathProd(const Value &, const CallArgs &args)
{
    if (args.positional.size() != 1)
        raise(builtin::TypeError(), "prod() takes exactly 1 positional argument ("
                                        + std::to_string(args.positional.size()) + " given)");
    auto a = parseArgs(args, "prod", {"iterable", "start"}, 1, 1);
    Value result = a.wasGiven(1) ? a[1] : Value::integer(1);
    Value it = iterate(a[0]);
    while (auto item = next(it))
        result = binary(result, *item, BinaryOp::Mul);
    return result;
}

} // namespace

void addExactMathFunctions(ModuleObject &m)
{
    m.def("fsum", mathFsum);
    m.def("hypot", mathHypot);
    m.def("dist", mathDist);
    m.def("gcd", mathGcd);
    m.def("lcm", mathLcm);
    m.def("isqrt", mathIsqrt);
    m.def("comb", mathComb);
    m.def("perm", mathPerm);
    m.def("factorial", mathFactorial);
    m.def("prod", mathProd);
}

} // namespace aw::py
