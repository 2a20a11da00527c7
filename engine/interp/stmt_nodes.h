#pragma once
// Statement nodes (see nodes.h for the evaluation model).

#include "expr_nodes.h"

namespace aw::interp {

struct ExprStmtNode : StmtNode {
    ExprPtr value;
    Flow exec(Frame &f) const override;
    Step<Flow> execAsync(Frame &f) const override;
};

struct AssignNode : StmtNode {
    std::vector<TargetPtr> targets; // `a = b = value`
    ExprPtr value;
    Flow exec(Frame &f) const override;
    Step<Flow> execAsync(Frame &f) const override;
};

// `target op= value`: the container and key are evaluated once.
struct AugAssignNode : StmtNode {
    BinaryOp op;
    enum Kind : uint8_t { Name, Attribute, Subscript } kind;
    std::unique_ptr<NameNode> nameLoad;
    std::unique_ptr<NameTarget> nameStore;
    ExprPtr object;   // attribute / subscript container
    Value attr;       // attribute name
    ExprPtr index;    // subscript key
    ExprPtr value;
    Flow exec(Frame &f) const override;
    Step<Flow> execAsync(Frame &f) const override;
    Value combine(const Value &current, const Value &operand) const;
};

struct ReturnNode : StmtNode {
    ExprPtr value; // may be null
    Flow exec(Frame &f) const override;
    Step<Flow> execAsync(Frame &f) const override;
};

// `name: annotation` in a module or class body: the annotation is evaluated and recorded
// in the namespace's __annotations__ (dataclasses read it).
struct AnnotateNode : StmtNode {
    Value name;
    ExprPtr annotation;
    bool classBody = false;
    Flow exec(Frame &f) const override;
};

// Two statements compiled from one (`x: int = 1` in a class body).
struct SequenceStmtNode : StmtNode {
    StmtPtr first, second;
    Flow exec(Frame &f) const override
    {
        first->exec(f);
        return second->exec(f);
    }
};

struct DeleteNode : StmtNode {
    std::vector<TargetPtr> targets;
    Flow exec(Frame &f) const override;
};

struct JumpNode : StmtNode {
    Flow flow; // Normal for pass
    Flow exec(Frame &) const override { return flow; }
};

struct IfNode : StmtNode {
    ExprPtr test;
    Block body, orelse;
    Flow exec(Frame &f) const override;
    Step<Flow> execAsync(Frame &f) const override;
    MaybeStep<Flow> start(Frame &f) const override;
};

struct WhileNode : StmtNode {
    ExprPtr test;
    Block body, orelse;
    Flow exec(Frame &f) const override;
    Step<Flow> execAsync(Frame &f) const override;
};

struct ForNode : StmtNode {
    TargetPtr target;
    ExprPtr iter;
    Block body, orelse;
    bool isAsync = false;
    Flow exec(Frame &f) const override;
    Step<Flow> execAsync(Frame &f) const override;
};

struct RaiseNode : StmtNode {
    ExprPtr exc, cause; // both may be null
    bool hasCause = false;
    [[noreturn]] void raise(Frame &f, const Value &exc, const Value *cause) const;
    Flow exec(Frame &f) const override;
    Step<Flow> execAsync(Frame &f) const override;
};

struct HandlerNode {
    ExprPtr type; // null: bare except
    TargetPtr name;
    Block body;
    uint32_t line = 0;
};

struct TryNode : StmtNode {
    Block body;
    std::vector<HandlerNode> handlers;
    Block orelse, finalbody;
    bool star = false; // except*
    Flow exec(Frame &f) const override;
    Step<Flow> execAsync(Frame &f) const override;
};

struct WithItemNode {
    ExprPtr context;
    TargetPtr target; // may be null
};

struct WithNode : StmtNode {
    std::vector<WithItemNode> items;
    Block body;
    bool isAsync = false;
    Flow exec(Frame &f) const override;
    Step<Flow> execAsync(Frame &f) const override;
    Flow execFrom(Frame &f, size_t item) const;
    Step<Flow> execFromAsync(Frame &f, size_t item) const;
};

struct AssertNode : StmtNode {
    ExprPtr test, msg;
    Flow exec(Frame &f) const override;
    Step<Flow> execAsync(Frame &f) const override;
};

struct ImportNode : StmtNode {
    struct Item {
        std::string module;   // dotted name
        std::string attr;     // from-import: the imported name; empty for `import x`
        TargetPtr target;
        bool bindsPackage;    // `import a.b`: the target gets the top-level package
    };
    std::vector<Item> items;
    bool from = false;
    Flow exec(Frame &f) const override;
};

struct ClassNode : StmtNode {
    std::string name;
    std::vector<ExprPtr> bases;
    std::vector<ExprPtr> decorators;
    std::shared_ptr<const CodeObject> body; // runs with the class namespace
    std::vector<uint32_t> closure;          // enclosing cells the body needs
    bool needsClassCell = false;            // methods use super(): fill the __class__ cell
    TargetPtr target;
    Flow exec(Frame &f) const override;
};

// The loops of a comprehension, run inside its own function (code body).
struct ComprehensionLoopNode : StmtNode {
    struct Clause {
        TargetPtr target;
        ExprPtr iter; // null for the first clause: it iterates parameter `.0`
        std::vector<ExprPtr> ifs;
        bool isAsync = false;
    };
    enum Kind : uint8_t { List, Set, Dict, Generator } kind;
    std::vector<Clause> clauses;
    ExprPtr elt;
    ExprPtr value; // Dict only
    uint32_t iterSlot = 0;
    Flow exec(Frame &f) const override;
    Step<Flow> execAsync(Frame &f) const override;
};

} // namespace aw::interp
