#pragma once
// What opening a saved trace makes the timeline do, without a window: the model, its rows,
// the level of detail, axis ticks, hit tests, tooltips and the painting into an image, in
// time and step mode, fitted and zoomed far in, at a few playheads, with every task
// collapsed and a filter set; then the whole-timeline export. Shared by the timeline
// fuzzer and the test that replays the inputs it found.

#include "trace/trace.h"

namespace awaitscope::test {

void showAsAUserWould(const aw::trace::Trace &trace);

} // namespace awaitscope::test
