#pragma once
// Shared by the export suites: real runs of small scenarios, and reading lanes back out of
// a rendered picture without depending on the painter's exact layout.

#include "interp/scenario_runner.h"
#include "timeline/timeline_painter.h"

#include <QColor>
#include <QFile>
#include <QImage>
#include <QString>

#include <vector>

namespace exporttest {

// Task-2 holds the lock and sleeps 0..1 s; Task-3 waits for the lock 0..1 s, then sleeps
// 1..2 s; Task-1 (main) waits in gather throughout.
inline const char *const kLockScenario = R"(import asyncio

async def worker(name, lock):
    async with lock:
        print(f"worker {name} has the lock")
        await asyncio.sleep(1)

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(worker(i, lock) for i in range(2)))

asyncio.run(main())
)";

inline aw::interp::ScenarioResult runLockScenario()
{
    return aw::interp::runScenario(kLockScenario, "lock.py");
}

inline QString sourcePath(const QString &relative)
{
    return QStringLiteral(AWAITSCOPE_SOURCE_DIR "/") + relative;
}

inline aw::interp::ScenarioResult runScenarioFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return aw::interp::runScenario(f.readAll().toStdString(), path.toStdString());
}

inline bool isStateColour(const QColor &c)
{
    using awaitscope::TaskState;
    for (int s = 0; s <= static_cast<int>(TaskState::Cancelled); ++s) {
        for (int w = 0; w <= static_cast<int>(aw::aio::WaitKind::Timeout); ++w) {
            if (awaitscope::stateColor(static_cast<TaskState>(s), static_cast<aw::aio::WaitKind>(w)).rgb() == c.rgb())
                return true;
        }
    }
    return false;
}

// The state colours met going down column `x`, one entry per run of at least `minRun`
// pixels: the lanes' bars from top to bottom (followed by the legend's swatches when the
// column crosses them).
inline std::vector<QColor> barsDownColumn(const QImage &image, int x, int minRun = 3)
{
    std::vector<QColor> bars;
    int run = 0;
    QRgb current = 0;
    for (int y = 0; y < image.height(); ++y) {
        const QColor c = image.pixelColor(x, y);
        if (isStateColour(c) && (run == 0 || c.rgb() == current)) {
            current = c.rgb();
            if (++run == minRun)
                bars.push_back(c);
        } else {
            run = isStateColour(c) ? 1 : 0;
            current = c.rgb();
        }
    }
    return bars;
}

// The x of virtual time `t` in a timeline `width` pixels wide spanning 0..end seconds, to
// within the painter's margins: good for sampling well inside a span.
inline int xOfTime(const awaitscope::TimelineStyle &style, double width, double t, double end)
{
    return static_cast<int>(style.labelWidth + t / end * (width - 12 - style.labelWidth));
}

} // namespace exporttest
