// str methods that look for substrings: count, find, index, startswith, replace...
// Searching works on the UTF-8 bytes: a match of valid UTF-8 in valid UTF-8 always starts
// on a code point boundary, so only the `start`/`end` arguments and the results need
// converting between code point indices and byte offsets.

#include "str_methods.h"

#include "protocol.h"

#include "core/containers.h"
#include "core/str.h"
#include "text/utf8.h"

#include <limits>

namespace aw::py::strimpl {

namespace {

// The part of the text a search with `start`/`end` sees, as a byte range.
struct Window {
    CodePoints cp;
    IndexRange range;
    bool fits;   // false: the range cannot hold `needleLength` code points
    size_t from; // byte offsets of range.start and range.end, when it fits
    size_t to;
};

Window windowOf(const std::string &self, std::span<const Value> startEnd, int64_t needleLength)
{
    Window w{CodePoints(self), {}, false, 0, 0};
    w.range = adjustRange(startEnd, w.cp.size());
    w.fits = w.range.end - w.range.start >= needleLength;
    if (w.fits) {
        w.from = w.cp.offset(w.range.start);
        w.to = w.from + w.cp.slice(w.range.start, w.range.end).size();
    }
    return w;
}

int64_t findIn(const std::string &self, const CallArgs &args, const char *name, bool reverse)
{
    const auto a = varArgs(args, name, 1, 3);
    const std::string &sub = strArg(a[0]);
    const Window w = windowOf(self, a.subspan(1), CodePoints(sub).size());
    if (!w.fits)
        return -1;
    const std::string_view hay = std::string_view(self).substr(w.from, w.to - w.from);
    const size_t pos = reverse ? hay.rfind(sub) : hay.find(sub);
    return pos == std::string_view::npos ? -1 : w.cp.indexAt(w.from + pos);
}

Value find(const std::string &self, const CallArgs &args)
{
    return Value::integer(findIn(self, args, "find", false));
}

Value rfind(const std::string &self, const CallArgs &args)
{
    return Value::integer(findIn(self, args, "rfind", true));
}

Value index(const std::string &self, const CallArgs &args)
{
    const int64_t i = findIn(self, args, "index", false);
    if (i < 0)
        raise(builtin::ValueError(), "substring not found");
    return Value::integer(i);
}

Value rindex(const std::string &self, const CallArgs &args)
{
    const int64_t i = findIn(self, args, "rindex", true);
    if (i < 0)
        raise(builtin::ValueError(), "substring not found");
    return Value::integer(i);
}

Value count(const std::string &self, const CallArgs &args)
{
    const auto a = varArgs(args, "count", 1, 3);
    const std::string &sub = strArg(a[0]);
    const Window w = windowOf(self, a.subspan(1), CodePoints(sub).size());
    if (!w.fits)
        return Value::integer(0);
    if (sub.empty())
        return Value::integer(w.range.end - w.range.start + 1);
    const std::string_view hay = std::string_view(self).substr(w.from, w.to - w.from);
    int64_t n = 0;
    for (size_t pos = hay.find(sub); pos != std::string_view::npos; pos = hay.find(sub, pos + sub.size()))
        ++n;
    return Value::integer(n);
}

// CPython's tailmatch: does the window start (or end) with `affix`?
bool tailMatch(const std::string &self, const std::string &affix, std::span<const Value> startEnd, bool atEnd)
{
    const int64_t affixLength = CodePoints(affix).size();
    const Window w = windowOf(self, startEnd, affixLength);
    if (!w.fits)
        return false;
    const std::string_view hay = std::string_view(self).substr(w.from, w.to - w.from);
    return atEnd ? hay.ends_with(affix) : hay.starts_with(affix);
}

Value affixMatch(const std::string &self, const CallArgs &args, const char *name, bool atEnd)
{
    const auto a = varArgs(args, name, 1, 3);
    if (auto *s = a[0].as<StrObject>())
        return Value::boolean(tailMatch(self, s->utf8(), a.subspan(1), atEnd));
    auto *affixes = a[0].as<TupleObject>();
    if (!affixes)
        raise(builtin::TypeError(), std::string(name) + " first arg must be str or a tuple of str, not "
                                        + typeOf(a[0])->name());
    for (const Value &item : affixes->items()) {
        const std::string &affix = strArg(item, std::string("tuple for ") + name + " must only contain str, not ");
        if (tailMatch(self, affix, a.subspan(1), atEnd))
            return Value::boolean(true);
    }
    return Value::boolean(false);
}

Value startswith(const std::string &self, const CallArgs &args)
{
    return affixMatch(self, args, "startswith", false);
}

Value endswith(const std::string &self, const CallArgs &args)
{
    return affixMatch(self, args, "endswith", true);
}

// An empty `old` matches before every code point and at the end.
std::string replaceEmpty(const std::string &self, const std::string &replacement, int64_t limit)
{
    std::string out;
    size_t pos = 0;
    for (int64_t n = 0; n < limit; ++n) {
        out += replacement;
        if (pos >= self.size()) {
            pos = self.size() + 1;
            break;
        }
        const size_t start = pos;
        text::nextCodePoint(self, pos);
        out.append(self, start, pos - start);
    }
    if (pos <= self.size())
        out.append(self, pos);
    return out;
}

Value replace(const std::string &self, const CallArgs &args)
{
    const auto a = positionalOnly(args, "replace", 2, 3);
    const std::string &old = strArg(a[0], "replace() argument 1 must be str, not ");
    const std::string &replacement = strArg(a[1], "replace() argument 2 must be str, not ");
    int64_t limit = a.size() > 2 ? toInt(a[2]) : -1;
    if (limit < 0)
        limit = std::numeric_limits<int64_t>::max();
    if (old.empty())
        return aw::str(replaceEmpty(self, replacement, limit));
    std::string out;
    size_t pos = 0;
    for (int64_t n = 0; n < limit; ++n) {
        const size_t hit = self.find(old, pos);
        if (hit == std::string::npos)
            break;
        out.append(self, pos, hit - pos);
        out += replacement;
        pos = hit + old.size();
    }
    out.append(self, pos);
    return aw::str(std::move(out));
}

Value removeprefix(const std::string &self, const CallArgs &args)
{
    const std::string &prefix = strArg(positionalOnly(args, "removeprefix", 1, 1)[0],
                                       "removeprefix() argument must be str, not ");
    return aw::str(self.starts_with(prefix) ? self.substr(prefix.size()) : self);
}

Value removesuffix(const std::string &self, const CallArgs &args)
{
    const std::string &suffix = strArg(positionalOnly(args, "removesuffix", 1, 1)[0],
                                       "removesuffix() argument must be str, not ");
    return aw::str(self.ends_with(suffix) ? self.substr(0, self.size() - suffix.size()) : self);
}

} // namespace

void defineSearchMethods()
{
    define("find", find);
    define("rfind", rfind);
    define("index", index);
    define("rindex", rindex);
    define("count", count);
    define("startswith", startswith);
    define("endswith", endswith);
    define("replace", replace);
    define("removeprefix", removeprefix);
    define("removesuffix", removesuffix);
}

} // namespace aw::py::strimpl
