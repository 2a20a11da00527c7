#pragma once
// Expression and assignment-target nodes (see nodes.h for the evaluation model).

#include "code.h"
#include "core/slots.h"
#include "scope.h"

#include <memory>
#include <string>
#include <vector>

namespace aw::interp {

struct ConstantNode : ExprNode {
    Value value;
    Value eval(Frame &) const override { return value; }
};

// A name read, resolved at compile time.
struct NameNode : ExprNode {
    Resolution where;
    Value name; // the identifier as a str
    Value eval(Frame &f) const override;
};

struct AttributeNode : ExprNode {
    ExprPtr object;
    Value name;
    Value eval(Frame &f) const override;
    Step<Value> evalAsync(Frame &f) const override;
};

struct SubscriptNode : ExprNode {
    ExprPtr object;
    ExprPtr index;
    Value eval(Frame &f) const override;
    Step<Value> evalAsync(Frame &f) const override;
};

struct SliceNode : ExprNode {
    ExprPtr lower, upper, step; // each may be null
    Value eval(Frame &f) const override;
    Step<Value> evalAsync(Frame &f) const override;
};

struct BinaryNode : ExprNode {
    BinaryOp op;
    ExprPtr left, right;
    Value eval(Frame &f) const override;
    Step<Value> evalAsync(Frame &f) const override;
};

struct UnaryNode : ExprNode {
    enum Op : uint8_t { Neg, Pos, Invert, Not } op;
    ExprPtr operand;
    Value apply(const Value &v) const;
    Value eval(Frame &f) const override { return apply(operand->eval(f)); }
    Step<Value> evalAsync(Frame &f) const override;
};

struct BoolOpNode : ExprNode {
    bool isAnd;
    std::vector<ExprPtr> values;
    Value eval(Frame &f) const override;
    Step<Value> evalAsync(Frame &f) const override;
};

struct CompareNode : ExprNode {
    enum Op : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };
    ExprPtr left;
    std::vector<Op> ops;
    std::vector<ExprPtr> comparators;
    static bool test(Op op, const Value &a, const Value &b);
    Value eval(Frame &f) const override;
    Step<Value> evalAsync(Frame &f) const override;
};

struct IfExpNode : ExprNode {
    ExprPtr test, body, orelse;
    Value eval(Frame &f) const override;
    Step<Value> evalAsync(Frame &f) const override;
};

// `target := value`
struct NamedNode : ExprNode {
    std::unique_ptr<TargetNode> target;
    ExprPtr value;
    Value eval(Frame &f) const override;
    Step<Value> evalAsync(Frame &f) const override;
};

// Call arguments as written: positional (some starred) and keyword (some `**`).
struct CallArgNode {
    ExprPtr value;
    Value keyword;      // str name, None for positional
    bool star = false;  // *args
    bool doubleStar = false; // **kwargs
};

struct CallNode : ExprNode {
    ExprPtr func;
    std::vector<CallArgNode> args;
    bool simple = true; // no * or ** arguments
    // `super()` with no arguments: the class cell and the first argument come from the frame.
    bool zeroArgSuper = false;
    Value eval(Frame &f) const override;
    Step<Value> evalAsync(Frame &f) const override;
    Value invoke(Frame &f, const Value &callee, std::vector<Value> &values) const;
};

// List, tuple and set displays (elements may be starred).
struct SequenceNode : ExprNode {
    enum Kind : uint8_t { List, Tuple, Set } kind;
    std::vector<ExprPtr> elts;
    std::vector<bool> starred;
    // CPython builds a set display of constants from a frozenset constant, which orders it
    // differently from adding the items one by one.
    bool allConstant = false;
    Value build(std::vector<Value> &values) const;
    Value eval(Frame &f) const override;
    Step<Value> evalAsync(Frame &f) const override;
};

struct DictNode : ExprNode {
    std::vector<ExprPtr> keys; // null key: `**mapping`
    std::vector<ExprPtr> values;
    Value eval(Frame &f) const override;
    Step<Value> evalAsync(Frame &f) const override;
};

// f-strings: the parts are constants and formatted values.
struct FormattedNode : ExprNode {
    ExprPtr value;
    int conversion = -1; // 's', 'r', 'a' or -1
    ExprPtr spec;        // may be null
    Value format(Frame &f, const Value &v, const Value &spec) const;
    Value eval(Frame &f) const override;
    Step<Value> evalAsync(Frame &f) const override;
};

struct JoinedNode : ExprNode {
    std::vector<ExprPtr> parts;
    Value eval(Frame &f) const override;
    Step<Value> evalAsync(Frame &f) const override;
};

// `def`/`lambda`: makes a function from compiled code, with defaults evaluated now.
struct FunctionNode : ExprNode {
    std::shared_ptr<const CodeObject> code;
    std::vector<ExprPtr> defaults;
    std::vector<ExprPtr> kwDefaults; // parallel to keyword-only params; null: no default
    std::vector<uint32_t> closure;   // the enclosing frame's cells captured, by index
    Value eval(Frame &f) const override;
};

// A comprehension runs as a nested function called at once with the first iterable.
struct ComprehensionNode : ExprNode {
    std::unique_ptr<FunctionNode> function;
    ExprPtr firstIterable;
    bool isGenerator = false;
    bool firstIsAsync = false; // `[x async for x in agen()]`
    Value eval(Frame &f) const override;
    Step<Value> evalAsync(Frame &f) const override;
};

struct AwaitNode : ExprNode {
    ExprPtr value;
    Value eval(Frame &f) const override;
    Step<Value> evalAsync(Frame &f) const override;
};

struct YieldNode : ExprNode {
    ExprPtr value; // may be null
    bool from = false;
    Value eval(Frame &f) const override;
    Step<Value> evalAsync(Frame &f) const override;
};

// --- assignment targets

struct NameTarget : TargetNode {
    Resolution where;
    Value name;
    void assign(Frame &f, Value v) const override;
    void del(Frame &f) const override;
};

struct AttributeTarget : TargetNode {
    ExprPtr object;
    Value name;
    void assign(Frame &f, Value v) const override;
    Step<void> assignAsync(Frame &f, Value v) const override;
    void del(Frame &f) const override;
};

struct SubscriptTarget : TargetNode {
    ExprPtr object;
    ExprPtr index;
    void assign(Frame &f, Value v) const override;
    Step<void> assignAsync(Frame &f, Value v) const override;
    void del(Frame &f) const override;
};

struct UnpackTarget : TargetNode {
    std::vector<TargetPtr> targets;
    int starIndex = -1; // `a, *rest = ...`
    void assign(Frame &f, Value v) const override;
    Step<void> assignAsync(Frame &f, Value v) const override;
    void del(Frame &f) const override;
    std::vector<Value> unpack(const Value &v) const;
};

} // namespace aw::interp
