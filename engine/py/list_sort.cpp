#include "list_sort.h"

#include "protocol.h"

#include <algorithm>

namespace aw::py {

namespace {

struct Item {
    Value key;
    Value value;
};

struct Run {
    size_t base;
    size_t len;
    int power;
};

// Follows Objects/listobject.c (3.11) except that merges do not gallop: galloping only
// changes which comparisons are made, never the result of a consistent order.
class TimSort {
public:
    explicit TimSort(std::vector<Item> &items) : m_items(items) {}

    void sort()
    {
        const size_t n = m_items.size();
        if (n < 2)
            return;
        const size_t minrun = computeMinrun(n);
        size_t lo = 0;
        while (lo < n) {
            bool descending = false;
            size_t len = countRun(lo, n, descending);
            if (descending)
                std::reverse(m_items.begin() + static_cast<std::ptrdiff_t>(lo),
                             m_items.begin() + static_cast<std::ptrdiff_t>(lo + len));
            if (len < minrun) {
                const size_t force = std::min(minrun, n - lo);
                binarySort(lo, lo + force, lo + len);
                len = force;
            }
            foundNewRun(len);
            m_pending.push_back({lo, len, 0});
            lo += len;
        }
        forceCollapse();
    }

private:
    bool less(size_t a, size_t b) const { return lessThan(m_items[a].key, m_items[b].key); }

    static size_t computeMinrun(size_t n)
    {
        size_t r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    // The length of the run starting at lo: non-decreasing, or strictly decreasing.
    size_t countRun(size_t lo, size_t hi, bool &descending) const
    {
        descending = false;
        if (lo + 1 == hi)
            return 1;
        size_t n = 2;
        if (less(lo + 1, lo)) {
            descending = true;
            for (size_t i = lo + 2; i < hi && less(i, i - 1); ++i)
                ++n;
        } else {
            for (size_t i = lo + 2; i < hi && !less(i, i - 1); ++i)
                ++n;
        }
        return n;
    }

    // Insertion sort of [lo, hi) given [lo, start) sorted; stable (bisect right).
    void binarySort(size_t lo, size_t hi, size_t start)
    {
        if (start == lo)
            ++start;
        for (; start < hi; ++start) {
            size_t l = lo;
            size_t r = start;
            do {
                const size_t p = l + ((r - l) >> 1);
                if (lessThan(m_items[start].key, m_items[p].key))
                    r = p;
                else
                    l = p + 1;
            } while (l < r);
            std::rotate(m_items.begin() + static_cast<std::ptrdiff_t>(l),
                        m_items.begin() + static_cast<std::ptrdiff_t>(start),
                        m_items.begin() + static_cast<std::ptrdiff_t>(start + 1));
        }
    }

    // Powersort's node power of the boundary between the last run and the new one.
    int powerloop(size_t s1, size_t n1, size_t n2) const
    {
        const size_t n = m_items.size();
        size_t a = 2 * s1 + n1;
        size_t b = a + n1 + n2;
        int result = 0;
        for (;;) {
            ++result;
            if (a >= n) {
                a -= n;
                b -= n;
            } else if (b >= n) {
                break;
            }
            a <<= 1;
            b <<= 1;
        }
        return result;
    }

    void foundNewRun(size_t len)
    {
        if (m_pending.empty())
            return;
        const Run &last = m_pending.back();
        const int power = powerloop(last.base, last.len, len);
        while (m_pending.size() > 1 && m_pending[m_pending.size() - 2].power > power)
            mergeAt(m_pending.size() - 2);
        m_pending.back().power = power;
    }

    void forceCollapse()
    {
        while (m_pending.size() > 1) {
            size_t n = m_pending.size() - 2;
            if (n > 0 && m_pending[n - 1].len < m_pending[n + 1].len)
                --n;
            mergeAt(n);
        }
    }

    // Merges runs i and i+1 into a buffer first: a comparison that raises leaves the
    // items as they were.
    void mergeAt(size_t i)
    {
        Run &a = m_pending[i];
        const Run b = m_pending[i + 1];
        std::vector<Item> merged;
        merged.reserve(a.len + b.len);
        size_t x = a.base;
        size_t y = b.base;
        const size_t xEnd = a.base + a.len;
        const size_t yEnd = b.base + b.len;
        while (x < xEnd && y < yEnd)
            merged.push_back(less(y, x) ? m_items[y++] : m_items[x++]);
        while (x < xEnd)
            merged.push_back(m_items[x++]);
        while (y < yEnd)
            merged.push_back(m_items[y++]);
        std::move(merged.begin(), merged.end(), m_items.begin() + static_cast<std::ptrdiff_t>(a.base));
        a.len += b.len;
        m_pending.erase(m_pending.begin() + static_cast<std::ptrdiff_t>(i + 1));
    }

    std::vector<Item> &m_items;
    std::vector<Run> m_pending;
};

} // namespace

void sortList(ListObject &list, const Value &key, bool reverse)
{
    std::vector<Item> items;
    items.reserve(list.items().size());
    for (Value &v : list.items())
        items.push_back({Value(), std::move(v)});
    list.items().clear();
    auto restore = [&] {
        if (reverse)
            std::reverse(items.begin(), items.end());
        const bool modified = !list.items().empty();
        std::vector<Value> values;
        values.reserve(items.size());
        for (Item &item : items)
            values.push_back(std::move(item.value));
        std::vector<Value> dropped = std::exchange(list.items(), std::move(values));
        return modified;
    };
    try {
        for (Item &item : items)
            item.key = key.isNone() ? item.value : call(key, {item.value});
    } catch (...) {
        reverse = false;
        restore();
        throw;
    }
    // Reversing before and after a stable sort keeps equal items in their original order.
    if (reverse)
        std::reverse(items.begin(), items.end());
    try {
        TimSort(items).sort();
    } catch (...) {
        restore();
        throw;
    }
    if (restore())
        raise(builtin::ValueError(), "list modified during sort");
}

} // namespace aw::py
