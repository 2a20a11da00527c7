// CPython 3.11's random.Random, value for value: the MT19937 core of
// Modules/_randommodule.c and the Python layer of Lib/random.py.  Sequence
// operations work on indices so the interpreter can apply them to any list.
#pragma once

#include "py_error.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace aw::text {

class PyRandom {
public:
    // Seeded from the operating system, like random.Random().
    PyRandom();
    explicit PyRandom(std::int64_t seed);

    // random.seed(n) for an int: only |n| matters.
    void seed(std::int64_t n);
    // random.seed(n) for any int, given as the 32-bit words of |n|, least
    // significant first (leading zero words are ignored).
    void seedWords(std::span<const std::uint32_t> magnitudeWords);
    // random.seed(s) for a str (its UTF-8) or for bytes: version 2 hashes the
    // bytes with SHA-512 and seeds with int.from_bytes(b + digest, 'big').
    void seedBytes(std::string_view bytes);
    void seedFromEntropy();

    std::uint32_t genrandUint32();
    double random();
    // getrandbits(k): k up to 64 as a number, any k as 32-bit words, least
    // significant first.  ValueError for k < 0.
    Result<std::uint64_t> getrandbits(std::int64_t k);
    std::vector<std::uint32_t> getrandbitsWords(std::uint64_t k);
    // _randbelow_with_getrandbits(n), n > 0.
    std::uint64_t randbelow(std::uint64_t n);

    Result<std::int64_t> randrange(std::int64_t stop);
    Result<std::int64_t> randrange(std::int64_t start, std::int64_t stop, std::int64_t step = 1);
    Result<std::int64_t> randint(std::int64_t a, std::int64_t b);
    // Index picked by choice(seq) for len(seq) == size; IndexError when empty.
    Result<std::size_t> choice(std::size_t size);
    // shuffle(x) for len(x) == size: element i of the result is the original
    // index of the item that ends up at position i.
    std::vector<std::size_t> shuffle(std::size_t size);
    // Indices picked by sample(population, k), in selection order.
    Result<std::vector<std::size_t>> sample(std::size_t populationSize, std::int64_t k);

    double uniform(double a, double b);
    double triangular(double low = 0.0, double high = 1.0, std::optional<double> mode = std::nullopt);
    double gauss(double mu = 0.0, double sigma = 1.0);
    double normalvariate(double mu = 0.0, double sigma = 1.0);
    // ZeroDivisionError "float division by zero" for lambd == 0.
    Result<double> expovariate(double lambd);

private:
    static constexpr int kStateSize = 624;

    void initGenrand(std::uint32_t s);
    void initByArray(std::span<const std::uint32_t> key);
    void twist();

    std::array<std::uint32_t, kStateSize> m_state{};
    int m_index = kStateSize;
    std::optional<double> m_gaussNext;
};

} // namespace aw::text
