#pragma once
// Parsing the arguments of a built-in function the way CPython's argument clinic does, with
// its error messages.
//
//   auto a = parseArgs(args, "sleep", {"delay", "result"}, 1);
//   double delay = toDouble(a[0]); Value result = a[1];  // None when not given
//
// Names after `kwOnlyFrom` are keyword-only; a parameter not given is left as a null
// Value (isNone() and wasGiven false).

#include "core/slots.h"
#include "core/value.h"

#include <array>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace aw::py {

// The parsed arguments, inline for up to kInline parameters, so that parsing allocates
// nothing for the common built-ins (it runs on every asyncio.sleep).
class ParsedArgs {
public:
    explicit ParsedArgs(size_t count)
        : m_onHeap(count > kInline)
    {
        if (m_onHeap) {
            m_heapValues.resize(count);
            m_heapGiven.resize(count, false);
        }
    }
    const Value &operator[](size_t i) const { return m_onHeap ? m_heapValues[i] : m_inlineValues[i]; }
    bool wasGiven(size_t i) const { return m_onHeap ? m_heapGiven[i] : m_inlineGiven[i]; }
    void set(size_t i, Value v)
    {
        (m_onHeap ? m_heapValues[i] : m_inlineValues[i]) = std::move(v);
        if (m_onHeap)
            m_heapGiven[i] = true;
        else
            m_inlineGiven[i] = true;
    }

private:
    static constexpr size_t kInline = 8;
    bool m_onHeap;
    std::array<Value, kInline> m_inlineValues;
    std::array<bool, kInline> m_inlineGiven{};
    std::vector<Value> m_heapValues;
    std::vector<bool> m_heapGiven;
};

ParsedArgs parseArgs(const CallArgs &args, std::string_view function, std::initializer_list<std::string_view> names,
                     size_t required, size_t kwOnlyFrom = static_cast<size_t>(-1));

// Raises TypeError unless there are no arguments at all.
void noArgs(const CallArgs &args, std::string_view function);
// Exactly one positional argument (`len(x)`), with CPython's message otherwise.
const Value &oneArg(const CallArgs &args, std::string_view function);

int64_t toInt(const Value &v, std::string_view what = "integer");
double toDouble(const Value &v);

} // namespace aw::py
