#include "args.h"

#include "bigint_value.h"

#include "core/str.h"
#include "protocol.h"


namespace aw::py {

namespace {
std::string plural(size_t n, const char *word)
{
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}
} // namespace

ParsedArgs parseArgs(const CallArgs &args, std::string_view function, std::initializer_list<std::string_view> names,
                     size_t required, size_t kwOnlyFrom)
{
    const size_t count = names.size();
    const size_t maxPositional = std::min(kwOnlyFrom, count);
    ParsedArgs out(count);
    if (args.positional.size() > maxPositional) {
        if (maxPositional == required)
            raise(builtin::TypeError(), std::string(function) + "() takes " + (required == 0 ? "no arguments" : "exactly " + plural(required, "argument"))
                                            + " (" + std::to_string(args.positional.size()) + " given)");
        raise(builtin::TypeError(), std::string(function) + "() takes at most " + plural(maxPositional, "argument") + " ("
                                        + std::to_string(args.positional.size()) + " given)");
    }
    for (size_t i = 0; i < args.positional.size(); ++i) {
        out.set(i, args.positional[i]);
    }
    for (const auto &[key, value] : args.keywords) {
        const std::string &k = strText(key);
        size_t i = 0;
        for (auto n : names) {
            if (n == k)
                break;
            ++i;
        }
        if (i == count)
            raise(builtin::TypeError(), std::string(function) + "() got an unexpected keyword argument '" + k + "'");
        if (out.wasGiven(i))
            raise(builtin::TypeError(), "argument for " + std::string(function) + "() given by name ('" + k + "') and position ("
                                            + std::to_string(i + 1) + ")");
        out.set(i, value);
    }
    size_t i = 0;
    for (auto n : names) {
        if (i < required && !out.wasGiven(i))
            raise(builtin::TypeError(), std::string(function) + "() missing required argument '" + std::string(n) + "' (pos "
                                            + std::to_string(i + 1) + ")");
        ++i;
    }
    return out;
}

void noArgs(const CallArgs &args, std::string_view function)
{
    if (!args.positional.empty() || !args.keywords.empty())
        raise(builtin::TypeError(), std::string(function) + "() takes no arguments ("
                                        + std::to_string(args.positional.size() + args.keywords.size()) + " given)");
}

const Value &oneArg(const CallArgs &args, std::string_view function)
{
    if (!args.keywords.empty())
        raise(builtin::TypeError(), std::string(function) + "() takes no keyword arguments");
    if (args.positional.size() != 1)
        raise(builtin::TypeError(), std::string(function) + "() takes exactly one argument ("
                                        + std::to_string(args.positional.size()) + " given)");
    return args.positional[0];
}

int64_t toInt(const Value &v, std::string_view what)
{
    if (v.isInt() || v.isBool())
        return v.asInt();
    if (v.as<BigIntObject>())
        raiseIndexOverflow(builtin::OverflowError());
    Value hook;
    if (!v.isFloat() && typeOf(v)->lookup("__index__", hook))
        return asIndex(v, typeOf(v)->name());
    raise(builtin::TypeError(), "'" + typeOf(v)->name() + "' object cannot be interpreted as an " + std::string(what));
}

double toDouble(const Value &v)
{
    if (v.isFloat())
        return v.asFloat();
    if (v.isInt() || v.isBool())
        return static_cast<double>(v.asInt());
    if (auto *big = v.as<BigIntObject>())
        return bigToDouble(big->value());
    raise(builtin::TypeError(), "must be real number, not " + typeOf(v)->name());
}

} // namespace aw::py
