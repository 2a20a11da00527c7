#pragma once
// Traces for the timeline tests: real runs of scenario files and hand-written event lists.

#include "trace/trace.h"

#include <QString>

#include <memory>

namespace awaitscope::test {

// Runs scenarios/<name> (or inline `source`) and returns its trace; fails the test on error.
std::shared_ptr<aw::trace::Trace> runScenarioFile(const QString &name);
std::shared_ptr<aw::trace::Trace> runSource(const char *source);

// A small hand-made run of 33 events: 18 at t=0, 4 at t=1, 11 at t=2. Task 0 (main)
// creates tasks 1 and 2; task 2 creates task 3. Task 1 sleeps 0..1 and finishes at 1; task 2
// waits on lock "db" (resource 5, held by main) 0..2, is woken by task 1 and finishes at 2;
// task 1 cancels task 3 at 1 (message 'stop'), which lands at 2; main waits on a gather 0..2.
std::shared_ptr<aw::trace::Trace> smallTrace();

// Copies `source` into a trace fed to `fn(trace)` every `chunk` events, as a live run grows.
template<typename F>
void replayInChunks(const aw::trace::Trace &source, uint64_t chunk, F &&fn)
{
    aw::trace::Trace live;
    for (size_t i = 0; i < source.stringCount(); ++i)
        live.intern(source.string(static_cast<uint32_t>(i)));
    for (uint64_t s = 0; s < source.size(); ++s) {
        const aw::trace::Event e = source.event(s);
        live.append(e.kind, e.detail, e.time, e.task, e.a, e.b);
        if ((s + 1) % chunk == 0 || s + 1 == source.size())
            fn(static_cast<const aw::trace::Trace &>(live));
    }
}

} // namespace awaitscope::test
