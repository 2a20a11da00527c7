#pragma once
// Arbitrary-precision integers with Python's semantics (floor division, infinite two's
// complement for the bitwise operators, correctly rounded conversion to double).
//
// Pure arithmetic: the interpreter keeps ints that fit in int64 as immediates and only
// reaches for this type beyond them. Magnitudes are 32-bit limbs, little-endian, with no
// leading zero limb; zero is the empty magnitude and is never negative.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace aw {

class BigInt {
public:
    // Called before work that grows with the operands' size, so that the caller can charge
    // it to a budget (and refuse it by throwing): `limbOps` counts limb multiplications or
    // their equivalent, `resultBytes` the size of what is about to be allocated.
    using WorkHook = void (*)(uint64_t limbOps, size_t resultBytes);
    static void setWorkHook(WorkHook hook) noexcept;

    BigInt() noexcept = default;
    explicit BigInt(int64_t value);
    // The integer part of a finite double, exactly.
    static BigInt fromDouble(double value);
    // `digits` in `base` (2..36), no sign, no underscores; nullopt on any other character.
    static std::optional<BigInt> fromDigits(std::string_view digits, int base);

    // A non-negative value from its 32-bit words, least significant first.
    static BigInt fromWords(std::span<const uint32_t> words);
    // The 32-bit words of the magnitude, least significant first, none of them a leading zero.
    std::span<const uint32_t> magnitudeWords() const noexcept { return m_mag; }

    bool isZero() const noexcept { return m_mag.empty(); }
    bool isNegative() const noexcept { return m_negative; }
    bool isOdd() const noexcept { return !m_mag.empty() && (m_mag[0] & 1u); }
    std::optional<int64_t> toInt64() const noexcept;
    // Correctly rounded (ties to even); nullopt when the value is beyond the double range.
    std::optional<double> toDouble() const noexcept;
    // A mantissa in [0.5, 1) (signed, correctly rounded) and `exponent` such that the value
    // is mantissa * 2**exponent, for values of any size; 0 for zero.
    double frexp(int64_t &exponent) const noexcept;
    // Sign and digits in `base` (2..36), lowercase, without prefix.
    std::string toString(int base = 10) const;
    // The magnitude's digits in `base`, without sign.
    std::string magnitudeString(int base = 10) const;

    uint64_t bitLength() const noexcept;
    uint64_t bitCount() const noexcept;
    size_t limbCount() const noexcept { return m_mag.size(); }
    // |value| mod (2**61 - 1), with the sign applied and -1 mapped to -2, as CPython's hash.
    int64_t hash() const noexcept;

    // -1, 0 or 1.
    static int compare(const BigInt &a, const BigInt &b) noexcept;
    // Compares with a finite or infinite double exactly; the double must not be NaN.
    static int compare(const BigInt &a, double b);

    BigInt operator-() const;
    BigInt abs() const;
    friend BigInt operator+(const BigInt &a, const BigInt &b);
    friend BigInt operator-(const BigInt &a, const BigInt &b);
    friend BigInt operator*(const BigInt &a, const BigInt &b);
    // Floor division and the remainder with the sign of `b`; `b` must not be zero.
    static void divMod(const BigInt &a, const BigInt &b, BigInt &quotient, BigInt &remainder);
    // a / b correctly rounded; nullopt when it is beyond the double range. `b` is not zero.
    static std::optional<double> trueDivide(const BigInt &a, const BigInt &b);
    BigInt pow(uint64_t exponent) const;
    // (base ** exponent) mod modulus for exponent >= 0 and modulus > 0; result in [0, modulus).
    static BigInt powMod(const BigInt &base, const BigInt &exponent, const BigInt &modulus);
    BigInt shiftLeft(uint64_t bits) const;
    // Floor of value / 2**bits.
    BigInt shiftRight(uint64_t bits) const;
    friend BigInt operator&(const BigInt &a, const BigInt &b);
    friend BigInt operator|(const BigInt &a, const BigInt &b);
    friend BigInt operator^(const BigInt &a, const BigInt &b);
    BigInt operator~() const;

private:
    using Limbs = std::vector<uint32_t>;
    BigInt(bool negative, Limbs magnitude);
    void trim() noexcept;
    enum class BitOp { And, Or, Xor };
    static BigInt bitwise(const BigInt &a, const BigInt &b, BitOp op);

    bool m_negative = false;
    Limbs m_mag;
};

} // namespace aw
