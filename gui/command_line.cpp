#include "command_line.h"

#include "interp/scenario_runner.h"
#include "timeline/timeline_painter.h"

#include <QImage>
#include <QPainter>
#include <QSaveFile>

#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <string>

namespace awaitscope {

namespace {

void writeOut(const std::string &s, FILE *stream)
{
    std::fwrite(s.data(), 1, s.size(), stream);
    std::fflush(stream);
}

const char *const kUsage =
    "usage: awaitscope run FILE.py                 run a scenario and print its output\n"
    "       awaitscope check FILE.py               report syntax errors and unsupported constructs\n"
    "       awaitscope render FILE.py -o OUT.png   draw the scenario's timeline\n";

// `render FILE.py -o OUT.png [--width N] [--title TEXT] [--dark]`
int render(const std::string &source, const std::string &filename, const QStringList &options)
{
    QString output;
    awaitscope::TimelineStyle style;
    style.title = QFileInfo(QString::fromStdString(filename)).fileName();
    double width = 1200;
    for (int i = 0; i < options.size(); ++i) {
        const QString &o = options[i];
        const bool hasValue = i + 1 < options.size();
        if ((o == "-o" || o == "--output") && hasValue)
            output = options[++i];
        else if (o == "--width" && hasValue)
            width = std::max(300.0, options[++i].toDouble());
        else if (o == "--title" && hasValue)
            style.title = options[++i];
        else if (o == "--dark")
            style.dark = true;
        else {
            writeOut("awaitscope render: unknown option '" + o.toStdString() + "'\n" + kUsage, stderr);
            return 2;
        }
    }
    if (output.isEmpty() || !output.endsWith(".png", Qt::CaseInsensitive)) {
        writeOut("awaitscope render: give the image to write with -o OUT.png\n", stderr);
        return 2;
    }
    aw::interp::ScenarioResult r = aw::interp::runScenario(source, filename);
    writeOut(r.run.err, stderr);
    const awaitscope::TimelineModel model(*r.trace);
    const QSizeF size = awaitscope::timelineSize(model, width, style);
    QImage image(size.toSize(), QImage::Format_ARGB32_Premultiplied);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing, false);
        awaitscope::paintTimeline(p, model, QRectF(QPointF(0, 0), size), style);
    }
    // Written beside the target and renamed into place, so a failed write leaves any
    // existing file untouched.
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        writeOut("awaitscope render: cannot write '" + output.toStdString() + "': " + file.errorString().toStdString() +
                     "\n",
                 stderr);
        return 1;
    }
    return 0;
}

// Reads the file as bytes; the message says why when it cannot.
bool readFile(const QString &path, std::string &bytes, std::string &error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        error = "awaitscope: can't open file '" + path.toStdString() + "': " + f.errorString().toStdString() + "\n";
        return false;
    }
    bytes = f.readAll().toStdString();
    return true;
}

} // namespace

int runCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 3 || (arguments[1] != "run" && arguments[1] != "check" && arguments[1] != "render")) {
        writeOut(kUsage, stderr);
        return 2;
    }
    const QString path = arguments[2];
    std::string source, error;
    if (!readFile(path, source, error)) {
        writeOut(error, stderr);
        return 2;
    }
    const std::string filename = path.toStdString();
    if (arguments[1] == "check") {
        const std::string problem = aw::interp::checkScenario(source, filename);
        if (problem.empty())
            return 0;
        writeOut(problem, stderr);
        return 2;
    }
    if (arguments[1] == "render")
        return render(source, filename, arguments.mid(3));
    aw::interp::ScenarioResult r = aw::interp::runScenario(source, filename, {}, false);
    writeOut(r.run.out, stdout);
    writeOut(r.run.err, stderr);
    return r.run.exitCode;
}

} // namespace awaitscope
