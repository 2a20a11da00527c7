// collections.namedtuple: builds a tuple subclass (a heap class, as the Python version's
// exec does) whose fields are read-only attributes, with _make, _replace, _asdict and
// CPython's argument errors for Point.__new__().

#include "module_collections.h"

#include "args.h"
#include "builtins_support.h"
#include "class_object.h"
#include "function.h"
#include "module.h"
#include "protocol.h"
#include "sequence_util.h"

#include "core/containers.h"
#include "core/str.h"
#include "text/unicode_props.h"
#include "text/utf8.h"

#include <algorithm>
#include <set>

namespace aw::py {

namespace {

class NamedTupleInstance : public TupleObject {
public:
    NamedTupleInstance(TypeObject *cls, std::vector<Value> items) : TupleObject(std::move(items)) { setType(cls); }
};

struct Layout {
    std::string typeName;
    std::vector<std::string> fields;
    std::vector<Value> defaults; // for the last defaults.size() fields
};

bool isIdentifier(const std::string &s)
{
    if (s.empty())
        return false;
    size_t pos = 0;
    for (bool first = true; pos < s.size(); first = false) {
        const char32_t cp = text::nextCodePoint(s, pos);
        const bool ok = cp == '_' || text::isAlpha(cp) || (!first && text::isDecimal(cp))
            || (!first && cp < 0x80 && std::isalnum(static_cast<int>(cp)));
        if (!ok)
            return false;
    }
    return true;
}

bool isKeyword(const std::string &s)
{
    static const std::set<std::string> keywords = {
        "False", "None",   "True",    "and",      "as",       "assert", "async", "await",  "break",
        "class", "continue", "def",   "del",      "elif",     "else",   "except", "finally", "for",
        "from",  "global", "if",      "import",   "in",       "is",     "lambda", "nonlocal", "not",
        "or",    "pass",   "raise",   "return",   "try",      "while",  "with",  "yield"};
    return keywords.count(s) != 0;
}

std::vector<std::string> fieldNames(const Value &spec)
{
    std::vector<std::string> names;
    if (auto *s = spec.as<StrObject>()) {
        std::string text = s->utf8();
        std::replace(text.begin(), text.end(), ',', ' ');
        size_t pos = 0;
        while ((pos = text.find_first_not_of(" \t\n\r\f\v", pos)) != std::string::npos) {
            const size_t end = text.find_first_of(" \t\n\r\f\v", pos);
            names.push_back(text.substr(pos, end - pos));
            pos = end;
        }
        return names;
    }
    for (const Value &v : collect(spec))
        names.push_back(str(v));
    return names;
}

void validate(Layout &layout, bool rename)
{
    std::set<std::string> seen;
    for (size_t i = 0; i < layout.fields.size(); ++i) {
        std::string &f = layout.fields[i];
        if (rename && (!isIdentifier(f) || isKeyword(f) || f.front() == '_' || seen.count(f)))
            f = "_" + std::to_string(i);
        seen.insert(f);
    }
    std::vector<std::string> all{layout.typeName};
    all.insert(all.end(), layout.fields.begin(), layout.fields.end());
    for (const std::string &n : all) {
        if (!isIdentifier(n))
            raise(builtin::ValueError(), "Type names and field names must be valid identifiers: " + repr(aw::str(n)));
        if (isKeyword(n))
            raise(builtin::ValueError(), "Type names and field names cannot be a keyword: " + repr(aw::str(n)));
    }
    seen.clear();
    for (const std::string &f : layout.fields) {
        if (f.front() == '_' && !rename)
            raise(builtin::ValueError(), "Field names cannot start with an underscore: " + repr(aw::str(f)));
        if (!seen.insert(f).second)
            raise(builtin::ValueError(), "Encountered duplicate field name: " + repr(aw::str(f)));
    }
}

std::string quotedList(const std::vector<std::string> &names)
{
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i)
            out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
        out += "'" + names[i] + "'";
    }
    return out;
}

// Binds Point.__new__'s arguments to the fields as a Python function would.
std::vector<Value> bindFields(const Layout &l, const CallArgs &args)
{
    const std::string fn = l.typeName + ".__new__()";
    const size_t n = l.fields.size(), required = n - l.defaults.size();
    if (args.positional.size() > n) {
        const std::string most = std::to_string(n + 1);
        const std::string takes = required == n ? most : "from " + std::to_string(required + 1) + " to " + most;
        raise(builtin::TypeError(), fn + " takes " + takes + " positional arguments but "
                                        + std::to_string(args.positional.size() + 1) + " were given");
    }
    std::vector<std::optional<Value>> bound(n);
    for (size_t i = 0; i < args.positional.size(); ++i)
        bound[i] = args.positional[i];
    for (const auto &[key, value] : args.keywords) {
        const auto it = std::find(l.fields.begin(), l.fields.end(), strText(key));
        if (it == l.fields.end())
            raise(builtin::TypeError(), fn + " got an unexpected keyword argument '" + strText(key) + "'");
        auto &slot = bound[static_cast<size_t>(it - l.fields.begin())];
        if (slot)
            raise(builtin::TypeError(), fn + " got multiple values for argument '" + strText(key) + "'");
        slot = value;
    }
    std::vector<std::string> missing;
    std::vector<Value> items;
    for (size_t i = 0; i < n; ++i) {
        if (!bound[i] && i >= required)
            bound[i] = l.defaults[i - required];
        if (!bound[i])
            missing.push_back(l.fields[i]);
        items.push_back(bound[i] ? *bound[i] : Value());
    }
    if (!missing.empty())
        raise(builtin::TypeError(), fn + " missing " + std::to_string(missing.size()) + " required positional argument"
                                        + (missing.size() == 1 ? "" : "s") + ": " + quotedList(missing));
    return items;
}

Value makeFrom(const Value &cls, std::vector<Value> items)
{
    return Value(make<NamedTupleInstance>(cls.as<TypeObject>(), std::move(items)));
}

const std::vector<Value> &itemsOf(const Value &self)
{
    return self.as<TupleObject>()->items();
}

std::string namedRepr(const std::vector<std::string> &fields, const Value &self)
{
    std::string body;
    for (size_t i = 0; i < fields.size() && i < itemsOf(self).size(); ++i)
        body += (i ? ", " : "") + fields[i] + "=" + repr(itemsOf(self)[i]);
    return typeOf(self)->name() + "(" + body + ")";
}

void defineBehaviour(DictObject &ns, const std::shared_ptr<const Layout> &l)
{
    ns.setStr("__new__", builtinFunction("__new__", [l](const Value &, const CallArgs &args) {
        if (args.positional.empty())
            raise(builtin::TypeError(), l->typeName + ".__new__(): not enough arguments");
        return makeFrom(args.positional[0], bindFields(*l, CallArgs{args.positional.subspan(1), args.keywords}));
    }));
    auto makeMethod = builtinFunction("_make", [l](const Value &, const CallArgs &args) {
        positionalCount(args, "_make", 2, 2);
        std::vector<Value> items = collect(args.positional[1]);
        if (items.size() != l->fields.size())
            raise(builtin::TypeError(), "Expected " + std::to_string(l->fields.size()) + " arguments, got "
                                            + std::to_string(items.size()));
        return makeFrom(args.positional[0], std::move(items));
    });
    ns.setStr("_make", call(Value(classMethodType()), {makeMethod}));
    auto method = [&ns, l](const char *name, std::function<Value(const Layout &, const Value &, const CallArgs &)> fn) {
        ns.setStr(name, Value(make<BuiltinFunctionObject>(name, [l, fn](const Value &self, const CallArgs &args) {
            return fn(*l, self, args);
        }, true, Value(), l->typeName)));
    };
    method("__repr__", [](const Layout &layout, const Value &self, const CallArgs &args) {
        noArgs(args, "__repr__");
        return aw::str(namedRepr(layout.fields, self));
    });
    method("_asdict", [](const Layout &layout, const Value &self, const CallArgs &args) {
        noArgs(args, "_asdict");
        auto d = make<DictObject>();
        for (size_t i = 0; i < layout.fields.size(); ++i)
            d->setStr(layout.fields[i], itemsOf(self)[i]);
        return Value(d);
    });
    method("_replace", [](const Layout &layout, const Value &self, const CallArgs &args) {
        positionalCount(args, "_replace", 0, 0);
        std::vector<Value> items = itemsOf(self);
        std::vector<std::string> unknown;
        for (const auto &[key, value] : args.keywords) {
            const auto it = std::find(layout.fields.begin(), layout.fields.end(), strText(key));
            if (it == layout.fields.end())
                unknown.push_back(repr(key));
            else
                items[static_cast<size_t>(it - layout.fields.begin())] = value;
        }
        if (!unknown.empty()) {
            std::string names;
            for (const auto &u : unknown)
                names += (names.empty() ? "" : ", ") + u;
            raise(builtin::ValueError(), "Got unexpected field names: [" + names + "]");
        }
        return makeFrom(Value(typeOf(self)), std::move(items));
    });
}

} // namespace

Value makeNamedTuple(const CallArgs &args)
{
    auto a = parseArgs(args, "namedtuple", {"typename", "field_names", "rename", "defaults", "module"}, 2, 2);
    auto layout = std::make_shared<Layout>();
    layout->typeName = str(a[0]);
    layout->fields = fieldNames(a[1]);
    validate(*layout, truthy(a[2]));
    if (!a[3].isNone()) {
        layout->defaults = collect(a[3]);
        if (layout->defaults.size() > layout->fields.size())
            raise(builtin::TypeError(), "Got more default values than field names");
    }
    DictObject ns;
    std::vector<Value> fieldValues;
    for (const std::string &f : layout->fields)
        fieldValues.push_back(aw::str(f));
    ns.setStr("_fields", tuple(fieldValues));
    ns.setStr("__match_args__", tuple(fieldValues));
    auto fieldDefaults = make<DictObject>();
    const size_t firstDefault = layout->fields.size() - layout->defaults.size();
    for (size_t i = 0; i < layout->defaults.size(); ++i)
        fieldDefaults->setStr(layout->fields[firstDefault + i], layout->defaults[i]);
    ns.setStr("_field_defaults", Value(fieldDefaults));
    defineBehaviour(ns, layout);
    const std::string module = a[4].isNone() ? "__main__" : strText(a[4], "module");
    Ref<TypeObject> cls = makeClass(layout->typeName, module, {Ref<TypeObject>(tupleType())}, ns);
    cls->slots.init = [](const Value &, const CallArgs &) {};
    for (size_t i = 0; i < layout->fields.size(); ++i)
        defineGetSet(cls.get(), layout->fields[i], [i](const Value &self) { return itemsOf(self)[i]; });
    return Value(cls);
}

void addNamedTuple(ModuleObject &m)
{
    m.def("namedtuple", [](const Value &, const CallArgs &args) { return makeNamedTuple(args); });
}

} // namespace aw::py
