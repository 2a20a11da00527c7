#pragma once
// Bump allocation for AST nodes: one Arena per Module, freed all at once.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <new>
#include <span>
#include <string_view>
#include <type_traits>
#include <vector>

namespace aw::lang {

/// Read-only view of `size()` elements stored contiguously in an Arena.
template <class T>
class ArenaArray {
public:
    ArenaArray() = default;
    ArenaArray(const T* data, std::uint32_t size) : data_(data), size_(size) {}

    const T* begin() const { return data_; }
    const T* end() const { return data_ + size_; }
    std::uint32_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    const T& operator[](std::uint32_t i) const { return data_[i]; }
    const T& front() const { return data_[0]; }
    const T& back() const { return data_[size_ - 1]; }

private:
    const T* data_ = nullptr;
    std::uint32_t size_ = 0;
};

/// Owns memory in large blocks. Only trivially destructible objects may live here, because
/// blocks are released without running destructors; that keeps node deletion free.
class Arena {
public:
    Arena() = default;
    Arena(const Arena&) = delete;
    Arena& operator=(const Arena&) = delete;
    Arena(Arena&&) noexcept = default;
    Arena& operator=(Arena&&) noexcept = default;

    void* allocate(std::size_t size, std::size_t align)
    {
        std::uintptr_t p = (reinterpret_cast<std::uintptr_t>(cur_) + align - 1) & ~(align - 1);
        if (cur_ == nullptr || p + size > reinterpret_cast<std::uintptr_t>(end_)) {
            grow(size + align);
            p = (reinterpret_cast<std::uintptr_t>(cur_) + align - 1) & ~(align - 1);
        }
        cur_ = reinterpret_cast<std::byte*>(p + size);
        return reinterpret_cast<void*>(p);
    }

    /// Value-initialises a T (all pointers null, all numbers zero).
    template <class T>
    T* make()
    {
        static_assert(std::is_trivially_destructible_v<T>);
        return new (allocate(sizeof(T), alignof(T))) T{};
    }

    template <class T>
    ArenaArray<T> copyArray(std::span<const T> items)
    {
        static_assert(std::is_trivially_destructible_v<T> && std::is_trivially_copyable_v<T>);
        if (items.empty())
            return {};
        T* data = static_cast<T*>(allocate(sizeof(T) * items.size(), alignof(T)));
        std::memcpy(static_cast<void*>(data), items.data(), sizeof(T) * items.size());
        return {data, static_cast<std::uint32_t>(items.size())};
    }

    std::string_view copyString(std::string_view text)
    {
        if (text.empty())
            return {};
        char* data = static_cast<char*>(allocate(text.size(), 1));
        std::memcpy(data, text.data(), text.size());
        return {data, text.size()};
    }

    /// Bytes reserved from the system so far (for memory accounting in benchmarks).
    std::size_t bytesReserved() const { return reserved_; }

private:
    void grow(std::size_t atLeast)
    {
        const std::size_t size = atLeast > kBlockSize ? atLeast : kBlockSize;
        blocks_.push_back(std::make_unique<std::byte[]>(size));
        cur_ = blocks_.back().get();
        end_ = cur_ + size;
        reserved_ += size;
    }

    static constexpr std::size_t kBlockSize = 64 * 1024;
    std::vector<std::unique_ptr<std::byte[]>> blocks_;
    std::byte* cur_ = nullptr;
    std::byte* end_ = nullptr;
    std::size_t reserved_ = 0;
};

} // namespace aw::lang
