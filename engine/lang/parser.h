#pragma once
// Entry points: Python 3.11 source in, a Module or a SyntaxError out.
//
//     aw::lang::ParseResult r = aw::lang::parseModule(bytes, "scenario.py");
//     if (const aw::lang::SyntaxError* e = r.error())
//         std::cerr << e->format();          // exactly what python3 would print
//     else
//         run(r.takeModule());

#include "module.h"
#include "syntax_error.h"

#include <filesystem>
#include <memory>
#include <string>
#include <variant>

namespace aw::lang {

struct ParseOptions {
    /// Identifier table to intern into; give several modules the same one so that their names
    /// compare equal across modules. A fresh table is made when null.
    std::shared_ptr<Interner> names;
};

class ParseResult {
public:
    explicit ParseResult(std::unique_ptr<Module> module) : value_(std::move(module)) {}
    explicit ParseResult(SyntaxError error) : value_(std::move(error)) {}

    bool ok() const { return std::holds_alternative<std::unique_ptr<Module>>(value_); }
    /// The module, or null when parsing failed.
    Module* module() const { return ok() ? std::get<std::unique_ptr<Module>>(value_).get() : nullptr; }
    /// Hands the module over to the caller (null when parsing failed).
    std::unique_ptr<Module> takeModule()
    {
        return ok() ? std::move(std::get<std::unique_ptr<Module>>(value_)) : nullptr;
    }
    /// The error, or null when parsing succeeded.
    const SyntaxError* error() const { return std::get_if<SyntaxError>(&value_); }

private:
    std::variant<std::unique_ptr<Module>, SyntaxError> value_;
};

/// Parses a whole file's bytes (any line endings, optional UTF-8 BOM and PEP 263 coding
/// comment). `filename` only labels positions and messages. Never throws for bad input: every
/// problem, including constructs scenarios do not support, comes back as a SyntaxError.
ParseResult parseModule(std::string_view bytes, std::string filename, const ParseOptions& options = {});

/// Reads `path` and parses it, labelled with `path` as given. An unreadable file gives a
/// SyntaxError without location whose message says why.
ParseResult parseFile(const std::filesystem::path& path, const ParseOptions& options = {});

} // namespace aw::lang
