#pragma once
// The headless modes of awaitscope. Returns the process exit code: the scenario's own for
// `run` (0, 1 for an uncaught exception...), 2 for usage and check errors.

#include <QStringList>

namespace awaitscope {

int runCommandLine(const QStringList &arguments);

} // namespace awaitscope
