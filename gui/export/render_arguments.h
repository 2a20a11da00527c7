#pragma once
// The options of `awaitscope render FILE.py -o OUT.png|.svg|.pdf [options]`, read into an
// export request. Sizes and ranges that depend on the run are checked later, by
// checkExportOptions, once the scenario has run.

#include "export_options.h"

#include <QString>
#include <QStringList>

namespace awaitscope {

struct RenderRequest {
    QString output;
    ExportOptions options;
};

// Reads `arguments` (the words after the scenario's file name) into `request`, whose
// options keep their values where no option is given (the caller presets the title).
// False, with `error` naming the option and what is wrong with it, on bad input.
bool parseRenderArguments(const QStringList &arguments, RenderRequest &request, QString *error);

} // namespace awaitscope
