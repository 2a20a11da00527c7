#pragma once
// A deterministic synthetic run for the benchmarks, big without running the engine: main
// creates `groups` groups of 99 workers; each worker loops 33 times over ready, running,
// then waiting on a sleep, one of 20 locks or a queue, at times quantised to 10 ms so that
// many events share an instant, as in asyncio. 100 groups give 10,001 tasks and about
// 1.2 million events over the same span of virtual time as 10 groups.

#include "trace/trace.h"

#include <cstdint>

namespace awaitscope::bench {

aw::trace::Trace syntheticTrace(uint32_t groups = 100);

} // namespace awaitscope::bench
