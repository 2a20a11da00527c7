#pragma once
// Expression nodes of the AST and the small nodes they share with statements (see ast.h).

#include "arena.h"
#include "interner.h"

#include <cassert>
#include <cstdint>
#include <string_view>

namespace aw::lang {

/// Statements and expressions of a parsed Module never nest deeper than this (CPython's compiler
/// gives up there with RecursionError), so recursive tree walkers need only a bounded stack.
inline constexpr int kMaxAstDepth = 3000;

/// Source range of a node. Lines are 1-based; columns are 0-based UTF-8 byte offsets into the
/// line, exactly like CPython's lineno/col_offset/end_lineno/end_col_offset. Use
/// SourceText::characterColumn() for 1-based character columns in messages.
struct Span {
    std::uint32_t line = 0;
    std::uint32_t col = 0;
    std::uint32_t endLine = 0;
    std::uint32_t endCol = 0;
};

enum class ExprContext : std::uint8_t { Load, Store, Del };
enum class BoolOpKind : std::uint8_t { And, Or };
enum class BinaryOp : std::uint8_t {
    Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv
};
enum class UnaryOpKind : std::uint8_t { Invert, Not, UAdd, USub };
enum class CmpOp : std::uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

// ---------------------------------------------------------------------------------------------
// Expressions

enum class ExprKind : std::uint8_t {
    BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp, SetComp, DictComp,
    GeneratorExp, Await, Yield, YieldFrom, Compare, Call, FormattedValue, JoinedStr, Constant,
    Attribute, Subscript, Starred, Name, List, Tuple, Slice,
};

struct Expr {
    ExprKind kind;
    /// Written inside its own parentheses; CPython's error messages depend on it.
    bool parenthesized;
    Span span;

    template <class T>
    const T& as() const
    {
        assert(T::accepts(kind));
        return static_cast<const T&>(*this);
    }
    template <class T>
    T& as()
    {
        assert(T::accepts(kind));
        return static_cast<T&>(*this);
    }
};

struct Arguments;
struct Comprehension;
struct Keyword;

/// BoolOp: `a and b and c` is one node with three values.
struct BoolOpExpr : Expr {
    static bool accepts(ExprKind k) { return k == ExprKind::BoolOp; }
    BoolOpKind op;
    ArenaArray<Expr*> values;
};

/// NamedExpr: `target := value`; target is a Name.
struct NamedExpr : Expr {
    static bool accepts(ExprKind k) { return k == ExprKind::NamedExpr; }
    Expr* target;
    Expr* value;
};

struct BinOpExpr : Expr {
    static bool accepts(ExprKind k) { return k == ExprKind::BinOp; }
    Expr* left;
    BinaryOp op;
    Expr* right;
};

struct UnaryOpExpr : Expr {
    static bool accepts(ExprKind k) { return k == ExprKind::UnaryOp; }
    UnaryOpKind op;
    Expr* operand;
};

struct LambdaExpr : Expr {
    static bool accepts(ExprKind k) { return k == ExprKind::Lambda; }
    const Arguments* args;
    Expr* body;
};

/// IfExp: `body if test else orelse`.
struct IfExpExpr : Expr {
    static bool accepts(ExprKind k) { return k == ExprKind::IfExp; }
    Expr* test;
    Expr* body;
    Expr* orelse;
};

/// Dict display; a null key means `**values[i]` is unpacked into the dict.
struct DictExpr : Expr {
    static bool accepts(ExprKind k) { return k == ExprKind::Dict; }
    ArenaArray<Expr*> keys;
    ArenaArray<Expr*> values;
};

/// List, Tuple and Set displays (Set ignores ctx, which stays Load).
struct SequenceExpr : Expr {
    static bool accepts(ExprKind k) { return k == ExprKind::List || k == ExprKind::Tuple || k == ExprKind::Set; }
    ArenaArray<Expr*> elts;
    ExprContext ctx;
};

/// ListComp, SetComp, GeneratorExp (element in `elt`) and DictComp (`elt` is the key).
struct ComprehensionExpr : Expr {
    static bool accepts(ExprKind k)
    {
        return k == ExprKind::ListComp || k == ExprKind::SetComp || k == ExprKind::DictComp ||
               k == ExprKind::GeneratorExp;
    }
    Expr* elt;
    Expr* value; ///< DictComp only.
    ArenaArray<Comprehension> generators;
};

/// Await, Yield (value may be null) and YieldFrom.
struct AwaitYieldExpr : Expr {
    static bool accepts(ExprKind k) { return k == ExprKind::Await || k == ExprKind::Yield || k == ExprKind::YieldFrom; }
    Expr* value;
};

/// Compare: `left ops[0] comparators[0] ops[1] comparators[1] ...`.
struct CompareExpr : Expr {
    static bool accepts(ExprKind k) { return k == ExprKind::Compare; }
    Expr* left;
    ArenaArray<CmpOp> ops;
    ArenaArray<Expr*> comparators;
};

/// Call; `*x` arguments appear in args as Starred, `**x` in keywords with an absent name.
struct CallExpr : Expr {
    static bool accepts(ExprKind k) { return k == ExprKind::Call; }
    Expr* func;
    ArenaArray<Expr*> args;
    ArenaArray<Keyword> keywords;
};

/// One `{...}` field of an f-string. conversion is -1, 's', 'r' or 'a'; formatSpec is a
/// JoinedStr or null.
struct FormattedValueExpr : Expr {
    static bool accepts(ExprKind k) { return k == ExprKind::FormattedValue; }
    Expr* value;
    int conversion;
    Expr* formatSpec;
};

/// An f-string (possibly concatenated with plain strings): Constant(Str) and FormattedValue parts.
struct JoinedStrExpr : Expr {
    static bool accepts(ExprKind k) { return k == ExprKind::JoinedStr; }
    ArenaArray<Expr*> values;
};

enum class ConstantKind : std::uint8_t { None, True, False, Ellipsis, Int, BigInt, Float, Str, Bytes };

struct ConstantExpr : Expr {
    static bool accepts(ExprKind k) { return k == ExprKind::Constant; }
    ConstantKind constKind;
    bool uPrefix;       ///< A Str whose first literal had a `u` prefix (ast's kind='u').
    std::int64_t intValue;
    double floatValue;
    /// Str: the value in UTF-8 (a lone surrogate from an escape is encoded WTF-8 style).
    /// Bytes: the raw bytes. BigInt: decimal digits of an integer beyond int64.
    std::string_view text;
};

struct AttributeExpr : Expr {
    static bool accepts(ExprKind k) { return k == ExprKind::Attribute; }
    Expr* value;
    Identifier attr;
    ExprContext ctx;
};

/// Subscript; `slice` is a Slice, a Tuple (possibly containing Slices) or any expression.
struct SubscriptExpr : Expr {
    static bool accepts(ExprKind k) { return k == ExprKind::Subscript; }
    Expr* value;
    Expr* slice;
    ExprContext ctx;
};

struct StarredExpr : Expr {
    static bool accepts(ExprKind k) { return k == ExprKind::Starred; }
    Expr* value;
    ExprContext ctx;
};

struct NameExpr : Expr {
    static bool accepts(ExprKind k) { return k == ExprKind::Name; }
    Identifier id;
    ExprContext ctx;
};

/// `lower:upper:step` inside a subscript; each part may be null.
struct SliceExpr : Expr {
    static bool accepts(ExprKind k) { return k == ExprKind::Slice; }
    Expr* lower;
    Expr* upper;
    Expr* step;
};

// ---------------------------------------------------------------------------------------------
// Helper nodes

/// A parameter; `span` covers the name and its annotation.
struct Arg {
    Identifier name;
    Expr* annotation;
    Span span;
};

/// Parameters of a def or lambda, as in CPython: `defaults` belong to the last entries of
/// posonlyargs+args; `kwDefaults` is parallel to kwonlyargs with null for "no default".
struct Arguments {
    ArenaArray<Arg> posonlyargs;
    ArenaArray<Arg> args;
    const Arg* vararg;
    ArenaArray<Arg> kwonlyargs;
    ArenaArray<Expr*> kwDefaults;
    const Arg* kwarg;
    ArenaArray<Expr*> defaults;
};

/// `name=value` in a call or class header; an absent name means `**value`.
struct Keyword {
    Identifier name;
    Expr* value;
    Span span;
};

/// One `[async] for target in iter if ...` clause.
struct Comprehension {
    Expr* target;
    Expr* iter;
    ArenaArray<Expr*> ifs;
    bool isAsync;
};

/// `import a.b as c`: name is the whole dotted name ("a.b"); asname may be absent.
struct Alias {
    Identifier name;
    Identifier asname;
    Span span;
};

struct WithItem {
    Expr* contextExpr;
    Expr* optionalVars; ///< The `as` target or null.
};

} // namespace aw::lang
