#include "function_object.h"

#include "coroutine.h"
#include "generator.h"
#include "interpreter.h"

#include "core/containers.h"
#include "core/str.h"
#include "py/protocol.h"

namespace aw::interp {

namespace {

std::string quotedList(const std::vector<std::string> &names)
{
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i > 0)
            out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
        out += "'" + names[i] + "'";
    }
    return out;
}

[[noreturn]] void typeError(const FunctionObject &fn, const std::string &what)
{
    py::raise(builtin::TypeError(), fn.qualname + "() " + what);
}

} // namespace

TypeObject *cellType()
{
    static TypeObject *const t = makeBuiltinType("cell", "builtins", {});
    return t;
}

TypeObject *functionType()
{
    static TypeObject *const t = [] {
        TypeObject *type = makeBuiltinType("function", "builtins", {});
        type->slots.call = [](const Value &self, const CallArgs &args) { return self.as<FunctionObject>()->call(args); };
        type->slots.descrGet = [](const Value &self, const Value &instance, TypeObject *) {
            if (instance.isNone())
                return self;
            return Value(make<MethodObject>(self, instance));
        };
        type->slots.repr = [](const Value &v) {
            const std::string address = py::addressOf(*v.asObject());
            return "<function " + v.as<FunctionObject>()->qualname + " at " + address + ">";
        };
        type->slots.getAttr = [](const Value &self, const Value &name, Value &out) {
            auto *fn = self.as<FunctionObject>();
            const std::string &n = py::strText(name);
            if (n == "__name__")
                out = aw::str(fn->name);
            else if (n == "__qualname__")
                out = aw::str(fn->qualname);
            else if (n == "__module__")
                out = aw::str("__main__");
            else if (n == "__doc__")
                out = fn->code().docstring ? aw::str(*fn->code().docstring) : Value();
            else if (n == "__defaults__" || n == "__annotations__")
                out = Value();
            else
                return false;
            return true;
        };
        return type;
    }();
    return t;
}

FunctionObject::FunctionObject(Interpreter *interp, std::shared_ptr<const CodeObject> code, Ref<DictObject> globals)
    : Object(functionType())
    , name(code->name)
    , qualname(code->qualname)
    , m_interp(interp)
    , m_code(std::move(code))
    , m_globals(std::move(globals))
{
}

void FunctionObject::clearReferences()
{
    Object::clearReferences();
    defaults.clear();
    kwDefaults.clear();
    closure.clear();
    m_globals = nullptr;
}

std::unique_ptr<Frame> FunctionObject::bind(const CallArgs &args)
{
    const CodeObject &c = *m_code;
    auto f = std::make_unique<Frame>(m_interp, &c);
    f->function = this;
    f->globals = m_globals.get();
    auto setLocal = [&f](uint32_t slot, Value v) {
        f->locals[slot] = std::move(v);
        f->bound[slot] = true;
    };
    const size_t npos = c.positionalCount;
    const size_t given = args.positional.size();
    if (given > npos && c.varargSlot < 0) {
        const size_t withDefaults = defaults.size();
        std::string expected = withDefaults ? "from " + std::to_string(npos - withDefaults) + " to " + std::to_string(npos)
                                            : std::to_string(npos);
        typeError(*this, "takes " + expected + " positional argument" + (npos == 1 && !withDefaults ? "" : "s") +
                             " but " + std::to_string(given) + (given == 1 ? " was" : " were") + " given");
    }
    for (size_t i = 0; i < std::min(given, npos); ++i)
        setLocal(c.params[i].slot, args.positional[i]);
    if (c.varargSlot >= 0) {
        std::vector<Value> rest;
        for (size_t i = npos; i < given; ++i)
            rest.push_back(args.positional[i]);
        setLocal(static_cast<uint32_t>(c.varargSlot), tuple(std::move(rest)));
    }
    Ref<DictObject> extra;
    if (c.kwargSlot >= 0)
        extra = make<DictObject>();
    for (const auto &[key, value] : args.keywords) {
        const std::string &k = py::strText(key);
        size_t i = c.posOnlyCount;
        while (i < c.params.size() && c.params[i].name != k)
            ++i;
        if (i < c.params.size()) {
            if (f->bound[c.params[i].slot])
                typeError(*this, "got multiple values for argument '" + k + "'");
            setLocal(c.params[i].slot, value);
        } else if (extra) {
            extra->set(key, value);
        } else {
            typeError(*this, "got an unexpected keyword argument '" + k + "'");
        }
    }
    std::vector<std::string> missing;
    const size_t firstDefault = npos - defaults.size();
    for (size_t i = 0; i < npos; ++i) {
        if (f->bound[c.params[i].slot])
            continue;
        if (i >= firstDefault)
            setLocal(c.params[i].slot, defaults[i - firstDefault]);
        else
            missing.push_back(c.params[i].name);
    }
    if (!missing.empty())
        typeError(*this, "missing " + std::to_string(missing.size()) + " required positional argument" +
                             (missing.size() == 1 ? "" : "s") + ": " + quotedList(missing));
    for (size_t k = 0; npos + k < c.params.size(); ++k) {
        const Param &p = c.params[npos + k];
        if (f->bound[p.slot])
            continue;
        if (k < kwDefaults.size() && kwDefaultGiven[k])
            setLocal(p.slot, kwDefaults[k]);
        else
            missing.push_back(p.name);
    }
    if (!missing.empty())
        typeError(*this, "missing " + std::to_string(missing.size()) + " required keyword-only argument" +
                             (missing.size() == 1 ? "" : "s") + ": " + quotedList(missing));
    if (extra)
        setLocal(static_cast<uint32_t>(c.kwargSlot), Value(extra));
    f->cells.resize(c.cellNames.size() + c.freeNames.size());
    for (size_t i = 0; i < c.cellNames.size(); ++i)
        f->cells[i] = make<CellObject>();
    for (const auto &[slot, cell] : c.paramCells) {
        f->cells[cell]->value = f->locals[slot];
        f->cells[cell]->bound = f->bound[slot];
    }
    for (size_t i = 0; i < closure.size(); ++i)
        f->cells[c.cellNames.size() + i] = closure[i];
    return f;
}

Value FunctionObject::call(const CallArgs &args)
{
    std::unique_ptr<Frame> frame = bind(args);
    const CodeObject &c = *m_code;
    if (c.isAsyncGenerator())
        return Value(make<AsyncGeneratorObject>(Ref<FunctionObject>(this), std::move(frame)));
    if (c.isCoroutine)
        return Value(make<CoroutineObject>(Ref<FunctionObject>(this), std::move(frame)));
    if (c.isGenerator)
        return Value(make<GeneratorObject>(Ref<FunctionObject>(this), std::move(frame)));
    RecursionGuard depth;
    try {
        return runFrame(*frame);
    } catch (const PyException &e) {
        m_interp->addTraceback(e, *frame);
        throw;
    }
}

} // namespace aw::interp
