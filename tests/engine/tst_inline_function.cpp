// InlineFunction: what engine callbacks are stored in. Small callables must live inside it
// (the point of the type), larger ones on the heap, and every captured object must be
// destroyed exactly once whichever way the function is moved, reset or destroyed.
#include "core/inline_function.h"

#include <QTest>

#include <array>
#include <memory>

using aw::InlineFunction;

namespace {

// Counts live copies, so that a leak or a double destruction shows as a wrong count.
struct Tracked {
    explicit Tracked(int *live) : live(live) { ++*live; }
    Tracked(const Tracked &o) : live(o.live) { ++*live; }
    Tracked(Tracked &&o) noexcept : live(o.live) { ++*live; }
    ~Tracked() { --*live; }
    int *live;
};

// operator new counts allocations made while this flag is set.
int g_allocations = 0;
bool g_counting = false;

} // namespace

void *operator new(std::size_t n)
{
    if (g_counting)
        ++g_allocations;
    if (void *p = std::malloc(n ? n : 1))
        return p;
    throw std::bad_alloc();
}
void operator delete(void *p) noexcept { std::free(p); }
void operator delete(void *p, std::size_t) noexcept { std::free(p); }

class TestInlineFunction : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void smallCallablesDoNotAllocate()
    {
        auto shared = std::make_shared<int>(41);
        g_allocations = 0;
        g_counting = true;
        {
            InlineFunction<int(int)> f([shared](int x) { return *shared + x; });
            InlineFunction<int(int)> g(std::move(f));
            QCOMPARE(g(1), 42);
            QVERIFY(!f);
        }
        g_counting = false;
        QCOMPARE(g_allocations, 0);
        QCOMPARE(shared.use_count(), 1);
    }

    void largeCallablesGoToTheHeapAndStillWork()
    {
        std::array<long, 16> big{};
        big[15] = 7;
        g_allocations = 0;
        g_counting = true;
        InlineFunction<long()> f([big] { return big[15]; });
        g_counting = false;
        QCOMPARE(g_allocations, 1);
        InlineFunction<long()> g;
        g = std::move(f);
        QCOMPARE(g(), 7L);
    }

    void capturesAreDestroyedExactlyOnce()
    {
        int live = 0;
        {
            Tracked t(&live);
            InlineFunction<void()> a([t] {});
            InlineFunction<void()> b(std::move(a));
            InlineFunction<void()> c;
            c = std::move(b);
            QCOMPARE(live, 2); // t and the one in c
            c = nullptr;
            QCOMPARE(live, 1);
            std::array<char, 64> pad{};
            InlineFunction<void()> heap([t, pad] { (void)pad; });
            InlineFunction<void()> moved(std::move(heap));
            QCOMPARE(live, 2);
        }
        QCOMPARE(live, 0);
    }

    void emptyFunctionThrowsInsteadOfCrashing()
    {
        InlineFunction<void()> f;
        QVERIFY_THROWS_EXCEPTION(std::bad_function_call, f());
    }
};

QTEST_APPLESS_MAIN(TestInlineFunction)
#include "tst_inline_function.moc"
