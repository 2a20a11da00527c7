#include "trace_export.h"

#include "atomic_write.h"

#include "trace/chrome_trace.h"
#include "trace/trace_io.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <sstream>

namespace awaitscope {

std::optional<TraceFormat> traceFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return TraceFormat::Chrome;
    if (suffix == QLatin1String("jsonl"))
        return TraceFormat::JsonLines;
    return std::nullopt;
}

bool exportTrace(const aw::trace::Trace &trace, const QString &path, const QString &processName, QString *error)
{
    const std::optional<TraceFormat> format = traceFormatForPath(path);
    if (!format) {
        if (error)
            *error = QCoreApplication::translate(
                         "Export", "cannot tell the format of '%1': the name must end in .json (Chrome trace) "
                                   "or .jsonl (awaitscope trace)")
                         .arg(path);
        return false;
    }
    std::ostringstream out;
    if (*format == TraceFormat::Chrome)
        aw::trace::writeChromeTrace(trace, out, {processName.toStdString()});
    else
        aw::trace::writeJsonLines(trace, out);
    const std::string bytes = out.str();
    return writeFileAtomically(path, QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size())), error);
}

} // namespace awaitscope
