#include "timeline_exercise.h"

#include "timeline/timeline_geometry.h"
#include "timeline/timeline_painter.h"
#include "timeline/timeline_tooltip.h"

#include <QImage>
#include <QPainter>

#include <algorithm>

namespace awaitscope::test {

namespace {

constexpr double kWidth = 480;
constexpr double kHeight = 240;
// The export is cut at this height: a hostile trace may have any number of lanes.
constexpr double kMaxExportHeight = 4096;

void exercise(TimelineGeometry &g, uint64_t events, QImage &image)
{
    const auto [from, to] = g.fullRange();
    std::vector<TimelineRun> runs;
    for (double zoom : {1.0, 1e3, 1e12}) {
        g.setRange(from, to);
        g.zoom(zoom, g.plotRect().center().x());
        for (uint64_t playhead : {TimelineGeometry::kNoPlayhead, uint64_t{0}, events / 2, events}) {
            g.setPlayhead(playhead);
            (void)g.playheadX();
            const auto [first, last] = g.visibleRows();
            for (int row = first; row < last; ++row)
                g.runs(row, runs);
            (void)g.axisTicks(60);
            for (double fx : {0.0, 0.3, 0.7, 1.0}) {
                for (double fy : {0.0, 0.2, 0.6}) {
                    const TimelineHit hit = g.hitTest(QPointF(fx * kWidth, fy * kHeight));
                    (void)timelineToolTip(g, hit);
                }
            }
        }
        g.setPlayhead(events / 2);
        QPainter p(&image);
        paintTimelineView(p, g, TimelinePaintOptions{});
    }
}

} // namespace

void showAsAUserWould(const aw::trace::Trace &trace)
{
    const TimelineModel model(trace);
    QImage image(static_cast<int>(kWidth), static_cast<int>(kHeight), QImage::Format_ARGB32_Premultiplied);
    for (bool stepMode : {false, true}) {
        TimelineGeometry g(model);
        g.setStepMode(stepMode);
        g.setArea(QRectF(0, 0, kWidth, kHeight));
        exercise(g, trace.size(), image);
        for (const TaskLane &lane : model.lanes())
            g.setCollapsed(lane.taskId, true);
        g.setTaskFilter(QStringLiteral("a"));
        exercise(g, trace.size(), image);
    }
    TimelineStyle style;
    style.title = QStringLiteral("hostile");
    const QSizeF whole = timelineSize(model, kWidth, style);
    QImage all(static_cast<int>(kWidth), static_cast<int>(std::clamp(whole.height(), 1.0, kMaxExportHeight)),
               QImage::Format_ARGB32_Premultiplied);
    QPainter p(&all);
    paintTimeline(p, model, QRectF(QPointF(0, 0), whole), style);
}

} // namespace awaitscope::test
