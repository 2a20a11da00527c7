#pragma once
// Real traces for the model tests: scenarios run by the engine, and a trace copied event
// by event to play a live run that grows.

#include "interp/scenario_runner.h"

#include <QString>

#include <memory>

namespace awaitscope::models::test {

// Runs scenarios/<name> (labelled with its file name, as tracebacks show it).
aw::interp::ScenarioResult runScenarioFile(const QString &name);
// Runs inline source labelled "scenario.py".
aw::interp::ScenarioResult runSource(const char *source);

// Appends events [from, to) of `from` to `to` (strings interned again in `to`).
void copyEvents(const aw::trace::Trace &source, aw::trace::Trace &target, uint64_t from, uint64_t to);
std::shared_ptr<aw::trace::Trace> copyPrefix(const aw::trace::Trace &source, uint64_t events);

} // namespace awaitscope::models::test
