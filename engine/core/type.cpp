#include "type.h"

#include "exception.h"

#include <algorithm>
#include <iterator>
#include <mutex>

namespace aw {

thread_local uint32_t Object::s_serialCounter = 0;

namespace {

// C3 linearisation, as CPython's mro_internal: merge the bases' MROs and the base list.
bool c3Merge(std::vector<std::vector<TypeObject *>> seqs, std::vector<TypeObject *> &out)
{
    for (;;) {
        std::erase_if(seqs, [](const auto &s) { return s.empty(); });
        if (seqs.empty())
            return true;
        TypeObject *candidate = nullptr;
        for (const auto &s : seqs) {
            TypeObject *head = s.front();
            const bool inTail = std::any_of(seqs.begin(), seqs.end(), [head](const auto &t) {
                return std::find(t.begin() + 1, t.end(), head) != t.end();
            });
            if (!inTail) {
                candidate = head;
                break;
            }
        }
        if (!candidate)
            return false;
        out.push_back(candidate);
        for (auto &s : seqs) {
            if (s.front() == candidate)
                s.erase(s.begin());
        }
    }
}

} // namespace

TypeObject::TypeObject(std::string name, std::string module, std::vector<Ref<TypeObject>> bases)
    : Object(typeType())
    , m_name(std::move(name))
    , m_module(std::move(module))
    , m_bases(std::move(bases))
{
    if (m_bases.empty())
        m_bases.emplace_back(objectType());
    std::vector<std::vector<TypeObject *>> seqs;
    std::vector<TypeObject *> direct;
    for (const auto &b : m_bases) {
        seqs.push_back(b->mro());
        direct.push_back(b.get());
    }
    seqs.push_back(direct);
    m_mro.push_back(this);
    if (!c3Merge(std::move(seqs), m_mro)) {
        std::string names;
        for (const auto &b : m_bases)
            names += (names.empty() ? "" : ", ") + b->name();
        throw PyException::make(builtin::TypeError(),
                                "Cannot create a consistent method resolution order (MRO) for bases " + names);
    }
}

std::string TypeObject::qualifiedName() const
{
    if (m_module.empty() || m_module == "builtins")
        return m_name;
    return m_module + "." + m_name;
}

bool TypeObject::isSubtypeOf(const TypeObject *other) const noexcept
{
    return std::find(m_mro.begin(), m_mro.end(), other) != m_mro.end();
}

bool TypeObject::lookup(const std::string &name, Value &out) const
{
    for (const TypeObject *t : m_mro) {
        auto it = t->m_attrs.find(name);
        if (it != t->m_attrs.end()) {
            out = it->second;
            return true;
        }
    }
    return false;
}

namespace {
std::mutex &registryLock()
{
    static std::mutex m;
    return m;
}
std::vector<TypeObject *> &registry()
{
    static std::vector<TypeObject *> types;
    return types;
}

template<typename T>
void fillIfEmpty(T &slot, const T &from)
{
    if (!slot)
        slot = from;
}
} // namespace

void inheritSlots(TypeObject *type)
{
    TypeSlots &s = type->slots;
    for (const auto &base : type->bases()) {
        const TypeSlots &b = base->slots;
        fillIfEmpty(s.repr, b.repr);
        fillIfEmpty(s.hash, b.hash);
        fillIfEmpty(s.richCompare, b.richCompare);
        if (base.get() == objectType())
            continue;
        fillIfEmpty(s.str, b.str);
        fillIfEmpty(s.truthy, b.truthy);
        fillIfEmpty(s.call, b.call);
        fillIfEmpty(s.getAttr, b.getAttr);
        fillIfEmpty(s.iter, b.iter);
        fillIfEmpty(s.next, b.next);
        fillIfEmpty(s.len, b.len);
        fillIfEmpty(s.getItem, b.getItem);
        fillIfEmpty(s.setItem, b.setItem);
        fillIfEmpty(s.delItem, b.delItem);
        fillIfEmpty(s.contains, b.contains);
        for (size_t i = 0; i < std::size(s.binary); ++i) {
            fillIfEmpty(s.binary[i], b.binary[i]);
            fillIfEmpty(s.inplace[i], b.inplace[i]);
        }
        for (size_t i = 0; i < std::size(s.unary); ++i)
            fillIfEmpty(s.unary[i], b.unary[i]);
        fillIfEmpty(s.descrGet, b.descrGet);
        fillIfEmpty(s.descrSet, b.descrSet);
        fillIfEmpty(s.newInstance, b.newInstance);
        fillIfEmpty(s.init, b.init);
    }
}

std::vector<TypeObject *> builtinTypes()
{
    std::lock_guard guard(registryLock());
    return registry();
}

TypeObject *makeBuiltinType(std::string name, std::string module, std::vector<TypeObject *> bases)
{
    std::vector<Ref<TypeObject>> refs(bases.begin(), bases.end());
    auto *t = new TypeObject(std::move(name), std::move(module), std::move(refs));
    t->makeImmortal();
    inheritSlots(t);
    std::lock_guard guard(registryLock());
    registry().push_back(t);
    return t;
}

TypeObject::TypeObject(std::string name, TypeObject *base)
    : Object(nullptr)
    , m_name(std::move(name))
    , m_module("builtins")
{
    m_mro.push_back(this);
    if (base) {
        m_bases.emplace_back(base);
        m_mro.push_back(base);
    }
}

// `object` and `type` refer to each other (type's base is object, both are instances of
// type), so they are made together, once.
struct TypeBootstrap {
    TypeObject *object;
    TypeObject *type;

    TypeBootstrap()
        : object(new TypeObject("object", nullptr))
        , type(new TypeObject("type", object))
    {
        object->makeImmortal();
        type->makeImmortal();
        object->setType(type);
        type->setType(type);
    }
};

static const TypeBootstrap &bootstrap()
{
    static const TypeBootstrap b;
    return b;
}

TypeObject *typeType()
{
    return bootstrap().type;
}

TypeObject *objectType()
{
    return bootstrap().object;
}

} // namespace aw
