#include "render_arguments.h"

#include <QCoreApplication>

#include <cmath>
#include <optional>

namespace awaitscope {

namespace {

std::optional<int> wholeNumber(const QString &text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    return ok ? std::optional<int>(n) : std::nullopt;
}

std::optional<double> number(const QString &text)
{
    bool ok = false;
    const double d = text.toDouble(&ok);
    return ok && std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
}

} // namespace

bool parseRenderArguments(const QStringList &arguments, RenderRequest &request, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    ExportOptions &o = request.options;
    bool scaleGiven = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString name = arguments[i];
        std::optional<QString> value;
        // "--width=800" as well as "--width 800".
        if (name.startsWith(QLatin1String("--")) && name.contains(QLatin1Char('='))) {
            value = name.section(QLatin1Char('='), 1);
            name = name.section(QLatin1Char('='), 0, 0);
        }
        const bool takesValue = name == QLatin1String("-o") || name == QLatin1String("--output") ||
                                name == QLatin1String("--width") || name == QLatin1String("--height") ||
                                name == QLatin1String("--scale") || name == QLatin1String("--theme") ||
                                name == QLatin1String("--from") || name == QLatin1String("--to") ||
                                name == QLatin1String("--tasks") || name == QLatin1String("--title");
        if (!takesValue) {
            if (value)
                return fail(QCoreApplication::translate("Export", "%1 takes no value").arg(name));
            if (name == QLatin1String("--dark"))
                o.dark = true;
            else if (name == QLatin1String("--steps"))
                o.stepMode = true;
            else if (name.startsWith(QLatin1Char('-')))
                return fail(QCoreApplication::translate("Export", "unknown option '%1'").arg(name));
            else
                return fail(QCoreApplication::translate("Export", "unexpected argument '%1'").arg(name));
            continue;
        }
        if (!value) {
            if (i + 1 >= arguments.size())
                return fail(QCoreApplication::translate("Export", "%1 needs a value").arg(name));
            value = arguments[++i];
        }
        const QString &v = *value;
        if (name == QLatin1String("-o") || name == QLatin1String("--output")) {
            request.output = v;
        } else if (name == QLatin1String("--width") || name == QLatin1String("--height")) {
            const std::optional<int> n = wholeNumber(v);
            if (!n)
                return fail(QCoreApplication::translate("Export", "%1 expects a whole number of pixels, not '%2'").arg(name, v));
            (name == QLatin1String("--width") ? o.width : o.height) = *n;
        } else if (name == QLatin1String("--scale")) {
            const std::optional<double> d = number(v);
            if (!d)
                return fail(QCoreApplication::translate("Export", "--scale expects a number such as 2, not '%1'").arg(v));
            o.scale = *d;
            scaleGiven = true;
        } else if (name == QLatin1String("--theme")) {
            if (v != QLatin1String("light") && v != QLatin1String("dark"))
                return fail(QCoreApplication::translate("Export", "--theme expects light or dark, not '%1'").arg(v));
            o.dark = v == QLatin1String("dark");
        } else if (name == QLatin1String("--from") || name == QLatin1String("--to")) {
            const std::optional<double> d = number(v);
            if (!d || *d < 0)
                return fail(QCoreApplication::translate("Export", "%1 expects a time in virtual seconds (0 or more), not '%2'").arg(name, v));
            (name == QLatin1String("--from") ? o.timeFrom : o.timeTo) = *d;
        } else if (name == QLatin1String("--tasks")) {
            o.taskFilter = v;
        } else {
            o.title = v;
        }
    }
    if (o.timeTo != -1 && o.timeTo <= o.timeFrom)
        return fail(QCoreApplication::translate("Export", "--to (%1 s) must be later than --from (%2 s)")
                        .arg(QString::number(o.timeTo, 'g', 6), QString::number(o.timeFrom, 'g', 6)));
    if (request.output.isEmpty())
        return fail(QCoreApplication::translate("Export", "give the file to write with -o OUT.png, OUT.svg or OUT.pdf"));
    const std::optional<ExportFormat> format = exportFormatForPath(request.output);
    if (!format)
        return fail(QCoreApplication::translate("Export", "cannot tell the format of '%1': the name must end in .png, .svg or .pdf").arg(request.output));
    if (scaleGiven && *format != ExportFormat::Png)
        return fail(QCoreApplication::translate("Export", "--scale applies to PNG only: SVG and PDF are vector graphics"));
    return true;
}

} // namespace awaitscope
