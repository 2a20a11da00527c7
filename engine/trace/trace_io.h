#pragma once
// The engine's own trace format: JSON Lines, one event per line after a header line.
// Deterministic: the same trace always gives the same bytes (floats as Python's repr).
//
//   {"format":"awaitscope-trace","version":1}
//   {"seq":0,"t":0.0,"ev":"create","task":0,"parent":null,"name":"Task-1","coro":"main"}
//   ...

#include "trace.h"

#include <iosfwd>
#include <optional>
#include <string>

namespace aw::trace {

void writeJsonLines(const Trace &trace, std::ostream &out);

struct ReadError {
    int line = 0;
    std::string message;
};

// Reads a trace written by writeJsonLines. On malformed input returns nothing and fills
// `error` with the line number and what is wrong; never crashes on any input.
std::optional<Trace> readJsonLines(std::istream &in, ReadError *error);

std::string_view waitKindKey(aio::WaitKind kind);
std::string_view resourceKindKey(aio::ResourceKind kind);

} // namespace aw::trace
