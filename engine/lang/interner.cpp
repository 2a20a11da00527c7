#include "interner.h"

namespace aw::lang {

Identifier Interner::intern(std::string_view text)
{
    if (auto it = map_.find(text); it != map_.end())
        return Identifier(it->second);
    const std::string& stored = texts_.emplace_back(text);
    entries_.push_back({stored, static_cast<std::uint32_t>(entries_.size())});
    const InternedName& entry = entries_.back();
    map_.emplace(entry.text, &entry);
    return Identifier(&entry);
}

Identifier Interner::find(std::string_view text) const
{
    auto it = map_.find(text);
    return it == map_.end() ? Identifier() : Identifier(it->second);
}

} // namespace aw::lang
