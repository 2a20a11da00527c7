// bench_export: exports the synthetic run as PNG and SVG through the export library and
// prints the time (median of several exports; target under 2 s each) and the SVG's size.
// The same export of a run ten times smaller shows whether SVG size follows the events in
// the run or what is visible.
//
//   QT_QPA_PLATFORM=offscreen build-bench/tests/bench/bench_export [runs]
//
// Lines starting with "metric" are for scripts/bench.sh: metric NAME VALUE.

#include "export/timeline_export.h"
#include "synthetic_trace.h"

#include <QElapsedTimer>
#include <QGuiApplication>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>

using namespace awaitscope;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// Median milliseconds of `runs` calls, and the bytes of the last.
std::pair<double, qsizetype> timeExport(int runs, const std::function<QByteArray()> &render)
{
    std::vector<double> ms;
    qsizetype bytes = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        bytes = render().size();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return {median(ms), bytes};
}

// Exports `model` as a 1920-pixel-wide picture, as tall as it needs up to the largest side
// the library accepts; false (with the library's reason) when it refuses.
bool measure(const char *key, const char *what, const TimelineModel &model, ExportOptions options, int runs)
{
    options.width = 1920;
    if (exportSize(model, options).height() > 16384)
        options.height = 16384;
    if (const QString problem = checkExportOptions(model, options); !problem.isEmpty()) {
        std::printf("%-44s refused: %s\n", what, qPrintable(problem));
        return false;
    }
    const QSize size = exportSize(model, options);
    const auto [pngMs, pngBytes] = timeExport(runs, [&] { return renderPng(model, options); });
    const auto [svgMs, svgBytes] = timeExport(runs, [&] { return renderSvg(model, options); });
    std::printf("%-44s %dx%d: PNG %7.0f ms %9lld bytes, SVG %7.0f ms %10lld bytes\n", what, size.width(),
                size.height(), pngMs, static_cast<long long>(pngBytes), svgMs, static_cast<long long>(svgBytes));
    std::printf("metric export.%s.height %d\n", key, size.height());
    std::printf("metric export.%s.png_ms %.1f\nmetric export.%s.png_bytes %lld\n", key, pngMs, key,
                static_cast<long long>(pngBytes));
    std::printf("metric export.%s.svg_ms %.1f\nmetric export.%s.svg_bytes %lld\n", key, svgMs, key,
                static_cast<long long>(svgBytes));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 3;
    const aw::trace::Trace big = bench::syntheticTrace(100);
    const aw::trace::Trace small = bench::syntheticTrace(10);
    const TimelineModel bigModel(big), smallModel(small);
    std::printf("runs: %llu events / %zu tasks and %llu events / %zu tasks\n",
                static_cast<unsigned long long>(big.size()), bigModel.lanes().size(),
                static_cast<unsigned long long>(small.size()), smallModel.lanes().size());
    std::printf("metric export.big.events %llu\nmetric export.small.events %llu\n",
                static_cast<unsigned long long>(big.size()), static_cast<unsigned long long>(small.size()));

    // Every lane of 10,001 tasks is taller than any picture the library draws: it says so,
    // and the figures come from views a user can export.
    measure("big_all", "10,001 tasks, all", bigModel, ExportOptions(), runs);
    ExportOptions oneGroup;
    oneGroup.taskFilter = QStringLiteral("Task-1");
    measure("big_filtered", "10,001 tasks, those named Task-1*", bigModel, oneGroup, runs);
    ExportOptions oneSecond = oneGroup;
    oneSecond.timeFrom = 5;
    oneSecond.timeTo = 6;
    measure("big_one_second", "10,001 tasks, Task-1*, 5..6 s", bigModel, oneSecond, runs);
    measure("small_all", "1,001 tasks, all", smallModel, ExportOptions(), runs);
    return 0;
}
