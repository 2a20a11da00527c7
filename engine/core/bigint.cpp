#include "bigint.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <cmath>
#include <utility>

namespace aw {

namespace {

using Limbs = std::vector<uint32_t>;

std::atomic<BigInt::WorkHook> s_workHook = nullptr;

void chargeWork(uint64_t limbOps, size_t resultLimbs)
{
    if (const BigInt::WorkHook hook = s_workHook.load(std::memory_order_relaxed))
        hook(limbOps, resultLimbs * sizeof(uint32_t));
}

void trimLimbs(Limbs &a) noexcept
{
    while (!a.empty() && a.back() == 0)
        a.pop_back();
}

Limbs limbsOf(uint64_t v)
{
    Limbs out;
    while (v) {
        out.push_back(static_cast<uint32_t>(v));
        v >>= 32;
    }
    return out;
}

int compareMagnitude(const Limbs &a, const Limbs &b) noexcept
{
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    for (size_t i = a.size(); i-- > 0;) {
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    }
    return 0;
}

Limbs addMagnitude(const Limbs &a, const Limbs &b)
{
    const Limbs &longer = a.size() >= b.size() ? a : b;
    const Limbs &shorter = a.size() >= b.size() ? b : a;
    Limbs out(longer.size() + 1);
    uint64_t carry = 0;
    for (size_t i = 0; i < longer.size(); ++i) {
        carry += uint64_t(longer[i]) + (i < shorter.size() ? shorter[i] : 0);
        out[i] = static_cast<uint32_t>(carry);
        carry >>= 32;
    }
    out[longer.size()] = static_cast<uint32_t>(carry);
    trimLimbs(out);
    return out;
}

// a - b for a >= b.
Limbs subtractMagnitude(const Limbs &a, const Limbs &b)
{
    Limbs out(a.size());
    int64_t borrow = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        int64_t t = int64_t(a[i]) - borrow - (i < b.size() ? int64_t(b[i]) : 0);
        borrow = t < 0;
        out[i] = static_cast<uint32_t>(t);
    }
    trimLimbs(out);
    return out;
}

Limbs multiplyMagnitude(const Limbs &a, const Limbs &b)
{
    if (a.empty() || b.empty())
        return {};
    chargeWork(uint64_t(a.size()) * b.size() + a.size() + b.size(), a.size() + b.size());
    Limbs out(a.size() + b.size());
    for (size_t i = 0; i < a.size(); ++i) {
        uint64_t carry = 0;
        const uint64_t ai = a[i];
        for (size_t j = 0; j < b.size(); ++j) {
            const uint64_t t = ai * b[j] + out[i + j] + carry;
            out[i + j] = static_cast<uint32_t>(t);
            carry = t >> 32;
        }
        out[i + b.size()] = static_cast<uint32_t>(carry);
    }
    trimLimbs(out);
    return out;
}

// a / d in place, returning the remainder.
uint32_t divideSmall(Limbs &a, uint32_t d) noexcept
{
    uint64_t rem = 0;
    for (size_t i = a.size(); i-- > 0;) {
        const uint64_t cur = (rem << 32) | a[i];
        a[i] = static_cast<uint32_t>(cur / d);
        rem = cur % d;
    }
    trimLimbs(a);
    return static_cast<uint32_t>(rem);
}

Limbs shiftLeftLimbs(const Limbs &a, uint64_t bits)
{
    if (a.empty())
        return {};
    const size_t whole = bits / 32;
    const unsigned part = bits % 32;
    Limbs out(a.size() + whole + 1);
    for (size_t i = 0; i < a.size(); ++i) {
        const uint64_t v = uint64_t(a[i]) << part;
        out[i + whole] |= static_cast<uint32_t>(v);
        out[i + whole + 1] |= static_cast<uint32_t>(v >> 32);
    }
    trimLimbs(out);
    return out;
}

Limbs shiftRightLimbs(const Limbs &a, uint64_t bits)
{
    const uint64_t whole = bits / 32;
    if (whole >= a.size())
        return {};
    const unsigned part = bits % 32;
    Limbs out(a.size() - whole);
    for (size_t i = 0; i < out.size(); ++i) {
        uint64_t v = a[i + whole] >> part;
        if (part && i + whole + 1 < a.size())
            v |= uint64_t(a[i + whole + 1]) << (32 - part);
        out[i] = static_cast<uint32_t>(v);
    }
    trimLimbs(out);
    return out;
}

bool anyBitBelow(const Limbs &a, uint64_t bits) noexcept
{
    const uint64_t whole = bits / 32;
    for (uint64_t i = 0; i < whole && i < a.size(); ++i) {
        if (a[i])
            return true;
    }
    return whole < a.size() && (a[whole] & ((uint32_t(1) << (bits % 32)) - 1u));
}

// Knuth's algorithm D (TAOCP 4.3.1) for a divisor of two limbs or more, a >= b.
void divideKnuth(const Limbs &a, const Limbs &b, Limbs &quotient, Limbs &remainder)
{
    const size_t n = b.size(), m = a.size();
    const int s = std::countl_zero(b.back());
    Limbs v(n), u(m + 1);
    for (size_t i = n; i-- > 0;)
        v[i] = (b[i] << s) | (s && i ? b[i - 1] >> (32 - s) : 0);
    u[m] = s ? a[m - 1] >> (32 - s) : 0;
    for (size_t i = m; i-- > 0;)
        u[i] = (a[i] << s) | (s && i ? a[i - 1] >> (32 - s) : 0);
    quotient.assign(m - n + 1, 0);
    const uint64_t base = uint64_t(1) << 32;
    for (size_t j = m - n + 1; j-- > 0;) {
        const uint64_t numerator = (uint64_t(u[j + n]) << 32) | u[j + n - 1];
        uint64_t qhat = numerator / v[n - 1];
        uint64_t rhat = numerator % v[n - 1];
        while (qhat >= base || qhat * v[n - 2] > ((rhat << 32) | u[j + n - 2])) {
            --qhat;
            rhat += v[n - 1];
            if (rhat >= base)
                break;
        }
        int64_t borrow = 0;
        uint64_t carry = 0;
        for (size_t i = 0; i < n; ++i) {
            const uint64_t p = qhat * v[i] + carry;
            carry = p >> 32;
            const int64_t t = int64_t(u[i + j]) - borrow - int64_t(p & 0xFFFFFFFFu);
            u[i + j] = static_cast<uint32_t>(t);
            borrow = t < 0;
        }
        const int64_t t = int64_t(u[j + n]) - borrow - int64_t(carry);
        u[j + n] = static_cast<uint32_t>(t);
        if (t < 0) {
            --qhat;
            uint64_t c = 0;
            for (size_t i = 0; i < n; ++i) {
                c += uint64_t(u[i + j]) + v[i];
                u[i + j] = static_cast<uint32_t>(c);
                c >>= 32;
            }
            u[j + n] += static_cast<uint32_t>(c);
        }
        quotient[j] = static_cast<uint32_t>(qhat);
    }
    trimLimbs(quotient);
    u.resize(n);
    trimLimbs(u);
    remainder = shiftRightLimbs(u, static_cast<uint64_t>(s));
}

// Truncating division of magnitudes; `b` is not empty.
void divideMagnitude(const Limbs &a, const Limbs &b, Limbs &quotient, Limbs &remainder)
{
    if (compareMagnitude(a, b) < 0) {
        quotient.clear();
        remainder = a;
        return;
    }
    chargeWork(uint64_t(a.size() - b.size() + 1) * b.size() + a.size(), a.size());
    if (b.size() == 1) {
        quotient = a;
        remainder = limbsOf(divideSmall(quotient, b[0]));
        return;
    }
    divideKnuth(a, b, quotient, remainder);
}

uint64_t bitLengthOf(const Limbs &a) noexcept
{
    return a.empty() ? 0 : uint64_t(a.size()) * 32 - static_cast<unsigned>(std::countl_zero(a.back()));
}

// The top 64 bits of `a` (which has `bits` > 64 bits), with bit 0 set if any bit below
// them is: enough for a correct rounding to 53 bits.
uint64_t topBitsSticky(const Limbs &a, uint64_t bits)
{
    const Limbs top = shiftRightLimbs(a, bits - 64);
    uint64_t q = top[0] | (top.size() > 1 ? uint64_t(top[1]) << 32 : 0);
    if (anyBitBelow(a, bits - 64))
        q |= 1;
    return q;
}

// q * 2**e rounded to a double (ties to even, subnormals included); nullopt on overflow.
std::optional<double> scaledToDouble(uint64_t q, int64_t e)
{
    if (q == 0)
        return 0.0;
    const int64_t bits = 64 - std::countl_zero(q);
    const int64_t shift = std::max(bits - 53, -1074 - e);
    if (shift > 0) {
        if (shift > 64)
            return 0.0;
        const uint64_t rest = shift == 64 ? q : q & ((uint64_t(1) << shift) - 1);
        const uint64_t half = uint64_t(1) << (shift - 1);
        q = shift == 64 ? 0 : q >> shift;
        if (rest > half || (rest == half && (q & 1)))
            ++q;
        e += shift;
    }
    if (e + (64 - std::countl_zero(q)) > 1024)
        return std::nullopt;
    const double d = std::ldexp(static_cast<double>(q), static_cast<int>(e));
    if (std::isinf(d))
        return std::nullopt;
    return d;
}

// The largest power of `base` that fits in a limb, and its exponent.
std::pair<uint32_t, int> limbPower(int base)
{
    uint64_t power = static_cast<uint64_t>(base);
    int count = 1;
    while (power * static_cast<uint64_t>(base) <= 0xFFFFFFFFu) {
        power *= static_cast<uint64_t>(base);
        ++count;
    }
    return {static_cast<uint32_t>(power), count};
}

// Two's-complement limbs of a value, `size` limbs long (sign-extended).
Limbs twosComplement(bool negative, const Limbs &mag, size_t size)
{
    Limbs out(size, 0);
    std::copy(mag.begin(), mag.end(), out.begin());
    if (negative) {
        uint64_t carry = 1;
        for (uint32_t &limb : out) {
            carry += static_cast<uint32_t>(~limb);
            limb = static_cast<uint32_t>(carry);
            carry >>= 32;
        }
    }
    return out;
}

} // namespace

void BigInt::setWorkHook(WorkHook hook) noexcept
{
    s_workHook.store(hook, std::memory_order_relaxed);
}

BigInt::BigInt(int64_t value)
    : m_negative(value < 0),
      m_mag(limbsOf(value < 0 ? uint64_t(0) - static_cast<uint64_t>(value) : static_cast<uint64_t>(value)))
{
}

BigInt::BigInt(bool negative, Limbs magnitude) : m_negative(negative), m_mag(std::move(magnitude))
{
    trim();
}

void BigInt::trim() noexcept
{
    trimLimbs(m_mag);
    if (m_mag.empty())
        m_negative = false;
}

BigInt BigInt::fromDouble(double value)
{
    int exponent = 0;
    const double mantissa = std::frexp(std::fabs(std::trunc(value)), &exponent);
    const auto digits = static_cast<uint64_t>(std::ldexp(mantissa, 53));
    const BigInt top(false, limbsOf(digits));
    const BigInt magnitude = exponent >= 53 ? top.shiftLeft(static_cast<uint64_t>(exponent - 53))
                                            : top.shiftRight(static_cast<uint64_t>(53 - exponent));
    return value < 0 ? -magnitude : magnitude;
}

std::optional<BigInt> BigInt::fromDigits(std::string_view digits, int base)
{
    const int perLimb = limbPower(base).second;
    chargeWork(uint64_t(digits.size()) * (digits.size() / static_cast<size_t>(perLimb) + 1),
               digits.size() / static_cast<size_t>(perLimb) + 1);
    Limbs mag;
    size_t i = 0;
    while (i < digits.size()) {
        uint32_t chunk = 0, scale = 1;
        for (int k = 0; k < perLimb && i < digits.size(); ++k, ++i) {
            const char c = digits[i];
            const int d = c >= '0' && c <= '9' ? c - '0'
                : (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? (c | 0x20) - 'a' + 10
                                                          : 99;
            if (d >= base)
                return std::nullopt;
            chunk = chunk * static_cast<uint32_t>(base) + static_cast<uint32_t>(d);
            scale *= static_cast<uint32_t>(base);
        }
        uint64_t carry = chunk;
        for (uint32_t &limb : mag) {
            carry += uint64_t(limb) * scale;
            limb = static_cast<uint32_t>(carry);
            carry >>= 32;
        }
        if (carry)
            mag.push_back(static_cast<uint32_t>(carry));
    }
    return BigInt(false, std::move(mag));
}

BigInt BigInt::fromWords(std::span<const uint32_t> words)
{
    return BigInt(false, Limbs(words.begin(), words.end()));
}

std::optional<int64_t> BigInt::toInt64() const noexcept
{
    if (m_mag.size() > 2)
        return std::nullopt;
    const uint64_t mag = m_mag.empty() ? 0 : m_mag[0] | (m_mag.size() > 1 ? uint64_t(m_mag[1]) << 32 : 0);
    if (m_negative) {
        if (mag > uint64_t(1) << 63)
            return std::nullopt;
        return static_cast<int64_t>(uint64_t(0) - mag);
    }
    if (mag > uint64_t(INT64_MAX))
        return std::nullopt;
    return static_cast<int64_t>(mag);
}

std::optional<double> BigInt::toDouble() const noexcept
{
    const uint64_t bits = bitLengthOf(m_mag);
    if (bits > 1025)
        return std::nullopt;
    std::optional<double> d = bits <= 64
        ? scaledToDouble(m_mag.empty() ? 0 : m_mag[0] | (m_mag.size() > 1 ? uint64_t(m_mag[1]) << 32 : 0), 0)
        : scaledToDouble(topBitsSticky(m_mag, bits), static_cast<int64_t>(bits) - 64);
    if (d && m_negative)
        *d = -*d;
    return d;
}

double BigInt::frexp(int64_t &exponent) const noexcept
{
    const uint64_t bits = bitLengthOf(m_mag);
    exponent = static_cast<int64_t>(bits);
    if (bits == 0)
        return 0.0;
    const uint64_t top = bits <= 64 ? (m_mag[0] | (m_mag.size() > 1 ? uint64_t(m_mag[1]) << 32 : 0)) << (64 - bits)
                                    : topBitsSticky(m_mag, bits);
    double mantissa = *scaledToDouble(top, -64);
    // Rounding up can reach 1.0.
    if (mantissa == 1.0) {
        mantissa = 0.5;
        ++exponent;
    }
    return m_negative ? -mantissa : mantissa;
}

std::string BigInt::magnitudeString(int base) const
{
    if (m_mag.empty())
        return "0";
    const char *alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";
    std::string reversed;
    if (std::has_single_bit(static_cast<unsigned>(base))) {
        const int width = std::countr_zero(static_cast<unsigned>(base));
        const uint64_t bits = bitLengthOf(m_mag);
        for (uint64_t pos = 0; pos < bits; pos += static_cast<uint64_t>(width)) {
            unsigned digit = 0;
            for (int k = 0; k < width && pos + static_cast<uint64_t>(k) < bits; ++k) {
                const uint64_t bit = pos + static_cast<uint64_t>(k);
                digit |= ((m_mag[bit / 32] >> (bit % 32)) & 1u) << k;
            }
            reversed += alphabet[digit];
        }
    } else {
        const auto [power, perLimb] = limbPower(base);
        chargeWork(uint64_t(m_mag.size()) * m_mag.size(), m_mag.size());
        Limbs rest = m_mag;
        while (!rest.empty()) {
            uint32_t chunk = divideSmall(rest, power);
            for (int k = 0; k < perLimb && (chunk || !rest.empty()); ++k) {
                reversed += alphabet[chunk % static_cast<uint32_t>(base)];
                chunk /= static_cast<uint32_t>(base);
            }
        }
    }
    return {reversed.rbegin(), reversed.rend()};
}

std::string BigInt::toString(int base) const
{
    return (m_negative ? "-" : "") + magnitudeString(base);
}

uint64_t BigInt::bitLength() const noexcept
{
    return bitLengthOf(m_mag);
}

uint64_t BigInt::bitCount() const noexcept
{
    uint64_t count = 0;
    for (const uint32_t limb : m_mag)
        count += static_cast<uint64_t>(std::popcount(limb));
    return count;
}

int64_t BigInt::hash() const noexcept
{
    constexpr uint64_t kModulus = (uint64_t(1) << 61) - 1;
    // Multiplying by 2**32 modulo 2**61 - 1 rotates the 61 bits.
    uint64_t x = 0;
    for (size_t i = m_mag.size(); i-- > 0;) {
        x = ((x << 32) & kModulus) | (x >> 29);
        x += m_mag[i];
        if (x >= kModulus)
            x -= kModulus;
    }
    const auto h = static_cast<int64_t>(x);
    const int64_t signedHash = m_negative ? -h : h;
    return signedHash == -1 ? -2 : signedHash;
}

int BigInt::compare(const BigInt &a, const BigInt &b) noexcept
{
    if (a.m_negative != b.m_negative)
        return a.m_negative ? -1 : 1;
    const int c = compareMagnitude(a.m_mag, b.m_mag);
    return a.m_negative ? -c : c;
}

int BigInt::compare(const BigInt &a, double b)
{
    if (std::isinf(b))
        return b > 0 ? -1 : 1;
    const double whole = std::floor(b);
    const int c = compare(a, fromDouble(whole));
    if (c != 0)
        return c;
    // a == floor(b): equal to b, or below it.
    return whole == b ? 0 : -1;
}

BigInt BigInt::operator-() const
{
    BigInt r = *this;
    if (!r.m_mag.empty())
        r.m_negative = !r.m_negative;
    return r;
}

BigInt BigInt::abs() const
{
    return BigInt(false, m_mag);
}

BigInt operator+(const BigInt &a, const BigInt &b)
{
    if (a.m_negative == b.m_negative)
        return BigInt(a.m_negative, addMagnitude(a.m_mag, b.m_mag));
    if (compareMagnitude(a.m_mag, b.m_mag) >= 0)
        return BigInt(a.m_negative, subtractMagnitude(a.m_mag, b.m_mag));
    return BigInt(b.m_negative, subtractMagnitude(b.m_mag, a.m_mag));
}

BigInt operator-(const BigInt &a, const BigInt &b)
{
    return a + (-b);
}

BigInt operator*(const BigInt &a, const BigInt &b)
{
    return BigInt(a.m_negative != b.m_negative, multiplyMagnitude(a.m_mag, b.m_mag));
}

void BigInt::divMod(const BigInt &a, const BigInt &b, BigInt &quotient, BigInt &remainder)
{
    Limbs q, r;
    divideMagnitude(a.m_mag, b.m_mag, q, r);
    BigInt qt(a.m_negative != b.m_negative, std::move(q));
    BigInt rt(a.m_negative, std::move(r));
    // Truncation to floor: when the signs differ and something remains, step down.
    if (!rt.isZero() && a.m_negative != b.m_negative) {
        qt = qt - BigInt(1);
        rt = rt + b;
    }
    quotient = std::move(qt);
    remainder = std::move(rt);
}

std::optional<double> BigInt::trueDivide(const BigInt &a, const BigInt &b)
{
    const bool negative = a.m_negative != b.m_negative;
    const auto na = static_cast<int64_t>(a.bitLength()), nb = static_cast<int64_t>(b.bitLength());
    std::optional<double> result;
    if (na <= 53 && nb <= 53) {
        result = static_cast<double>(*a.abs().toInt64()) / static_cast<double>(*b.abs().toInt64());
    } else if (na - nb > 1025) {
        return std::nullopt;
    } else if (nb - na > 1130) {
        result = 0.0;
    } else {
        // A quotient of 55 or 56 bits plus a sticky bit rounds correctly to 53 bits.
        const int64_t shift = 55 - (na - nb);
        Limbs q, r;
        if (shift >= 0)
            divideMagnitude(shiftLeftLimbs(a.m_mag, static_cast<uint64_t>(shift)), b.m_mag, q, r);
        else
            divideMagnitude(a.m_mag, shiftLeftLimbs(b.m_mag, static_cast<uint64_t>(-shift)), q, r);
        uint64_t top = q.empty() ? 0 : q[0] | (q.size() > 1 ? uint64_t(q[1]) << 32 : 0);
        if (!r.empty())
            top |= 1;
        result = scaledToDouble(top, -shift);
    }
    if (result && negative)
        *result = -*result;
    return result;
}

BigInt BigInt::pow(uint64_t exponent) const
{
    BigInt result(1);
    BigInt base = *this;
    while (exponent) {
        if (exponent & 1)
            result = result * base;
        exponent >>= 1;
        if (exponent)
            base = base * base;
    }
    return result;
}

BigInt BigInt::powMod(const BigInt &base, const BigInt &exponent, const BigInt &modulus)
{
    BigInt q, b, result(1);
    divMod(base, modulus, q, b);
    for (uint64_t bit = exponent.bitLength(); bit-- > 0;) {
        divMod(result * result, modulus, q, result);
        if ((exponent.m_mag[bit / 32] >> (bit % 32)) & 1u)
            divMod(result * b, modulus, q, result);
    }
    divMod(result, modulus, q, result);
    return result;
}

BigInt BigInt::shiftLeft(uint64_t bits) const
{
    if (m_mag.empty())
        return {};
    chargeWork(m_mag.size() + bits / 32, m_mag.size() + bits / 32 + 1);
    return BigInt(m_negative, shiftLeftLimbs(m_mag, bits));
}

BigInt BigInt::shiftRight(uint64_t bits) const
{
    BigInt r(m_negative, shiftRightLimbs(m_mag, bits));
    // Floor for negatives: -(m >> n) is one too high when bits were dropped.
    if (m_negative && anyBitBelow(m_mag, bits))
        r = r - BigInt(1);
    return r;
}

BigInt BigInt::bitwise(const BigInt &a, const BigInt &b, BitOp op)
{
    const size_t size = std::max(a.m_mag.size(), b.m_mag.size()) + 1;
    Limbs x = twosComplement(a.m_negative, a.m_mag, size);
    const Limbs y = twosComplement(b.m_negative, b.m_mag, size);
    for (size_t i = 0; i < size; ++i) {
        switch (op) {
        case BitOp::And: x[i] &= y[i]; break;
        case BitOp::Or: x[i] |= y[i]; break;
        case BitOp::Xor: x[i] ^= y[i]; break;
        }
    }
    const bool negative = x.back() >> 31;
    if (negative)
        x = twosComplement(true, x, size);
    return BigInt(negative, std::move(x));
}

BigInt operator&(const BigInt &a, const BigInt &b)
{
    return BigInt::bitwise(a, b, BigInt::BitOp::And);
}

BigInt operator|(const BigInt &a, const BigInt &b)
{
    return BigInt::bitwise(a, b, BigInt::BitOp::Or);
}

BigInt operator^(const BigInt &a, const BigInt &b)
{
    return BigInt::bitwise(a, b, BigInt::BitOp::Xor);
}

BigInt BigInt::operator~() const
{
    return -(*this + BigInt(1));
}

} // namespace aw
