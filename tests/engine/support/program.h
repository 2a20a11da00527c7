#pragma once
// Running a transcribed program under asyncio.run() and comparing with CPython.

#include "aio/runner.h"
#include "interleaving.h"

#include <QTest>

#include <string>

namespace aw::test {

using MainFn = QCoro::Task<Value> (*)(aio::EventLoop *);

// Runs `main` as asyncio.run would and returns the recorded interleaving.
inline QString runProgram(MainFn main)
{
    aio::EventLoop loop;
    InterleavingRecorder rec(loop);
    aio::run(loop, [&loop, main] { return main(&loop); }, "main");
    return rec.text();
}

inline std::string num(int64_t n)
{
    return std::to_string(n);
}

inline bool isCancel(const PyException &e)
{
    return e.isInstance(builtin::CancelledError());
}

// Python's print(*args) for already formatted pieces.
template<typename... Parts>
void say(aio::EventLoop *loop, const Parts &...parts)
{
    std::string line;
    ((line += (line.empty() ? "" : " "), line += parts), ...);
    print(*loop, line);
}

} // namespace aw::test

Q_DECLARE_METATYPE(aw::test::MainFn)

// Compares the interleaving of the data row's program with CPython's recording.
#define AWAITSCOPE_COMPARE_WITH_CPYTHON(main)                                                          \
    do {                                                                                             \
        QString message_;                                                                            \
        QVERIFY2(aw::test::compareInterleaving(QTest::currentDataTag(), aw::test::runProgram(main),    \
                                               &message_),                                           \
                 qPrintable(message_));                                                              \
    } while (false)
