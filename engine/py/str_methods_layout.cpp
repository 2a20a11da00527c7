// str methods that lay text out or map its characters: center, ljust, rjust, zfill,
// expandtabs, translate, maketrans, and encode (which scenarios cannot use).

#include "str_methods.h"

#include "class_object.h"
#include "dict.h"
#include "function.h"
#include "protocol.h"

#include "core/run_meter.h"
#include "core/str.h"
#include "text/utf8.h"

namespace aw::py::strimpl {

namespace {

char32_t fillChar(std::span<const Value> a)
{
    if (a.size() < 2)
        return U' ';
    auto *s = a[1].as<StrObject>();
    if (!s)
        raise(builtin::TypeError(), "The fill character must be a unicode character, not " + typeOf(a[1])->name());
    const std::u32string chars = text::decodeUtf8(s->utf8());
    if (chars.size() != 1)
        raise(builtin::TypeError(), "The fill character must be exactly one character long");
    return chars[0];
}

std::string repeated(char32_t c, int64_t n)
{
    std::string one;
    text::appendUtf8(one, c);
    RunMeter::reserve(one.size() * static_cast<size_t>(std::max<int64_t>(n, 0)));
    std::string out;
    for (int64_t i = 0; i < n; ++i)
        out += one;
    return out;
}

enum class Justify { Left, Right, Center };

Value justify(const std::string &self, const CallArgs &args, const char *name, Justify how)
{
    const auto a = positionalOnly(args, name, 1, 2);
    const int64_t width = toInt(a[0]);
    const char32_t fill = fillChar(a);
    const int64_t margin = width - CodePoints(self).size();
    if (margin <= 0)
        return aw::str(self);
    // CPython's pad(): an odd margin puts the extra character left only for odd widths.
    const int64_t left = how == Justify::Left ? 0 : how == Justify::Right ? margin : margin / 2 + (margin & width & 1);
    return aw::str(repeated(fill, left) + self + repeated(fill, margin - left));
}

Value center(const std::string &self, const CallArgs &args)
{
    return justify(self, args, "center", Justify::Center);
}

Value ljust(const std::string &self, const CallArgs &args)
{
    return justify(self, args, "ljust", Justify::Left);
}

Value rjust(const std::string &self, const CallArgs &args)
{
    return justify(self, args, "rjust", Justify::Right);
}

Value zfill(const std::string &self, const CallArgs &args)
{
    const int64_t width = toInt(positionalOnly(args, "zfill", 1, 1)[0]);
    const int64_t fill = width - CodePoints(self).size();
    if (fill <= 0)
        return aw::str(self);
    RunMeter::reserve(static_cast<size_t>(fill));
    std::string out(static_cast<size_t>(fill), '0');
    if (!self.empty() && (self[0] == '+' || self[0] == '-')) {
        out[0] = self[0];
        out += '0';
        out.append(self, 1);
    } else {
        out += self;
    }
    return aw::str(std::move(out));
}

Value expandtabs(const std::string &self, const CallArgs &args)
{
    const ParsedArgs a = keywordArgs(args, "expandtabs", {"tabsize"});
    const int64_t tabsize = a.wasGiven(0) ? toInt(a[0]) : 8;
    std::string out;
    int64_t column = 0;
    for (char32_t c : text::decodeUtf8(self)) {
        if (c == U'\t') {
            if (tabsize > 0) {
                const int64_t spaces = tabsize - column % tabsize;
                RunMeter::reserve(out.size() + static_cast<size_t>(spaces));
                out.append(static_cast<size_t>(spaces), ' ');
                column += spaces;
            }
            continue;
        }
        text::appendUtf8(out, c);
        column = c == U'\n' || c == U'\r' ? 0 : column + 1;
    }
    return aw::str(std::move(out));
}

// What table[c] says for one character: absent (LookupError) keeps it.
void translateChar(std::string &out, const Value &table, char32_t c)
{
    Value mapped;
    try {
        mapped = getItem(table, Value::integer(c));
    } catch (const PyException &e) {
        if (!e.isInstance(builtin::LookupError()))
            throw;
        text::appendUtf8(out, c);
        return;
    }
    if (mapped.isNone())
        return;
    if (auto *s = mapped.as<StrObject>()) {
        out += s->utf8();
        return;
    }
    if (!mapped.isInt() && !mapped.isBool())
        raise(builtin::TypeError(), "character mapping must return integer, None or str");
    if (mapped.asInt() < 0 || mapped.asInt() > 0x10FFFF)
        raise(builtin::ValueError(), "character mapping must be in range(0x110000)");
    text::appendUtf8(out, static_cast<char32_t>(mapped.asInt()));
}

Value translate(const std::string &self, const CallArgs &args)
{
    const Value &table = positionalOnly(args, "translate", 1, 1)[0];
    std::string out;
    for (char32_t c : text::decodeUtf8(self))
        translateChar(out, table, c);
    return aw::str(std::move(out));
}

Value translationFromDict(const Value &x)
{
    auto *source = x.as<DictObject>();
    if (!source)
        raise(builtin::TypeError(), "if you give only one argument to maketrans it must be a dict");
    auto table = make<DictObject>();
    for (const DictObject::Entry &e : source->entries()) {
        if (!e.live)
            continue;
        if (auto *s = e.key.as<StrObject>()) {
            const std::u32string chars = text::decodeUtf8(s->utf8());
            if (chars.size() != 1)
                raise(builtin::ValueError(), "string keys in translate table must be of length 1");
            table->set(Value::integer(chars[0]), e.value);
        } else if (e.key.isInt() || e.key.isBool()) {
            table->set(Value::integer(e.key.asInt()), e.value);
        } else {
            raise(builtin::TypeError(), "keys in translate table must be strings or integers");
        }
    }
    return Value(table);
}

Value maketrans(const Value &, const CallArgs &args)
{
    const auto a = positionalOnly(args, "maketrans", 1, 3);
    if (a.size() == 1)
        return translationFromDict(a[0]);
    const std::string &to = strArg(a[1], "maketrans() argument 2 must be str, not ");
    const std::string *remove = a.size() > 2 ? &strArg(a[2], "maketrans() argument 3 must be str, not ") : nullptr;
    auto *from = a[0].as<StrObject>();
    if (!from)
        raise(builtin::TypeError(), "first maketrans argument must be a string if there is a second argument");
    const std::u32string x = text::decodeUtf8(from->utf8());
    const std::u32string y = text::decodeUtf8(to);
    if (x.size() != y.size())
        raise(builtin::ValueError(), "the first two maketrans arguments must have equal length");
    auto table = make<DictObject>();
    for (size_t i = 0; i < x.size(); ++i)
        table->set(Value::integer(x[i]), Value::integer(y[i]));
    if (remove) {
        for (char32_t c : text::decodeUtf8(*remove))
            table->set(Value::integer(c), Value());
    }
    return Value(table);
}

// Scenarios have no bytes type, so encoding has no result to give.
Value encode(const std::string &, const CallArgs &args)
{
    const ParsedArgs a = keywordArgs(args, "encode", {"encoding", "errors"});
    if (a.wasGiven(0))
        strArg(a[0], "encode() argument 'encoding' must be str, not ");
    if (a.wasGiven(1))
        strArg(a[1], "encode() argument 'errors' must be str, not ");
    raise(builtin::NotImplementedError(), "str.encode() is not supported in scenarios (they have no bytes type)");
}

void defineStaticMethod(const char *name, BuiltinFunctionFn fn)
{
    Value function = builtinFunction(name, std::move(fn));
    function.asObject()->makeImmortal();
    Value wrapper = call(Value(staticMethodType()), {function});
    wrapper.asObject()->makeImmortal();
    strType()->setAttr(name, wrapper);
}

} // namespace

void defineLayoutMethods()
{
    define("center", center);
    define("ljust", ljust);
    define("rjust", rjust);
    define("zfill", zfill);
    define("expandtabs", expandtabs);
    define("translate", translate);
    define("encode", encode);
    defineStaticMethod("maketrans", maketrans);
}

} // namespace aw::py::strimpl
