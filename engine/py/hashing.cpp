#include "hashing.h"

#include "protocol.h"
#include "text/utf8.h"

#include <cstring>
#include <vector>

namespace aw::py {

namespace {

uint64_t rotl(uint64_t x, int b)
{
    return (x << b) | (x >> (64 - b));
}

struct SipState {
    uint64_t v0 = 0x736f6d6570736575ULL;
    uint64_t v1 = 0x646f72616e646f6dULL;
    uint64_t v2 = 0x6c7967656e657261ULL;
    uint64_t v3 = 0x7465646279746573ULL;

    void round()
    {
        v0 += v1;
        v2 += v3;
        v1 = rotl(v1, 13) ^ v0;
        v3 = rotl(v3, 16) ^ v2;
        v0 = rotl(v0, 32);
        v2 += v1;
        v0 += v3;
        v1 = rotl(v1, 17) ^ v2;
        v3 = rotl(v3, 21) ^ v0;
        v2 = rotl(v2, 32);
    }
};

uint64_t readLe(const uint8_t *p, size_t n)
{
    uint64_t v = 0;
    for (size_t i = 0; i < n; ++i)
        v |= uint64_t(p[i]) << (8 * i);
    return v;
}

// CPython's siphash13 (Python/pyhash.c) with k0 = k1 = 0, including its "modified"
// finalisation that folds all four words.
uint64_t siphash13(const uint8_t *in, size_t size)
{
    SipState s;
    uint64_t b = uint64_t(size) << 56;
    for (; size >= 8; in += 8, size -= 8) {
        const uint64_t m = readLe(in, 8);
        s.v3 ^= m;
        s.round();
        s.v0 ^= m;
    }
    b |= readLe(in, size);
    s.v3 ^= b;
    s.round();
    s.v0 ^= b;
    s.v2 ^= 0xff;
    s.round();
    s.round();
    s.round();
    return (s.v0 ^ s.v1) ^ (s.v2 ^ s.v3);
}

} // namespace

int64_t hashBytes(const void *data, size_t size)
{
    if (size == 0)
        return 0;
    const auto h = static_cast<int64_t>(siphash13(static_cast<const uint8_t *>(data), size));
    return h == -1 ? -2 : h;
}

int64_t strHash(std::string_view utf8)
{
    if (text::isAscii(utf8))
        return hashBytes(utf8.data(), utf8.size());
    const std::u32string cps = text::decodeUtf8(utf8);
    char32_t widest = 0;
    for (char32_t c : cps)
        widest = std::max(widest, c);
    const size_t width = widest < 0x100 ? 1 : widest < 0x10000 ? 2 : 4;
    std::vector<uint8_t> bytes;
    bytes.reserve(cps.size() * width);
    for (char32_t c : cps) {
        for (size_t i = 0; i < width; ++i)
            bytes.push_back(static_cast<uint8_t>(c >> (8 * i)));
    }
    return hashBytes(bytes.data(), bytes.size());
}

int64_t tupleHash(std::span<const Value> items)
{
    constexpr uint64_t kPrime1 = 11400714785074694791ULL;
    constexpr uint64_t kPrime2 = 14029467366897019727ULL;
    constexpr uint64_t kPrime5 = 2870177450012600261ULL;
    uint64_t acc = kPrime5;
    for (const Value &item : items) {
        const auto lane = static_cast<uint64_t>(hash(item));
        acc += lane * kPrime2;
        acc = rotl(acc, 31);
        acc *= kPrime1;
    }
    // The length is mixed in so that hash(()) keeps its historical value.
    acc += items.size() ^ (kPrime5 ^ 3527539UL);
    if (acc == uint64_t(-1))
        return 1546275796;
    return static_cast<int64_t>(acc);
}

} // namespace aw::py
