// bench_timeline: builds a synthetic run of 10,001 tasks and over a million events, then
// prints the model build time and the frame time of painting a 1920x1080 view offscreen
// (whole run, one second, scrolling), each the median of several frames. Target: 16 ms.
//
//   QT_QPA_PLATFORM=offscreen build-bench/tests/bench/bench_timeline [frames]
//
// Lines starting with "metric" are for scripts/bench.sh: metric NAME VALUE.

#include "synthetic_trace.h"
#include "timeline/timeline_painter.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace awaitscope;

namespace {

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
    const aw::trace::Trace trace = bench::syntheticTrace();
    std::printf("trace: %llu events, %zu strings\n", static_cast<unsigned long long>(trace.size()), trace.stringCount());

    QElapsedTimer timer;
    timer.start();
    const TimelineModel model(trace);
    const double buildMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("model: %zu task lanes, %zu resource lanes, %zu edges; built in %.1f ms\n", model.lanes().size(),
                model.resources().size(), model.edges().size(), buildMs);
    std::printf("metric timeline.events %llu\nmetric timeline.model_ms %.1f\n",
                static_cast<unsigned long long>(trace.size()), buildMs);

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
    const double liveMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("model, fed in chunks of 10,000 events (copying included): %.1f ms\n", liveMs);
    std::printf("metric timeline.model_live_ms %.1f\n", liveMs);

    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    TimelineGeometry g(model);
    g.setArea(QRectF(0, 0, 1920, 1080));
    auto measure = [&](const char *key, const char *what, const std::function<void(int)> &setup) {
        std::vector<double> ms;
        for (int i = 0; i < frames; ++i) {
            setup(i);
            ms.push_back(frameMs(image, g));
        }
        std::printf("%-34s median %6.2f ms, worst %6.2f ms (%d frames)\n", what, median(ms),
                    *std::max_element(ms.begin(), ms.end()), frames);
        std::printf("metric timeline.%s_ms %.2f\n", key, median(ms));
    };
    // Plain variables, not structured bindings: clang 14 cannot capture those in lambdas.
    const double from = g.fullRange().first, to = g.fullRange().second;
    measure("whole", "whole run, top", [&](int) { g.setRange(from, to); g.setScrollY(0); });
    measure("whole_resources", "whole run, resource lanes", [&](int) { g.setRange(from, to); g.setScrollY(g.contentHeight() - 1000); });
    measure("one_second", "one second (50..51 s)", [&](int) { g.setRange(50, 51); g.setScrollY(0); });
    measure("scrolling", "scrolling (whole run)", [&](int i) { g.setRange(from, to); g.setScrollY(i * 211.0); });
    measure("panning", "scrolling and panning (10 s)", [&](int i) { g.setRange(i * 0.5, i * 0.5 + 10); g.setScrollY(i * 211.0); });
    g.setStepMode(true);
    const double sFrom = g.fullRange().first, sTo = g.fullRange().second;
    measure("step_whole", "step mode, whole run", [&](int) { g.setRange(sFrom, sTo); g.setScrollY(0); });
    measure("step_2000", "step mode, 2,000 events", [&](int i) { g.setRange(500'000 + i * 100, 502'000 + i * 100); });
    return 0;
}
