// The `math` module: the float functions, with mathmodule.c's error rules (a NaN from
// non-NaN input is "math domain error", an infinity from finite input is "math range error"
// or a domain error at a singularity). Exact summation and the integer functions are in
// module_math_exact.cpp.

#include "args.h"
#include "bigint_value.h"
#include "builtins_support.h"
#include "module.h"
#include "protocol.h"
#include "text_bridge.h"

#include "core/containers.h"
#include "text/py_arith.h"

#include <cmath>
#include <numbers>

namespace aw::py {

namespace {

[[noreturn]] void domainError()
{
    raise(builtin::ValueError(), "math domain error");
}

[[noreturn]] void rangeError()
{
    raise(builtin::OverflowError(), "math range error");
}

// math_1: a libm function of one argument.
double checked1(double x, double r, bool canOverflow)
{
    if (std::isnan(r) && !std::isnan(x))
        domainError();
    if (std::isinf(r) && std::isfinite(x)) {
        if (canOverflow)
            rangeError();
        domainError();
    }
    return r;
}

// math_2: a NaN from non-NaN inputs is a domain error, an infinity from finite ones a range
// error.
double checked2(double x, double y, double r)
{
    if (std::isnan(r) && !std::isnan(x) && !std::isnan(y))
        domainError();
    if (std::isinf(r) && std::isfinite(x) && std::isfinite(y))
        rangeError();
    return r;
}

void defUnary(ModuleObject &m, const std::string &name, double (*f)(double), bool canOverflow)
{
    const std::string qualified = "math." + name;
    m.def(name, [qualified, f, canOverflow](const Value &, const CallArgs &args) {
        const double x = asDouble(oneArg(args, qualified));
        return Value::floating(checked1(x, f(x), canOverflow));
    });
}

std::pair<double, double> twoDoubles(const CallArgs &args, const char *name)
{
    noKeywords(args, name);
    positionalCount(args, name, 2, 2);
    return {asDouble(args.positional[0]), asDouble(args.positional[1])};
}

void defBinary(ModuleObject &m, const char *name, double (*f)(double, double))
{
    m.def(name, [name, f](const Value &, const CallArgs &args) {
        auto [x, y] = twoDoubles(args, name);
        return Value::floating(checked2(x, y, f(x, y)));
    });
}

double logE(double x)
{
    return std::log(x);
}

double log2Of(double x)
{
    return std::log2(x);
}

double log10Of(double x)
{
    return std::log10(x);
}

// m_log and friends: log of a non-positive number is a domain error, not -inf or NaN.
template<double (*F)(double)>
double positiveLog(double x)
{
    if (std::isfinite(x) && x <= 0.0)
        return std::nan("");
    if (std::isinf(x) && x < 0.0)
        return std::nan("");
    return F(x);
}

// loghelper: an int beyond the double range is taken as m * 2**e.
double logOf(const Value &v, double (*f)(double))
{
    if (isAnyInt(v)) {
        const BigInt n = bigOf(v);
        if (n.isNegative() || n.isZero())
            domainError();
        if (!n.toDouble()) {
            int64_t e = 0;
            const double m = n.frexp(e);
            return f(m) + f(2.0) * static_cast<double>(e);
        }
    }
    const double x = asDouble(v);
    return checked1(x, f(x), false);
}

Value mathLog(const Value &, const CallArgs &args)
{
    noKeywords(args, "log");
    if (args.positional.empty() || args.positional.size() > 2)
        raise(builtin::TypeError(), "math.log requires 1 to 2 arguments");
    const double num = logOf(args.positional[0], positiveLog<logE>);
    if (args.positional.size() == 1)
        return Value::floating(num);
    const double den = logOf(args.positional[1], positiveLog<logE>);
    return Value::floating(unwrap(text::trueDiv(num, den)));
}

// math.pow: C99 Annex F special values, then libm for finite operands.
double mathPow(double x, double y)
{
    if (!std::isfinite(x) || !std::isfinite(y)) {
        if (std::isnan(x))
            return y == 0.0 ? 1.0 : x;
        if (std::isnan(y))
            return x == 1.0 ? 1.0 : y;
        if (std::isinf(x)) {
            const bool oddY = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
            if (y > 0.0)
                return oddY ? x : std::fabs(x);
            if (y == 0.0)
                return 1.0;
            return oddY ? std::copysign(0.0, x) : 0.0;
        }
        if (std::fabs(x) == 1.0)
            return 1.0;
        if (y > 0.0 && std::fabs(x) > 1.0)
            return y;
        if (y < 0.0 && std::fabs(x) < 1.0)
            return -y;
        return 0.0;
    }
    const double r = std::pow(x, y);
    if (std::isnan(r) || (std::isinf(r) && x == 0.0))
        domainError();
    if (std::isinf(r))
        rangeError();
    return r;
}

double mathFmod(double x, double y)
{
    if (std::isinf(y) && std::isfinite(x))
        return x;
    return checked2(x, y, std::fmod(x, y));
}

// floor/ceil/trunc: the type's __floor__/__ceil__/__trunc__, else via float.
Value rounding(const CallArgs &args, const char *name, const char *dunder, double (*f)(double))
{
    const Value &x = oneArg(args, std::string("math.") + name);
    Value method;
    if (lookupSpecial(x, dunder, method))
        return call(method, {});
    if (f == nullptr)
        raise(builtin::TypeError(), "type " + typeName(x) + " doesn't define " + dunder + " method");
    return intFromDouble(f(asDouble(x)));
}

Value mathLdexp(const Value &, const CallArgs &args)
{
    noKeywords(args, "ldexp");
    positionalCount(args, "ldexp", 2, 2);
    const double x = asDouble(args.positional[0]);
    if (!isIntValue(args.positional[1]))
        raise(builtin::TypeError(), "Expected an int as second argument to ldexp.");
    const int64_t e = args.positional[1].asInt();
    if (x == 0.0 || !std::isfinite(x))
        return Value::floating(x);
    if (e > INT32_MAX)
        rangeError();
    if (e < INT32_MIN)
        return Value::floating(std::copysign(0.0, x));
    const double r = std::ldexp(x, static_cast<int>(e));
    if (std::isinf(r))
        rangeError();
    return Value::floating(r);
}

Value mathFrexp(double x)
{
    int e = 0;
    if (std::isfinite(x) && x != 0.0)
        x = std::frexp(x, &e);
    return tuple({Value::floating(x), Value::integer(e)});
}

Value mathModf(double x)
{
    if (std::isinf(x))
        return tuple({Value::floating(std::copysign(0.0, x)), Value::floating(x)});
    double whole = 0.0;
    const double frac = std::modf(x, &whole);
    return tuple({Value::floating(frac), Value::floating(whole)});
}

double mathUlp(double x)
{
    if (std::isnan(x))
        return x;
    x = std::fabs(x);
    if (std::isinf(x))
        return x;
    const double up = std::nextafter(x, INFINITY);
    if (std::isinf(up))
        return x - std::nextafter(x, -INFINITY);
    return up - x;
}

Value mathIsclose(const Value &, const CallArgs &args)
{
    if (args.positional.size() > 2)
        raise(builtin::TypeError(), "isclose() takes exactly 2 positional arguments ("
                                        + std::to_string(args.positional.size()) + " given)");
    auto p = parseArgs(args, "isclose", {"a", "b", "rel_tol", "abs_tol"}, 2, 2);
    const double a = asDouble(p[0]), b = asDouble(p[1]);
    const double relTol = p.wasGiven(2) ? asDouble(p[2]) : 1e-09;
    const double absTol = p.wasGiven(3) ? asDouble(p[3]) : 0.0;
    if (relTol < 0.0 || absTol < 0.0)
        raise(builtin::ValueError(), "tolerances must be non-negative");
    if (a == b)
        return Value::boolean(true);
    if (std::isinf(a) || std::isinf(b))
        return Value::boolean(false);
    const double diff = std::fabs(b - a);
    return Value::boolean(diff <= std::fabs(relTol * b) || diff <= std::fabs(relTol * a) || diff <= absTol);
}

void defPredicate(ModuleObject &m, const char *name, bool (*f)(double))
{
    const std::string qualified = std::string("math.") + name;
    m.def(name, [qualified, f](const Value &, const CallArgs &args) {
        return Value::boolean(f(asDouble(oneArg(args, qualified))));
    });
}

using Fn1 = double (*)(double);

void addFloatFunctions(ModuleObject &m)
{
    const std::pair<const char *, Fn1> plain[] = {
        {"acos", [](double x) { return std::acos(x); }},
        {"acosh", [](double x) { return std::acosh(x); }},
        {"asin", [](double x) { return std::asin(x); }},
        {"asinh", [](double x) { return std::asinh(x); }},
        {"atan", [](double x) { return std::atan(x); }},
        {"atanh", [](double x) { return std::atanh(x); }},
        {"cbrt", [](double x) { return std::cbrt(x); }},
        {"cos", [](double x) { return std::cos(x); }},
        {"erf", [](double x) { return std::erf(x); }},
        {"erfc", [](double x) { return std::erfc(x); }},
        {"fabs", [](double x) { return std::fabs(x); }},
        {"log1p", [](double x) { return std::log1p(x); }},
        {"sin", [](double x) { return std::sin(x); }},
        {"sqrt", [](double x) { return std::sqrt(x); }},
        {"tan", [](double x) { return std::tan(x); }},
        {"tanh", [](double x) { return std::tanh(x); }},
    };
    for (const auto &[name, f] : plain)
        defUnary(m, name, f, false);
    const std::pair<const char *, Fn1> overflowing[] = {
        {"cosh", [](double x) { return std::cosh(x); }},
        {"exp", [](double x) { return std::exp(x); }},
        {"exp2", [](double x) { return std::exp2(x); }},
        {"expm1", [](double x) { return std::expm1(x); }},
        {"sinh", [](double x) { return std::sinh(x); }},
    };
    for (const auto &[name, f] : overflowing)
        defUnary(m, name, f, true);
    m.def("log2", [](const Value &, const CallArgs &args) {
        return Value::floating(logOf(oneArg(args, "math.log2"), positiveLog<log2Of>));
    });
    m.def("log10", [](const Value &, const CallArgs &args) {
        return Value::floating(logOf(oneArg(args, "math.log10"), positiveLog<log10Of>));
    });
    defUnary(m, "degrees", [](double x) { return x * (180.0 / std::numbers::pi); }, false);
    defUnary(m, "radians", [](double x) { return x * (std::numbers::pi / 180.0); }, false);
    defUnary(m, "ulp", mathUlp, false);
    defBinary(m, "atan2", [](double y, double x) { return std::atan2(y, x); });
    defBinary(m, "copysign", [](double x, double y) { return std::copysign(x, y); });
    defBinary(m, "remainder", [](double x, double y) {
        return std::isinf(y) && std::isfinite(x) ? x : std::remainder(x, y);
    });
    defBinary(m, "nextafter", [](double x, double y) { return std::nextafter(x, y); });
    m.def("pow", [](const Value &, const CallArgs &args) {
        auto [x, y] = twoDoubles(args, "pow");
        return Value::floating(mathPow(x, y));
    });
    m.def("fmod", [](const Value &, const CallArgs &args) {
        auto [x, y] = twoDoubles(args, "fmod");
        return Value::floating(mathFmod(x, y));
    });
    m.def("log", mathLog);
}

void addConversions(ModuleObject &m)
{
    m.def("floor", [](const Value &, const CallArgs &args) {
        return rounding(args, "floor", "__floor__", [](double x) { return std::floor(x); });
    });
    m.def("ceil", [](const Value &, const CallArgs &args) {
        return rounding(args, "ceil", "__ceil__", [](double x) { return std::ceil(x); });
    });
    m.def("trunc", [](const Value &, const CallArgs &args) { return rounding(args, "trunc", "__trunc__", nullptr); });
    m.def("frexp", [](const Value &, const CallArgs &args) { return mathFrexp(asDouble(oneArg(args, "math.frexp"))); });
    m.def("modf", [](const Value &, const CallArgs &args) { return mathModf(asDouble(oneArg(args, "math.modf"))); });
    m.def("ldexp", mathLdexp);
    m.def("isclose", mathIsclose);
    defPredicate(m, "isfinite", [](double x) { return std::isfinite(x); });
    defPredicate(m, "isinf", [](double x) { return std::isinf(x); });
    defPredicate(m, "isnan", [](double x) { return std::isnan(x); });
}

} // namespace

void initMathModule(ModuleObject &m)
{
    m.set("pi", Value::floating(std::numbers::pi));
    m.set("e", Value::floating(std::numbers::e));
    m.set("tau", Value::floating(2 * std::numbers::pi));
    m.set("inf", Value::floating(INFINITY));
    m.set("nan", Value::floating(std::nan("")));
    addFloatFunctions(m);
    addConversions(m);
    addExactMathFunctions(m);
}

} // namespace aw::py
