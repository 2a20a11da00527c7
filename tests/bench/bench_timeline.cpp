// bench_timeline: builds a synthetic run of 10,001 tasks and over a million events, then
// prints the model build time and the frame time of painting a 1920x1080 view offscreen
// (whole run, one second, scrolling), each the median of several frames. Target: 16 ms.
//
//   QT_QPA_PLATFORM=offscreen build-rel/tests/bench/bench_timeline [frames]

#include "timeline/timeline_painter.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <queue>
#include <vector>

using namespace awaitscope;
using aw::trace::EventKind;

namespace {

// A deterministic run: main creates 100 groups of 99 workers; each worker loops ~33 times
// over ready, running, then waiting on a sleep, one of 20 locks or a queue, at times
// quantised to 10 ms so that many events share an instant, as in asyncio.
aw::trace::Trace syntheticTrace()
{
    aw::trace::Trace t;
    t.reserve(1'100'000);
    uint64_t seed = 12345;
    auto next = [&](uint32_t n) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        return uint32_t(seed >> 33) % n;
    };
    auto names = [&](const std::string &name, const char *coro) {
        return uint64_t(t.intern(name)) | uint64_t(t.intern(coro)) << 32;
    };
    constexpr uint32_t kGroups = 100, kPerGroup = 99, kLocks = 20, kCycles = 33;
    uint32_t id = 0;
    t.append(EventKind::TaskCreated, 0, 0, id++, 0, names("Task-1", "main"));
    for (uint32_t r = 0; r < kLocks; ++r)
        t.append(EventKind::ResourceCreated, uint8_t(aw::aio::ResourceKind::Lock), 0, 0, r, t.intern("lock-" + std::to_string(r)));
    t.append(EventKind::ResourceCreated, uint8_t(aw::aio::ResourceKind::Queue), 0, 0, kLocks, t.intern("jobs"));
    struct Wake {
        double time;
        uint32_t task;
        uint32_t cycle;
        bool operator>(const Wake &o) const { return time != o.time ? time > o.time : task > o.task; }
    };
    std::priority_queue<Wake, std::vector<Wake>, std::greater<>> wakes;
    for (uint32_t g = 0; g < kGroups; ++g) {
        const uint32_t group = id++;
        t.append(EventKind::TaskCreated, 0, 0, group, 1, names("Task-" + std::to_string(group + 1), "group"));
        t.append(EventKind::TaskWaiting, uint8_t(aw::aio::WaitKind::Gather), 0, group, group, 0);
        for (uint32_t w = 0; w < kPerGroup; ++w) {
            const uint32_t task = id++;
            t.append(EventKind::TaskCreated, 0, 0, task, group + 1, names("Task-" + std::to_string(task + 1), "worker"));
            wakes.push({0.0, task, 0});
        }
    }
    int queueDepth = 0;
    while (!wakes.empty()) {
        const Wake w = wakes.top();
        wakes.pop();
        t.append(EventKind::TaskReady, 0, w.time, w.task, next(4) == 0 ? next(id) + 1 : 0, 0);
        t.append(EventKind::TaskRunning, 0, w.time, w.task, 0, 0);
        if (w.cycle == kCycles) {
            t.append(EventKind::TaskDone, 0, w.time, w.task, 0, aw::trace::kNoString);
            continue;
        }
        const uint32_t kind = next(3);
        const double later = w.time + 0.01 * (1 + next(100));
        if (kind == 0) {
            t.append(EventKind::TaskWaiting, uint8_t(aw::aio::WaitKind::Sleep), w.time, w.task, 0, 0);
        } else if (kind == 1) {
            const uint32_t lock = next(kLocks);
            t.append(EventKind::ResourceChanged, 0, w.time, w.task + 1, lock, uint64_t(1) << 32 | next(4));
            t.append(EventKind::TaskWaiting, uint8_t(aw::aio::WaitKind::Lock), w.time, w.task, lock, 0);
        } else {
            queueDepth = std::max(0, queueDepth + int(next(3)) - 1);
            t.append(EventKind::ResourceChanged, 0, w.time, 0, kLocks, uint64_t(uint32_t(queueDepth)) << 32);
            t.append(EventKind::TaskWaiting, uint8_t(aw::aio::WaitKind::Queue), w.time, w.task, kLocks, 0);
        }
        wakes.push({later, w.task, w.cycle + 1});
    }
    return t;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double frameMs(QImage &image, const TimelineGeometry &g)
{
    QElapsedTimer timer;
    timer.start();
    {
        QPainter p(&image);
        paintTimelineView(p, g, TimelinePaintOptions());
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const int frames = argc > 1 ? std::max(1, std::atoi(argv[1])) : 31;
    const aw::trace::Trace trace = syntheticTrace();
    std::printf("trace: %llu events, %zu strings\n", static_cast<unsigned long long>(trace.size()), trace.stringCount());

    QElapsedTimer timer;
    timer.start();
    const TimelineModel model(trace);
    const double buildMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("model: %zu task lanes, %zu resource lanes, %zu edges; built in %.1f ms\n", model.lanes().size(),
                model.resources().size(), model.edges().size(), buildMs);

    // The live path: the same trace fed in chunks of 10,000 events.
    timer.restart();
    {
        aw::trace::Trace live;
        live.reserve(trace.size());
        for (size_t i = 0; i < trace.stringCount(); ++i)
            live.intern(trace.string(uint32_t(i)));
        TimelineModel growing;
        for (uint64_t s = 0; s < trace.size(); ++s) {
            const aw::trace::Event e = trace.event(s);
            live.append(e.kind, e.detail, e.time, e.task, e.a, e.b);
            if ((s + 1) % 10'000 == 0 || s + 1 == trace.size())
                growing.update(live);
        }
    }
    std::printf("model, fed in chunks of 10,000 events (copying included): %.1f ms\n", double(timer.nsecsElapsed()) / 1e6);

    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    TimelineGeometry g(model);
    g.setArea(QRectF(0, 0, 1920, 1080));
    auto measure = [&](const char *what, const std::function<void(int)> &setup) {
        std::vector<double> ms;
        for (int i = 0; i < frames; ++i) {
            setup(i);
            ms.push_back(frameMs(image, g));
        }
        std::printf("%-34s median %6.2f ms, worst %6.2f ms (%d frames)\n", what, median(ms),
                    *std::max_element(ms.begin(), ms.end()), frames);
    };
    const auto [from, to] = g.fullRange();
    measure("whole run, top", [&](int) { g.setRange(from, to); g.setScrollY(0); });
    measure("whole run, resource lanes", [&](int) { g.setRange(from, to); g.setScrollY(g.contentHeight() - 1000); });
    measure("one second (50..51 s)", [&](int) { g.setRange(50, 51); g.setScrollY(0); });
    measure("scrolling (whole run)", [&](int i) { g.setRange(from, to); g.setScrollY(i * 211.0); });
    measure("scrolling and panning (10 s)", [&](int i) { g.setRange(i * 0.5, i * 0.5 + 10); g.setScrollY(i * 211.0); });
    g.setStepMode(true);
    const auto [sFrom, sTo] = g.fullRange();
    measure("step mode, whole run", [&](int) { g.setRange(sFrom, sTo); g.setScrollY(0); });
    measure("step mode, 2,000 events", [&](int i) { g.setRange(500'000 + i * 100, 502'000 + i * 100); });
    return 0;
}
