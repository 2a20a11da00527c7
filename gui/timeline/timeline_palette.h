#pragma once
// The timeline's colours and their names: one colour per task state (and per thing a task
// waits on), one per resource kind, and the light and dark chrome around them.

#include "timeline_model.h"

#include <QColor>
#include <QString>

namespace awaitscope {

QColor stateColor(TaskState state, aw::aio::WaitKind wait);
QString stateLabel(TaskState state, aw::aio::WaitKind wait);
QColor resourceColor(ResourceLaneKind kind);
QString resourceKindLabel(ResourceLaneKind kind);

struct TimelinePalette {
    QColor background;
    QColor labelBackground;
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor stripe;       // every other lane
    QColor band;         // every other instant, in step mode
    QColor header;       // the "Resources" row
    QColor selection;
    QColor axisBackground;
    QColor playhead;
    QColor wakeArrow;
    QColor awaitArrow;
    QColor cancel;
    QColor waiters;      // tasks blocked on a resource
    QColor outline;      // around markers that could vanish into the background

    static TimelinePalette forTheme(bool dark);
    // A colour faded toward the background, for internal tasks.
    QColor dimmed(const QColor &c) const;
};

} // namespace awaitscope
