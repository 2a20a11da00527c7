#pragma once
// The executable tree a scenario compiles to.
//
// Every expression and statement of the AST becomes a node object with names already
// resolved (to a local slot, a cell, a global...). A node evaluates synchronously (eval /
// exec) or, when it contains a suspension point (await, yield, or a blocking call in an
// executor job), as a C++ coroutine (evalAsync / execAsync). `suspends` is fixed at compile
// time, so code without await runs entirely on the fast synchronous path and a coroutine
// frame is made only for the statements and expressions that can actually suspend.

#include "core/value.h"

#include "step.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace aw::interp {

struct Frame;

// How a statement ended: fall through, or leave the loop/function (the return value is in
// the frame).
enum class Flow : uint8_t { Normal, Break, Continue, Return };

struct Node {
    virtual ~Node() = default;
    uint32_t line = 0;
    uint32_t col = 0;
    uint32_t endLine = 0;
    uint32_t endCol = 0;
    bool suspends = false;
};

struct ExprNode : Node {
    virtual Value eval(Frame &f) const = 0;
    // Only called when `suspends`; the default evaluates synchronously.
    virtual Step<Value> evalAsync(Frame &f) const;
};

// Assignment targets (names, attributes, subscripts, unpacking).
struct TargetNode : Node {
    virtual void assign(Frame &f, Value v) const = 0;
    // Targets with suspending subexpressions (`x[await i] = v`) are rare; they evaluate
    // those first through this hook.
    virtual Step<void> assignAsync(Frame &f, Value v) const;
    virtual void del(Frame &f) const;
};

struct AwaitNode;

struct StmtNode : Node {
    virtual Flow exec(Frame &f) const = 0;
    virtual Step<Flow> execAsync(Frame &f) const;
    // How a block starts a suspending statement. Statements that only choose a block to run
    // override it to hand back that block's Step instead of wrapping it in a frame of their own.
    virtual MaybeStep<Flow> start(Frame &f) const { return execAsync(f); }
    // Set for `await x` written as a statement, with an x that cannot suspend: what most
    // coroutine lines are. The block awaits it in its own frame (see execBlockAsync).
    const AwaitNode *awaitStatement = nullptr;
};

using ExprPtr = std::unique_ptr<ExprNode>;
using StmtPtr = std::unique_ptr<StmtNode>;
using TargetPtr = std::unique_ptr<TargetNode>;
using Block = std::vector<StmtPtr>;

// Evaluate a child node from coroutine code, synchronously when it cannot suspend.
// Coroutine code must never put `co_await` inside a conditional expression
// (`c ? co_await a : b`): GCC 12 miscompiles it (the result is destroyed twice).
MaybeStep<Value> evaluate(const ExprNode &e, Frame &f);
MaybeStep<Flow> execute(const StmtNode &s, Frame &f);

Flow execBlock(const Block &block, Frame &f);
Step<Flow> execBlockAsync(const Block &block, Frame &f);
bool blockSuspends(const Block &block);

} // namespace aw::interp
