#pragma once
// A parsed scenario: its source, its tree and everything the tree points into.

#include "arena.h"
#include "ast.h"
#include "interner.h"
#include "source.h"

#include <memory>
#include <string>

namespace aw::lang {

namespace detail {
class Parser;
}

class Module {
public:
    Module(std::string filename, SourceText source, std::shared_ptr<Interner> names)
        : filename_(std::move(filename)), source_(std::move(source)), names_(std::move(names)) {}
    Module(const Module&) = delete;
    Module& operator=(const Module&) = delete;

    /// The name given to the parser, used in error messages ("File ..., line ...").
    const std::string& filename() const { return filename_; }
    /// The decoded source the positions refer to; use it to show the line of a runtime error.
    const SourceText& source() const { return source_; }
    /// Top-level statements.
    ArenaArray<Stmt*> body() const { return body_; }
    /// The identifier table; shared with other modules when ParseOptions said so.
    Interner& names() const { return *names_; }
    const std::shared_ptr<Interner>& sharedNames() const { return names_; }
    /// Memory reserved for the tree.
    std::size_t treeBytes() const { return arena_.bytesReserved(); }

private:
    friend class detail::Parser;

    std::string filename_;
    SourceText source_;
    std::shared_ptr<Interner> names_;
    Arena arena_;
    ArenaArray<Stmt*> body_;
};

} // namespace aw::lang
