#include "py_random.h"

#include <QCryptographicHash>
#include <QByteArray>

#include <bit>
#include <cmath>
#include <limits>
#include <numbers>
#include <random>
#include <string>
#include <unordered_set>

namespace aw::text {
namespace {

__extension__ using Int128 = __int128;

// Lib/random.py's NV_MAGICCONST, computed the same way.
const double kNormalMagic = 4 * std::exp(-0.5) / std::sqrt(2.0);
constexpr double kTwoPi = 2 * std::numbers::pi;

PyError emptyRange()
{
    return valueError("empty range for randrange()");
}

} // namespace

PyRandom::PyRandom()
{
    seedFromEntropy();
}

PyRandom::PyRandom(std::int64_t seed)
{
    this->seed(seed);
}

void PyRandom::initGenrand(std::uint32_t s)
{
    m_state[0] = s;
    for (int i = 1; i < kStateSize; ++i) {
        const std::uint32_t previous = m_state[i - 1];
        m_state[i] = 1812433253U * (previous ^ (previous >> 30)) + static_cast<std::uint32_t>(i);
    }
    m_index = kStateSize;
}

void PyRandom::initByArray(std::span<const std::uint32_t> key)
{
    initGenrand(19650218U);
    std::size_t i = 1;
    std::size_t j = 0;
    const std::size_t length = key.size();
    for (std::size_t k = std::max<std::size_t>(kStateSize, length); k > 0; --k) {
        const std::uint32_t previous = m_state[i - 1];
        m_state[i] = (m_state[i] ^ ((previous ^ (previous >> 30)) * 1664525U)) + key[j] + static_cast<std::uint32_t>(j);
        ++i;
        ++j;
        if (i >= kStateSize) {
            m_state[0] = m_state[kStateSize - 1];
            i = 1;
        }
        if (j >= length)
            j = 0;
    }
    for (std::size_t k = kStateSize - 1; k > 0; --k) {
        const std::uint32_t previous = m_state[i - 1];
        m_state[i] = (m_state[i] ^ ((previous ^ (previous >> 30)) * 1566083941U)) - static_cast<std::uint32_t>(i);
        ++i;
        if (i >= kStateSize) {
            m_state[0] = m_state[kStateSize - 1];
            i = 1;
        }
    }
    m_state[0] = 0x80000000U; // non-zero initial state
    m_index = kStateSize;
    m_gaussNext.reset();
}

void PyRandom::seed(std::int64_t n)
{
    const std::uint64_t magnitude = n < 0 ? 0 - static_cast<std::uint64_t>(n) : static_cast<std::uint64_t>(n);
    const std::uint32_t words[2] = {static_cast<std::uint32_t>(magnitude), static_cast<std::uint32_t>(magnitude >> 32)};
    seedWords(words);
}

void PyRandom::seedWords(std::span<const std::uint32_t> magnitudeWords)
{
    // CPython keys with ceil(bit_length / 32) words, and one word for zero.
    std::size_t used = magnitudeWords.size();
    while (used > 1 && magnitudeWords[used - 1] == 0)
        --used;
    if (used == 0) {
        const std::uint32_t zero = 0;
        initByArray(std::span(&zero, 1));
        return;
    }
    initByArray(magnitudeWords.first(used));
}

void PyRandom::seedBytes(std::string_view bytes)
{
    const QByteArray data(bytes.data(), static_cast<qsizetype>(bytes.size()));
    const QByteArray keyBytes = data + QCryptographicHash::hash(data, QCryptographicHash::Sha512);
    // int.from_bytes(..., 'big') split into 32-bit words from the right.
    std::vector<std::uint32_t> words((static_cast<std::size_t>(keyBytes.size()) + 3) / 4, 0);
    for (qsizetype i = 0; i < keyBytes.size(); ++i) {
        const auto fromRight = static_cast<std::size_t>(keyBytes.size() - 1 - i);
        words[fromRight / 4] |= static_cast<std::uint32_t>(static_cast<unsigned char>(keyBytes[i])) << (8 * (fromRight % 4));
    }
    seedWords(words);
}

void PyRandom::seedFromEntropy()
{
    std::random_device device;
    std::vector<std::uint32_t> key(kStateSize);
    for (std::uint32_t &word : key)
        word = device();
    initByArray(key);
}

void PyRandom::twist()
{
    constexpr std::uint32_t kMatrixA = 0x9908b0dfU;
    constexpr std::uint32_t kUpperMask = 0x80000000U;
    constexpr std::uint32_t kLowerMask = 0x7fffffffU;
    constexpr int kShift = 397;
    for (int k = 0; k < kStateSize; ++k) {
        const std::uint32_t y = (m_state[k] & kUpperMask) | (m_state[(k + 1) % kStateSize] & kLowerMask);
        m_state[k] = m_state[(k + kShift) % kStateSize] ^ (y >> 1) ^ ((y & 1U) ? kMatrixA : 0U);
    }
    m_index = 0;
}

std::uint32_t PyRandom::genrandUint32()
{
    if (m_index >= kStateSize)
        twist();
    std::uint32_t y = m_state[m_index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
}

double PyRandom::random()
{
    const std::uint32_t a = genrandUint32() >> 5;
    const std::uint32_t b = genrandUint32() >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

Result<std::uint64_t> PyRandom::getrandbits(std::int64_t k)
{
    if (k < 0)
        return valueError("number of bits must be non-negative");
    if (k > 64)
        return PyError{PyErrorKind::IntOverflow, "getrandbits result too large for uint64"};
    const std::vector<std::uint32_t> words = getrandbitsWords(static_cast<std::uint64_t>(k));
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < words.size(); ++i)
        value |= static_cast<std::uint64_t>(words[i]) << (32 * i);
    return value;
}

std::vector<std::uint32_t> PyRandom::getrandbitsWords(std::uint64_t k)
{
    std::vector<std::uint32_t> words;
    words.reserve(static_cast<std::size_t>((k + 31) / 32));
    // Words fill from the least significant end; a partial last word keeps
    // its most significant bits.
    for (; k > 0; k -= std::min<std::uint64_t>(k, 32)) {
        std::uint32_t r = genrandUint32();
        if (k < 32)
            r >>= (32 - k);
        words.push_back(r);
    }
    return words;
}

std::uint64_t PyRandom::randbelow(std::uint64_t n)
{
    if (n == 0)
        return 0;
    const auto k = static_cast<std::int64_t>(std::bit_width(n));
    std::uint64_t r = *getrandbits(k);
    while (r >= n)
        r = *getrandbits(k);
    return r;
}

Result<std::int64_t> PyRandom::randrange(std::int64_t stop)
{
    if (stop > 0)
        return static_cast<std::int64_t>(randbelow(static_cast<std::uint64_t>(stop)));
    return emptyRange();
}

Result<std::int64_t> PyRandom::randrange(std::int64_t start, std::int64_t stop, std::int64_t step)
{
    const Int128 width = static_cast<Int128>(stop) - start;
    if (step == 1) {
        if (width > 0)
            return static_cast<std::int64_t>(start + static_cast<Int128>(randbelow(static_cast<std::uint64_t>(width))));
        // width <= 0 may be below INT64_MIN, but its magnitude fits 64 bits.
        const std::string widthText = (width < 0 ? "-" : "") + std::to_string(static_cast<std::uint64_t>(-width));
        return valueError("empty range for randrange() (" + std::to_string(start) + ", " + std::to_string(stop) + ", " +
                          widthText + ")");
    }
    if (step == 0)
        return valueError("zero step for randrange()");
    // Python's floor division, with operands that cannot overflow in 128 bits.
    const Int128 numerator = step > 0 ? width + step - 1 : width + step + 1;
    Int128 n = numerator / step;
    if (numerator % step != 0 && ((numerator < 0) != (step < 0)))
        --n;
    if (n <= 0)
        return emptyRange();
    return static_cast<std::int64_t>(start + step * static_cast<Int128>(randbelow(static_cast<std::uint64_t>(n))));
}

Result<std::int64_t> PyRandom::randint(std::int64_t a, std::int64_t b)
{
    if (b == std::numeric_limits<std::int64_t>::max()) {
        if (a == std::numeric_limits<std::int64_t>::min()) {
            // randbelow(2**64) draws 65 bits until the top one is clear.
            std::vector<std::uint32_t> words = getrandbitsWords(65);
            while (words[2] != 0)
                words = getrandbitsWords(65);
            return static_cast<std::int64_t>(words[0] | (static_cast<std::uint64_t>(words[1]) << 32)) ^
                   std::numeric_limits<std::int64_t>::min();
        }
        return static_cast<std::int64_t>(a + static_cast<Int128>(randbelow(static_cast<std::uint64_t>(b - a) + 1)));
    }
    return randrange(a, b + 1);
}

Result<std::size_t> PyRandom::choice(std::size_t size)
{
    if (size == 0)
        return PyError{PyErrorKind::IndexError, "Cannot choose from an empty sequence"};
    return static_cast<std::size_t>(randbelow(size));
}

std::vector<std::size_t> PyRandom::shuffle(std::size_t size)
{
    std::vector<std::size_t> order(size);
    for (std::size_t i = 0; i < size; ++i)
        order[i] = i;
    for (std::size_t i = size; i-- > 1;)
        std::swap(order[i], order[static_cast<std::size_t>(randbelow(i + 1))]);
    return order;
}

Result<std::vector<std::size_t>> PyRandom::sample(std::size_t populationSize, std::int64_t k)
{
    if (k < 0 || static_cast<std::uint64_t>(k) > populationSize)
        return valueError("Sample larger than population or is negative");
    const auto count = static_cast<std::size_t>(k);
    std::vector<std::size_t> result(count);
    // Lib/random.py picks the algorithm by comparing a list's size against a
    // set's, using the same floating-point log.
    double setSize = 21;
    if (count > 5)
        setSize += std::pow(4.0, std::ceil(std::log(static_cast<double>(count * 3)) / std::log(4.0)));
    if (static_cast<double>(populationSize) <= setSize) {
        std::vector<std::size_t> pool(populationSize);
        for (std::size_t i = 0; i < populationSize; ++i)
            pool[i] = i;
        for (std::size_t i = 0; i < count; ++i) {
            const auto j = static_cast<std::size_t>(randbelow(populationSize - i));
            result[i] = pool[j];
            pool[j] = pool[populationSize - i - 1];
        }
        return result;
    }
    std::unordered_set<std::size_t> selected;
    for (std::size_t i = 0; i < count; ++i) {
        auto j = static_cast<std::size_t>(randbelow(populationSize));
        while (selected.count(j) != 0)
            j = static_cast<std::size_t>(randbelow(populationSize));
        selected.insert(j);
        result[i] = j;
    }
    return result;
}

double PyRandom::uniform(double a, double b)
{
    return a + (b - a) * random();
}

double PyRandom::triangular(double low, double high, std::optional<double> mode)
{
    double u = random();
    if (mode && high - low == 0.0)
        return low; // Python's ZeroDivisionError path
    double c = mode ? (*mode - low) / (high - low) : 0.5;
    if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        std::swap(low, high);
    }
    return low + (high - low) * std::sqrt(u * c);
}

double PyRandom::gauss(double mu, double sigma)
{
    std::optional<double> z = m_gaussNext;
    m_gaussNext.reset();
    if (!z) {
        const double x2pi = random() * kTwoPi;
        const double g2rad = std::sqrt(-2.0 * std::log(1.0 - random()));
        z = std::cos(x2pi) * g2rad;
        m_gaussNext = std::sin(x2pi) * g2rad;
    }
    return mu + *z * sigma;
}

double PyRandom::normalvariate(double mu, double sigma)
{
    double z = 0;
    while (true) {
        const double u1 = random();
        const double u2 = 1.0 - random();
        z = kNormalMagic * (u1 - 0.5) / u2;
        const double zz = z * z / 4.0;
        if (zz <= -std::log(u2))
            break;
    }
    return mu + z * sigma;
}

Result<double> PyRandom::expovariate(double lambd)
{
    if (lambd == 0.0)
        return PyError{PyErrorKind::ZeroDivisionError, "float division by zero"};
    return -std::log(1.0 - random()) / lambd;
}

} // namespace aw::text
