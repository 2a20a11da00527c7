#pragma once
// Draws a timeline into any QPainter: the window, PNG, SVG and PDF exports all use this,
// so what a user exports is what they see.

#include "timeline_model.h"

#include <QColor>
#include <QRectF>
#include <QString>

class QPainter;

namespace awaitscope {

struct TimelineStyle {
    QString title;
    double laneHeight = 22;
    double labelWidth = 180;
    bool dark = false;
    double timeFrom = 0;
    double timeTo = -1;
    bool stepMode = false;
    QString taskFilter;
    bool showResources = true;
};

QColor stateColor(TaskState state, aw::aio::WaitKind wait);
QString stateLabel(TaskState state, aw::aio::WaitKind wait);

// The size the whole timeline needs at `width` pixels wide.
QSizeF timelineSize(const TimelineModel &model, double width, const TimelineStyle &style);
void paintTimeline(QPainter &p, const TimelineModel &model, const QRectF &area, const TimelineStyle &style);

} // namespace awaitscope
