#pragma once
// What the timeline says about the thing under the pointer, as rich text: a task's state and
// what it waits on with start and end time, or a resource's state.

#include "timeline_geometry.h"

#include <QString>

namespace awaitscope {

// Empty when there is nothing to say about the hit.
QString timelineToolTip(const TimelineGeometry &geometry, const TimelineHit &hit);

// "lock 'db'", "Task-3 (worker)", "executor job 2"... what a waiting span waits on.
QString waitTargetText(const TimelineModel &model, const StateSpan &span);

} // namespace awaitscope
