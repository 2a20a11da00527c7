// Comparison, arithmetic, truth and conversion to text: CPython's do_richcompare and
// binary_op1 over type slots, with their TypeError messages.

#include "protocol.h"

#include "core/recursion.h"
#include "core/str.h"

#include <mutex>
#include <unordered_map>

namespace aw::py {

namespace {

CompareOp swapped(CompareOp op)
{
    switch (op) {
    case CompareOp::Lt: return CompareOp::Gt;
    case CompareOp::Le: return CompareOp::Ge;
    case CompareOp::Gt: return CompareOp::Lt;
    case CompareOp::Ge: return CompareOp::Le;
    case CompareOp::Eq:
    case CompareOp::Ne: break;
    }
    return op;
}

const char *compareSymbol(CompareOp op)
{
    switch (op) {
    case CompareOp::Lt: return "<";
    case CompareOp::Le: return "<=";
    case CompareOp::Eq: return "==";
    case CompareOp::Ne: return "!=";
    case CompareOp::Gt: return ">";
    case CompareOp::Ge: return ">=";
    }
    return "?";
}

std::string operandTypes(const Value &a, const Value &b)
{
    return "'" + typeOf(a)->name() + "' and '" + typeOf(b)->name() + "'";
}

} // namespace

Value compare(const Value &a, const Value &b, CompareOp op)
{
    RecursionGuard depth(" in comparison");
    TypeObject *ta = typeOf(a);
    TypeObject *tb = typeOf(b);
    bool checkedReverse = false;
    if (ta != tb && tb->isSubtypeOf(ta) && tb->slots.richCompare) {
        checkedReverse = true;
        Value r = tb->slots.richCompare(b, a, swapped(op));
        if (!isNotImplemented(r))
            return r;
    }
    if (ta->slots.richCompare) {
        Value r = ta->slots.richCompare(a, b, op);
        if (!isNotImplemented(r))
            return r;
    }
    if (!checkedReverse && tb->slots.richCompare) {
        Value r = tb->slots.richCompare(b, a, swapped(op));
        if (!isNotImplemented(r))
            return r;
    }
    if (op == CompareOp::Eq)
        return Value::boolean(a.is(b));
    if (op == CompareOp::Ne)
        return Value::boolean(!a.is(b));
    raise(builtin::TypeError(), std::string("'") + compareSymbol(op) + "' not supported between instances of "
                                    + operandTypes(a, b));
}

bool equals(const Value &a, const Value &b)
{
    if (a.isInt() && b.isInt())
        return a.asInt() == b.asInt();
    return truthy(compare(a, b, CompareOp::Eq));
}

bool lessThan(const Value &a, const Value &b)
{
    if (a.isInt() && b.isInt())
        return a.asInt() < b.asInt();
    return truthy(compare(a, b, CompareOp::Lt));
}

std::string_view binaryOpSymbol(BinaryOp op)
{
    static const char *const symbols[] = {"+", "-", "*", "@", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^"};
    return symbols[static_cast<int>(op)];
}

Value binary(const Value &a, const Value &b, BinaryOp op)
{
    const int i = static_cast<int>(op);
    TypeObject *ta = typeOf(a);
    TypeObject *tb = typeOf(b);
    auto slota = ta->slots.binary[i];
    auto slotb = tb != ta ? tb->slots.binary[i] : nullptr;
    if (slotb == slota)
        slotb = nullptr;
    if (slota) {
        if (slotb && tb->isSubtypeOf(ta)) {
            Value r = slotb(a, b);
            if (!isNotImplemented(r))
                return r;
            slotb = nullptr;
        }
        Value r = slota(a, b);
        if (!isNotImplemented(r))
            return r;
    }
    if (slotb) {
        Value r = slotb(a, b);
        if (!isNotImplemented(r))
            return r;
    }
    raise(builtin::TypeError(), "unsupported operand type(s) for " + std::string(binaryOpSymbol(op)) + ": "
                                    + operandTypes(a, b));
}

Value inplace(const Value &a, const Value &b, BinaryOp op)
{
    if (auto slot = typeOf(a)->slots.inplace[static_cast<int>(op)]) {
        Value r = slot(a, b);
        if (!isNotImplemented(r))
            return r;
    }
    try {
        return binary(a, b, op);
    } catch (const PyException &e) {
        if (!e.isInstance(builtin::TypeError()) || e.object()->args().empty())
            throw;
        const std::string &msg = strText(e.object()->args()[0]);
        if (msg.rfind("unsupported operand type(s) for ", 0) != 0)
            throw;
        raise(builtin::TypeError(), "unsupported operand type(s) for " + std::string(binaryOpSymbol(op)) + "=: "
                                        + operandTypes(a, b));
    }
}

Value unary(const Value &v, UnaryOp op)
{
    if (auto slot = typeOf(v)->slots.unary[static_cast<int>(op)])
        return slot(v);
    static const char *const names[] = {"unary -", "unary +", "unary ~"};
    raise(builtin::TypeError(), std::string("bad operand type for ") + names[static_cast<int>(op)] + ": '"
                                    + typeOf(v)->name() + "'");
}

bool truthy(const Value &v)
{
    switch (v.kind()) {
    case Value::Kind::None: return false;
    case Value::Kind::Bool:
    case Value::Kind::Int: return v.asInt() != 0;
    case Value::Kind::Float: return v.asFloat() != 0.0;
    case Value::Kind::Object: break;
    }
    TypeObject *type = typeOf(v);
    if (type->slots.truthy)
        return type->slots.truthy(v);
    if (type->slots.len)
        return type->slots.len(v) != 0;
    return true;
}

std::string repr(const Value &v)
{
    RecursionGuard depth(" while getting the repr of an object");
    TypeObject *type = typeOf(v);
    if (type->slots.repr)
        return type->slots.repr(v);
    return "<" + type->qualifiedName() + " object>";
}

std::string str(const Value &v)
{
    if (auto *s = v.as<StrObject>())
        return s->utf8();
    RecursionGuard depth(" while getting the str of an object");
    TypeObject *type = typeOf(v);
    if (type->slots.str)
        return type->slots.str(v);
    return repr(v);
}

int64_t hash(const Value &v)
{
    RecursionGuard depth;
    TypeObject *type = typeOf(v);
    if (type->slots.hash)
        return type->slots.hash(v);
    raise(builtin::TypeError(), "unhashable type: '" + type->name() + "'");
}

Value name(std::string_view s)
{
    // Identifiers repeat endlessly (attribute names, keywords): one immortal str each,
    // shared by every run (hence the lock: runs may be on different threads).
    // Never freed (like the immortal strings it holds), so it stays reachable at exit.
    static std::mutex lock;
    static auto *const interned = new std::unordered_map<std::string, Value>;
    std::lock_guard guard(lock);
    auto it = interned->find(std::string(s));
    if (it != interned->end())
        return it->second;
    Value v = aw::str(std::string(s));
    v.asObject()->makeImmortal();
    interned->emplace(std::string(s), v);
    return v;
}

} // namespace aw::py
