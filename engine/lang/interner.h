#pragma once
// Identifier interning: every distinct name is stored once, so the interpreter can compare
// names by pointer and index per-name tables by a dense id.

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>

namespace aw::lang {

struct InternedName {
    std::string_view text;
    std::uint32_t id; ///< Dense, in order of first interning, starting at 0.
};

/// Handle to an interned name. Default-constructed means "absent" (an optional identifier
/// such as an import without `as`). Two handles from the same Interner are equal exactly when
/// their texts are equal.
class Identifier {
public:
    Identifier() = default;
    explicit Identifier(const InternedName* entry) : entry_(entry) {}

    explicit operator bool() const { return entry_ != nullptr; }
    std::string_view text() const { return entry_ ? entry_->text : std::string_view(); }
    std::uint32_t id() const { return entry_->id; }
    const InternedName* entry() const { return entry_; }

    friend bool operator==(Identifier a, Identifier b) { return a.entry_ == b.entry_; }

private:
    const InternedName* entry_ = nullptr;
};

/// Not thread-safe; share one between modules only from a single thread.
class Interner {
public:
    Interner() = default;
    Interner(const Interner&) = delete;
    Interner& operator=(const Interner&) = delete;

    Identifier intern(std::string_view text);
    /// The existing handle for `text`, or an absent one; never adds.
    Identifier find(std::string_view text) const;
    Identifier byId(std::uint32_t id) const { return Identifier(&entries_[id]); }
    std::uint32_t size() const { return static_cast<std::uint32_t>(entries_.size()); }

private:
    std::deque<std::string> texts_;      // deque: growing never moves the characters
    std::deque<InternedName> entries_;   // deque: growing never moves the entries
    std::unordered_map<std::string_view, const InternedName*> map_;
};

} // namespace aw::lang
