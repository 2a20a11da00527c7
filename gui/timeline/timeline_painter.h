#pragma once
// Draws a timeline into any QPainter: the window, PNG, SVG and PDF exports all use this,
// so what a user exports is what they see.
//
// paintTimelineView() draws one viewport of a TimelineGeometry (only what is visible), for
// the window. timelineSize()/paintTimeline() draw the whole timeline, with title and legend,
// for the exports.

#include "timeline_geometry.h"
#include "timeline_palette.h"

#include <QRectF>
#include <QSizeF>
#include <QString>

#include <cstdint>

class QPainter;

namespace awaitscope {

struct TimelineStyle {
    QString title;
    double laneHeight = 22;
    double labelWidth = 180;
    bool dark = false;
    double timeFrom = 0;
    double timeTo = -1; // -1: the end
    bool stepMode = false;
    QString taskFilter; // substring of name or coroutine; empty: all
    bool showResources = true;
};

struct TimelinePaintOptions {
    bool dark = false;
    int64_t selectedTask = -1; // task id, -1: none
    int hoveredRow = -1;
    // Arrows are drawn for every edge in view when there are at most this many, else only
    // for the selected task's edges.
    int maxArrows = 120;
};

// Paints geometry.area(): lane labels with expanders, the axis, lanes, arrows, cancel
// markers, the playhead (when set) and the selection.
void paintTimelineView(QPainter &p, const TimelineGeometry &geometry, const TimelinePaintOptions &options);

// The legend: what each colour and marker means, wrapped to `width`.
double legendHeight(double width);
void paintLegend(QPainter &p, const QRectF &area, bool dark);

// The size the whole timeline needs at `width` pixels wide.
QSizeF timelineSize(const TimelineModel &model, double width, const TimelineStyle &style);
void paintTimeline(QPainter &p, const TimelineModel &model, const QRectF &area, const TimelineStyle &style);

} // namespace awaitscope
