#pragma once
// The pieces paintTimelineView() is made of, one per layer, shared between its source files.

#include "timeline_painter.h"

#include <QPainter>

#include <vector>

namespace awaitscope::paint {

struct Context {
    QPainter &p;
    const TimelineGeometry &g;
    const TimelinePaintOptions &options;
    TimelinePalette palette;
    std::vector<TimelineRun> runs; // reused between rows
    std::vector<QRectF> strips;
};

// Lane backgrounds, the selection and grid lines (and instant bands in step mode).
void backgrounds(Context &c, int first, int last, const std::vector<AxisTick> &ticks);
void taskLane(Context &c, int row);
void resourceLane(Context &c, int row);
// Await and wake-up arrows, cancellation markers, the deadlock line, the playhead.
void overlays(Context &c, int first, int last);
void labels(Context &c, int first, int last);
void axis(Context &c, const std::vector<AxisTick> &ticks);

QString taskLabel(const TaskLane &lane);
QString resourceLabel(const ResourceLane &lane);
// A task's name for the text inside lanes and tooltips ("Task-3 worker()"); "#id" if unknown.
QString taskName(const TimelineModel &model, uint32_t taskId);

} // namespace awaitscope::paint
