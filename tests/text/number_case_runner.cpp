#include "number_case_runner.h"

#include "text/number_format.h"
#include "text/number_parse.h"
#include "text/percent_format.h"
#include "text/py_arith.h"

#include <QHash>

#include <functional>

namespace aw::text::test {
namespace {

using Runner = std::function<Outcome(const QJsonArray &)>;

Outcome missing(const char *what)
{
    return {{}, "missing", QString::fromUtf8(what)};
}

Outcome percent(const QJsonArray &args, const std::function<Outcome(const PercentSpec &)> &format)
{
    const std::string spec = utf8Of(args[0]);
    const Result<PercentSpec> parsed = parsePercentSpec(spec, 0);
    if (!parsed)
        return outcomeOf(Result<std::string>(parsed.error()));
    return format(*parsed);
}

Outcome percentFloat(const QJsonArray &args)
{
    const std::string spec = utf8Of(args[1]);
    const Result<PercentSpec> parsed = parsePercentSpec(spec, 0);
    if (!parsed)
        return outcomeOf(Result<std::string>(parsed.error()));
    return outcomeOf(percentFormatFloat(doubleOf(args[0]), *parsed));
}

Outcome percentChar(const PercentSpec &spec, std::int64_t value)
{
    const Result<char32_t> cp = percentCharFromInt(value);
    if (!cp)
        return outcomeOf(Result<std::string>(cp.error()));
    return outcomeOf(percentFormatChar(*cp, spec));
}

Outcome floatLiteral(const QJsonArray &args)
{
    const std::optional<double> value = parseFloatLiteral(utf8Of(args[0]));
    return value ? outcomeOf(*value) : missing("not a literal");
}

QHash<QString, Runner> formatRunners()
{
    return {
        {"format_float", [](const QJsonArray &a) { return outcomeOf(formatFloat(doubleOf(a[0]), utf8Of(a[1]))); }},
        {"format_int", [](const QJsonArray &a) { return outcomeOf(formatInt(intOf(a[0]), utf8Of(a[1]))); }},
        {"format_str", [](const QJsonArray &a) { return outcomeOf(formatStr(utf8Of(a[0]), utf8Of(a[1]))); }},
        {"repr_float", [](const QJsonArray &a) { return outcomeOf(floatRepr(doubleOf(a[0]))); }},
        {"percent_int",
         [](const QJsonArray &a) {
             return percent(a, [&](const PercentSpec &s) { return outcomeOf(percentFormatInt(intOf(a[1]), s)); });
         }},
        {"percent_char",
         [](const QJsonArray &a) {
             return percent(a, [&](const PercentSpec &s) { return percentChar(s, intOf(a[1])); });
         }},
        {"percent_str",
         [](const QJsonArray &a) {
             return percent(a, [&](const PercentSpec &s) { return outcomeOf(percentFormatStr(utf8Of(a[1]), s)); });
         }},
        {"percent_float", percentFloat},
        {"float_from_string", [](const QJsonArray &a) { return outcomeOf(floatFromString(utf8Of(a[0]))); }},
        {"float_literal", floatLiteral},
    };
}

QHash<QString, Runner> arithmeticRunners()
{
    auto d = [](const QJsonValue &v) { return doubleOf(v); };
    auto i = [](const QJsonValue &v) { return intOf(v); };
    return {
        {"int_floordiv", [=](const QJsonArray &a) { return outcomeOf(floorDiv(i(a[0]), i(a[1]))); }},
        {"int_mod", [=](const QJsonArray &a) { return outcomeOf(floorMod(i(a[0]), i(a[1]))); }},
        {"int_divmod", [=](const QJsonArray &a) { return outcomeOf(divMod(i(a[0]), i(a[1]))); }},
        {"int_truediv", [=](const QJsonArray &a) { return outcomeOf(trueDiv(i(a[0]), i(a[1]))); }},
        {"float_floordiv", [=](const QJsonArray &a) { return outcomeOf(floorDiv(d(a[0]), d(a[1]))); }},
        {"float_mod", [=](const QJsonArray &a) { return outcomeOf(floorMod(d(a[0]), d(a[1]))); }},
        {"float_divmod", [=](const QJsonArray &a) { return outcomeOf(divMod(d(a[0]), d(a[1]))); }},
        {"float_truediv", [=](const QJsonArray &a) { return outcomeOf(trueDiv(d(a[0]), d(a[1]))); }},
        {"float_pow", [=](const QJsonArray &a) { return outcomeOf(powFloat(d(a[0]), d(a[1]))); }},
        {"int_pow", [=](const QJsonArray &a) { return outcomeOf(powInt(i(a[0]), i(a[1]))); }},
        {"int_powmod", [=](const QJsonArray &a) { return outcomeOf(powMod(i(a[0]), i(a[1]), i(a[2]))); }},
        {"round_float", [=](const QJsonArray &a) { return outcomeOf(roundFloat(d(a[0]), i(a[1]))); }},
    };
}

} // namespace

Outcome runNumberCase(const QString &op, const QJsonArray &args)
{
    static const QHash<QString, Runner> runners = [] {
        QHash<QString, Runner> all = formatRunners();
        all.insert(arithmeticRunners());
        return all;
    }();
    const auto it = runners.find(op);
    return it == runners.end() ? missing("unknown op") : (*it)(args);
}

} // namespace aw::text::test
