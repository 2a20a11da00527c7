#pragma once
// Saves a recorded run: as a Chrome Trace Event file (.json) for Perfetto and
// chrome://tracing, or as awaitscope's own JSON Lines trace (.jsonl), which the application
// reads back without running the scenario again. Atomic, like every export.

#include "trace/trace.h"

#include <QString>

#include <optional>

namespace awaitscope {

enum class TraceFormat { Chrome, JsonLines };

// From the file's extension, in any case: .json or .jsonl; nothing for any other.
std::optional<TraceFormat> traceFormatForPath(const QString &path);

// `processName` names the one process in a Chrome trace (e.g. the scenario's file name).
bool exportTrace(const aw::trace::Trace &trace, const QString &path, const QString &processName, QString *error);

} // namespace awaitscope
