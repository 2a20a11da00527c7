// str methods that cut text apart or glue it together: split, rsplit, splitlines,
// partition, rpartition, strip, lstrip, rstrip, join.

#include "str_methods.h"

#include "protocol.h"

#include "core/containers.h"
#include "core/str.h"
#include "text/unicode_props.h"
#include "text/utf8.h"

#include <algorithm>
#include <limits>

namespace aw::py::strimpl {

namespace {

Value piece(std::string_view s)
{
    return aw::str(std::string(s));
}

// Byte offset where the code point ending at `pos` starts.
size_t previousStart(std::string_view s, size_t pos)
{
    do
        --pos;
    while (pos > 0 && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80);
    return pos;
}

struct SplitArgs {
    const std::string *sep; // null: split on runs of whitespace
    int64_t maxsplit;       // a negative maxsplit means no limit
};

SplitArgs splitArgs(const CallArgs &args, const char *name)
{
    const ParsedArgs a = keywordArgs(args, name, {"sep", "maxsplit"});
    SplitArgs out{nullptr, std::numeric_limits<int64_t>::max()};
    if (!a[0].isNone()) {
        out.sep = &strArg(a[0], "must be str or None, not ");
        if (out.sep->empty())
            raise(builtin::ValueError(), "empty separator");
    }
    if (a.wasGiven(1)) {
        const int64_t n = toInt(a[1]);
        if (n >= 0)
            out.maxsplit = n;
    }
    return out;
}

bool spaceAt(std::string_view s, size_t pos, size_t &next)
{
    next = pos;
    return text::isSpace(text::nextCodePoint(s, next));
}

std::vector<Value> splitWhitespace(std::string_view s, int64_t maxsplit)
{
    std::vector<Value> out;
    size_t i = 0, next = 0;
    for (; maxsplit > 0; --maxsplit) {
        while (i < s.size() && spaceAt(s, i, next))
            i = next;
        if (i == s.size())
            break;
        const size_t start = i;
        while (i < s.size() && !spaceAt(s, i, next))
            i = next;
        out.push_back(piece(s.substr(start, i - start)));
    }
    while (i < s.size() && spaceAt(s, i, next))
        i = next;
    if (i < s.size())
        out.push_back(piece(s.substr(i)));
    return out;
}

std::vector<Value> rsplitWhitespace(std::string_view s, int64_t maxsplit)
{
    std::vector<Value> out;
    size_t i = s.size(), next = 0;
    // Sets `next` to where the code point before `pos` starts.
    auto spaceBefore = [&](size_t pos) {
        next = previousStart(s, pos);
        size_t after = next;
        return text::isSpace(text::nextCodePoint(s, after));
    };
    for (; maxsplit > 0; --maxsplit) {
        while (i > 0 && spaceBefore(i))
            i = next;
        if (i == 0)
            break;
        const size_t end = i;
        while (i > 0 && !spaceBefore(i))
            i = next;
        out.push_back(piece(s.substr(i, end - i)));
    }
    while (i > 0 && spaceBefore(i))
        i = next;
    if (i > 0)
        out.push_back(piece(s.substr(0, i)));
    std::reverse(out.begin(), out.end());
    return out;
}

Value split(const std::string &self, const CallArgs &args)
{
    const SplitArgs a = splitArgs(args, "split");
    if (!a.sep)
        return aw::list(splitWhitespace(self, a.maxsplit));
    std::vector<Value> out;
    size_t pos = 0;
    for (int64_t n = 0; n < a.maxsplit; ++n) {
        const size_t hit = self.find(*a.sep, pos);
        if (hit == std::string::npos)
            break;
        out.push_back(piece(std::string_view(self).substr(pos, hit - pos)));
        pos = hit + a.sep->size();
    }
    out.push_back(piece(std::string_view(self).substr(pos)));
    return aw::list(std::move(out));
}

Value rsplit(const std::string &self, const CallArgs &args)
{
    const SplitArgs a = splitArgs(args, "rsplit");
    if (!a.sep)
        return aw::list(rsplitWhitespace(self, a.maxsplit));
    std::vector<Value> out;
    size_t end = self.size();
    for (int64_t n = 0; n < a.maxsplit && end >= a.sep->size(); ++n) {
        const size_t hit = std::string_view(self).substr(0, end).rfind(*a.sep);
        if (hit == std::string::npos)
            break;
        const size_t after = hit + a.sep->size();
        out.push_back(piece(std::string_view(self).substr(after, end - after)));
        end = hit;
    }
    out.push_back(piece(std::string_view(self).substr(0, end)));
    std::reverse(out.begin(), out.end());
    return aw::list(std::move(out));
}

bool isLineBreak(char32_t c)
{
    return (c >= 0x0A && c <= 0x0D) || (c >= 0x1C && c <= 0x1E) || c == 0x85 || c == 0x2028 || c == 0x2029;
}

Value splitlines(const std::string &self, const CallArgs &args)
{
    const ParsedArgs a = keywordArgs(args, "splitlines", {"keepends"});
    const bool keepends = a.wasGiven(0) && toInt(a[0]) != 0;
    std::vector<Value> out;
    size_t i = 0;
    while (i < self.size()) {
        const size_t start = i;
        size_t next = i;
        while (i < self.size() && !isLineBreak(text::nextCodePoint(self, next)))
            i = next;
        size_t eol = i;
        if (i < self.size()) {
            i = self.compare(i, 2, "\r\n") == 0 ? i + 2 : next;
            if (keepends)
                eol = i;
        }
        out.push_back(piece(std::string_view(self).substr(start, eol - start)));
    }
    return aw::list(std::move(out));
}

Value partitionAt(const std::string &self, const CallArgs &args, const char *name, bool fromRight)
{
    const std::string &sep = strArg(positionalOnly(args, name, 1, 1)[0]);
    if (sep.empty())
        raise(builtin::ValueError(), "empty separator");
    const size_t hit = fromRight ? self.rfind(sep) : self.find(sep);
    if (hit == std::string::npos) {
        const Value empty = aw::str(std::string());
        return fromRight ? aw::tuple({empty, empty, aw::str(self)}) : aw::tuple({aw::str(self), empty, empty});
    }
    return aw::tuple({piece(std::string_view(self).substr(0, hit)), aw::str(sep),
                      piece(std::string_view(self).substr(hit + sep.size()))});
}

Value partition(const std::string &self, const CallArgs &args)
{
    return partitionAt(self, args, "partition", false);
}

Value rpartition(const std::string &self, const CallArgs &args)
{
    return partitionAt(self, args, "rpartition", true);
}

enum StripSide { Left = 1, Right = 2, Both = 3 };

Value stripSides(const std::string &self, const CallArgs &args, const char *name, int sides)
{
    const auto a = positionalOnly(args, name, 0, 1);
    const bool whitespace = a.empty() || a[0].isNone();
    std::u32string chars;
    if (!whitespace) {
        auto *s = a[0].as<StrObject>();
        if (!s)
            raise(builtin::TypeError(), std::string(name) + " arg must be None or str");
        chars = text::decodeUtf8(s->utf8());
    }
    auto strips = [&](char32_t c) { return whitespace ? text::isSpace(c) : chars.find(c) != std::u32string::npos; };
    size_t begin = 0, end = self.size(), next = 0;
    while ((sides & Left) && begin < end && strips(text::nextCodePoint(self, next = begin)))
        begin = next;
    while ((sides & Right) && end > begin) {
        const size_t start = previousStart(self, end);
        size_t at = start;
        if (!strips(text::nextCodePoint(self, at)))
            break;
        end = start;
    }
    return piece(std::string_view(self).substr(begin, end - begin));
}

Value strip(const std::string &self, const CallArgs &args)
{
    return stripSides(self, args, "strip", Both);
}

Value lstrip(const std::string &self, const CallArgs &args)
{
    return stripSides(self, args, "lstrip", Left);
}

Value rstrip(const std::string &self, const CallArgs &args)
{
    return stripSides(self, args, "rstrip", Right);
}

// Collects the whole iterable before looking at the items, as CPython's PySequence_Fast.
Value join(const std::string &self, const CallArgs &args)
{
    const Value &iterable = positionalOnly(args, "join", 1, 1)[0];
    Value it;
    try {
        it = iter(iterable);
    } catch (const PyException &e) {
        if (!e.isInstance(builtin::TypeError()))
            throw;
        raise(builtin::TypeError(), "can only join an iterable");
    }
    std::vector<Value> items;
    while (auto item = next(it))
        items.push_back(std::move(*item));
    std::string out;
    for (size_t i = 0; i < items.size(); ++i) {
        auto *s = items[i].as<StrObject>();
        if (!s)
            raise(builtin::TypeError(), "sequence item " + std::to_string(i) + ": expected str instance, "
                                            + typeOf(items[i])->name() + " found");
        if (i > 0)
            out += self;
        out += s->utf8();
    }
    return aw::str(std::move(out));
}

} // namespace

void defineSplitMethods()
{
    define("split", split);
    define("rsplit", rsplit);
    define("splitlines", splitlines);
    define("partition", partition);
    define("rpartition", rpartition);
    define("strip", strip);
    define("lstrip", lstrip);
    define("rstrip", rstrip);
    define("join", join);
}

} // namespace aw::py::strimpl
