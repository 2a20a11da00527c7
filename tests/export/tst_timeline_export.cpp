// The timeline exports read back: PNG size, scale and pixel colours at known lanes and
// times, byte-for-byte determinism, SVG rendered back through QSvgRenderer, PDF pages and
// page size, the options' checks, and atomic writes that leave existing files alone.

#include "export_test_support.h"

#include "export/timeline_export.h"

#include <QBuffer>
#include <QDir>
#include <QGuiApplication>
#include <QImageReader>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace awaitscope;
using aw::aio::WaitKind;

namespace {

QColor colour(TaskState s, WaitKind w = WaitKind::Nothing)
{
    return stateColor(s, w);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestTimelineExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void formatFollowsTheExtension();
    void pngHasTheSizeAndColoursOfTheRun();
    void pngIsDeterministic();
    void scaleMultipliesDevicePixels();
    void fixedHeightStretchesLanes();
    void optionsReachThePainter();
    void badOptionsAreExplained();
    void svgRendersBack();
    void pdfIsOneVectorPageOfTheRightSize();
    void pdfIsDeterministic();
    void failedWriteLeavesExistingFile();
    void readOnlyDirectoryKeepsItsFile();
    void successReplacesTheFile();
};

void TestTimelineExport::formatFollowsTheExtension()
{
    QCOMPARE(exportFormatForPath("a.png"), ExportFormat::Png);
    QCOMPARE(exportFormatForPath("dir.x/A.PNG"), ExportFormat::Png);
    QCOMPARE(exportFormatForPath("a.Svg"), ExportFormat::Svg);
    QCOMPARE(exportFormatForPath("a.pdf"), ExportFormat::Pdf);
    QVERIFY(!exportFormatForPath("a.gif"));
    QVERIFY(!exportFormatForPath("png"));
    QString error;
    auto r = exporttest::runLockScenario();
    QVERIFY(!exportTimeline(TimelineModel(*r.trace), {}, "out.gif", &error));
    QVERIFY2(error.contains("out.gif") && error.contains(".png"), qPrintable(error));
}

void TestTimelineExport::pngHasTheSizeAndColoursOfTheRun()
{
    auto r = exporttest::runLockScenario();
    const TimelineModel model(*r.trace);
    ExportOptions options;
    options.width = 1000;
    options.title = "lock.py";
    const QImage image = QImage::fromData(renderPng(model, options), "PNG");
    QCOMPARE(image.size(), exportSize(model, options));
    QCOMPARE(image.width(), 1000);
    QCOMPARE(image.text("Title"), QString("lock.py"));
    // Lanes in order: Task-1 (main, in gather), Task-2 (holds the lock, sleeps 0..1 s),
    // Task-3 (waits for the lock 0..1 s, then sleeps 1..2 s).
    const TimelineStyle style = exportStyle(model, options);
    const auto early = exporttest::barsDownColumn(image, exporttest::xOfTime(style, 1000, 0.5, 2));
    QVERIFY2(early.size() >= 3, qPrintable(QString::number(early.size())));
    QCOMPARE(early[0], colour(TaskState::Waiting, WaitKind::Gather));
    QCOMPARE(early[1], colour(TaskState::Waiting, WaitKind::Sleep));
    QCOMPARE(early[2], colour(TaskState::Waiting, WaitKind::Lock));
    const auto late = exporttest::barsDownColumn(image, exporttest::xOfTime(style, 1000, 1.5, 2));
    QVERIFY(late.size() >= 2);
    QCOMPARE(late[0], colour(TaskState::Waiting, WaitKind::Gather));
    QCOMPARE(late[1], colour(TaskState::Waiting, WaitKind::Sleep)); // Task-2 is done: no bar
    QCOMPARE(image.pixelColor(image.width() - 2, 2), QColor(Qt::white));
    options.dark = true;
    const QImage dark = QImage::fromData(renderPng(model, options), "PNG");
    QVERIFY(dark.pixelColor(dark.width() - 2, 2).lightness() < 60);
}

void TestTimelineExport::pngIsDeterministic()
{
    auto first = exporttest::runLockScenario();
    auto second = exporttest::runLockScenario();
    ExportOptions options;
    options.title = "lock.py";
    const QByteArray a = renderPng(TimelineModel(*first.trace), options);
    const QByteArray b = renderPng(TimelineModel(*second.trace), options);
    QVERIFY(!a.isEmpty());
    QCOMPARE(a, b);
}

void TestTimelineExport::scaleMultipliesDevicePixels()
{
    auto r = exporttest::runLockScenario();
    const TimelineModel model(*r.trace);
    ExportOptions options;
    options.width = 600;
    options.scale = 2;
    const QSize logical = exportSize(model, options);
    const QImage image = renderImage(model, options);
    QCOMPARE(image.size(), logical * 2);
    QCOMPARE(image.devicePixelRatio(), 2.0);
    const QImage png = QImage::fromData(renderPng(model, options), "PNG");
    QCOMPARE(png.size(), logical * 2);
    // 96 dpi times the scale, so viewers show it at its logical size.
    QCOMPARE(png.dotsPerMeterX(), 7559);
    const TimelineStyle style = exportStyle(model, options);
    const auto bars = exporttest::barsDownColumn(png, 2 * exporttest::xOfTime(style, 600, 0.5, 2), 6);
    QVERIFY(bars.size() >= 3);
    QCOMPARE(bars[2], colour(TaskState::Waiting, WaitKind::Lock));
}

void TestTimelineExport::fixedHeightStretchesLanes()
{
    auto r = exporttest::runLockScenario();
    const TimelineModel model(*r.trace);
    ExportOptions options;
    const double natural = exportSize(model, options).height();
    const int lanes = static_cast<int>(model.order().size());
    options.height = static_cast<int>(natural) + 10 * lanes + 3;
    QCOMPARE(exportSize(model, options), QSize(1200, options.height));
    const TimelineStyle style = exportStyle(model, options);
    QCOMPARE(style.laneHeight, TimelineStyle().laneHeight + 10); // whole pixels: 3 are left over
    QVERIFY(timelineSize(model, 1200, style).height() <= options.height);
    QCOMPARE(renderImage(model, options).height(), options.height);
    QVERIFY(checkExportOptions(model, options).isEmpty());
    options.height = 100;
    const QString problem = checkExportOptions(model, options);
    QVERIFY2(problem.contains("too small") && problem.contains("needs at least"), qPrintable(problem));
}

void TestTimelineExport::optionsReachThePainter()
{
    auto r = exporttest::runLockScenario();
    const TimelineModel model(*r.trace);
    ExportOptions options;
    options.title = "T";
    options.dark = true;
    options.timeFrom = 0.5;
    options.timeTo = 1.5;
    options.stepMode = true;
    options.taskFilter = "worker";
    QVERIFY(checkExportOptions(model, options).isEmpty());
    const TimelineStyle style = exportStyle(model, options);
    QCOMPARE(style.title, QString("T"));
    QVERIFY(style.dark);
    QCOMPARE(style.timeFrom, 0.5);
    QCOMPARE(style.timeTo, 1.5);
    QVERIFY(style.stepMode);
    QCOMPARE(style.taskFilter, QString("worker"));
}

void TestTimelineExport::badOptionsAreExplained()
{
    auto r = exporttest::runLockScenario();
    const TimelineModel model(*r.trace);
    auto problem = [&](auto change) {
        ExportOptions options;
        change(options);
        return checkExportOptions(model, options);
    };
    QVERIFY(problem([](ExportOptions &) {}).isEmpty());
    QVERIFY(problem([](ExportOptions &o) { o.width = 299; }).contains("width"));
    QVERIFY(problem([](ExportOptions &o) { o.width = 20000; }).contains("width"));
    QVERIFY(problem([](ExportOptions &o) { o.height = 50; }).contains("height"));
    QVERIFY(problem([](ExportOptions &o) { o.scale = 0; }).contains("scale"));
    QVERIFY(problem([](ExportOptions &o) { o.scale = 9; }).contains("scale"));
    QVERIFY(problem([](ExportOptions &o) { o.timeFrom = -1; }).contains("0 s or later"));
    QVERIFY(problem([](ExportOptions &o) { o.timeFrom = 1, o.timeTo = 1; }).contains("end after"));
    QVERIFY(problem([](ExportOptions &o) { o.timeFrom = 2; }).contains("after the run ends at 2 s"));
    QVERIFY(problem([](ExportOptions &o) { o.taskFilter = "nobody"; }).contains("'nobody'"));
    QVERIFY(problem([](ExportOptions &o) { o.taskFilter = "WORK"; }).isEmpty());
    QVERIFY(problem([](ExportOptions &o) { o.width = 16384, o.scale = 4; }).contains("smaller scale"));
    ExportOptions bad;
    bad.width = 10;
    QVERIFY(renderImage(model, bad).isNull());
    QVERIFY(renderPng(model, bad).isEmpty());
    QVERIFY(renderSvg(model, bad).isEmpty());
    QVERIFY(renderPdf(model, bad).isEmpty());
}

void TestTimelineExport::svgRendersBack()
{
    auto r = exporttest::runLockScenario();
    const TimelineModel model(*r.trace);
    ExportOptions options;
    options.width = 1000;
    options.title = "lock & <key>";
    const QByteArray svg = renderSvg(model, options);
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.defaultSize(), exportSize(model, options));
    QCOMPARE(renderer.viewBox(), QRect(QPoint(0, 0), exportSize(model, options)));
    QVERIFY(svg.contains("<text"));
    QVERIFY(svg.contains("Task-3"));
    QVERIFY(svg.contains("<title>lock &amp; &lt;key&gt;</title>"));
    QVERIFY(svg.contains("<desc>Timeline of lock &amp; &lt;key&gt;: 5 tasks over 2 s"));
    QVERIFY(!svg.contains("<image")); // vector shapes, not an embedded bitmap
    QCOMPARE(renderSvg(model, options), svg);
    QImage image(renderer.defaultSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        renderer.render(&p);
    }
    const TimelineStyle style = exportStyle(model, options);
    const auto bars = exporttest::barsDownColumn(image, exporttest::xOfTime(style, 1000, 0.5, 2));
    QVERIFY(bars.size() >= 3);
    QCOMPARE(bars[1], colour(TaskState::Waiting, WaitKind::Sleep));
    QCOMPARE(bars[2], colour(TaskState::Waiting, WaitKind::Lock));
}

void TestTimelineExport::pdfIsOneVectorPageOfTheRightSize()
{
    auto r = exporttest::runLockScenario();
    const TimelineModel model(*r.trace);
    ExportOptions options;
    options.width = 1000;
    options.title = "lock.py";
    const QByteArray pdf = renderPdf(model, options);
    QVERIFY(pdf.startsWith("%PDF-"));
    const QString text = QString::fromLatin1(pdf);
    QCOMPARE(text.count(QRegularExpression("/Type\\s*/Page(?![a-zA-Z])")), 1);
    const QRegularExpressionMatch box = QRegularExpression("/MediaBox\\s*\\[\\s*0\\s+0\\s+([\\d.]+)\\s+([\\d.]+)").match(text);
    QVERIFY(box.hasMatch());
    // 1000 logical pixels at 96 dpi are 750 points.
    QCOMPARE(box.captured(1).toDouble(), 750.0);
    QCOMPARE(box.captured(2).toDouble(), std::ceil(exportSize(model, options).height() * 0.75));
    QVERIFY(!text.contains("/Subtype /Image"));
    QVERIFY(text.contains("/FontFile")); // text kept as text, with its font embedded
}

void TestTimelineExport::pdfIsDeterministic()
{
    auto r = exporttest::runLockScenario();
    const TimelineModel model(*r.trace);
    ExportOptions options;
    options.title = "lock.py";
    const QByteArray first = renderPdf(model, options);
    QCOMPARE(renderPdf(model, options), first);
    // Qt writes the current time there, and a random document id into its own XMP.
    QVERIFY(!first.contains("/CreationDate"));
    QVERIFY(!first.contains("uuid:"));
    QVERIFY(first.contains("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">lock.py</rdf:li>"));
}

void TestTimelineExport::failedWriteLeavesExistingFile()
{
    auto r = exporttest::runLockScenario();
    const TimelineModel model(*r.trace);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    // The target is a directory.
    QVERIFY(QDir(dir.path()).mkdir("taken.png"));
    QVERIFY(!exportTimeline(model, {}, dir.filePath("taken.png"), &error));
    QVERIFY2(error.contains("taken.png") && error.contains("directory"), qPrintable(error));
    QVERIFY(QFileInfo(dir.filePath("taken.png")).isDir());
    // The directory does not exist.
    QVERIFY(!exportTimeline(model, {}, dir.filePath("missing/out.svg"), &error));
    QVERIFY2(error.contains("missing/out.svg"), qPrintable(error));
    QVERIFY(!QFileInfo::exists(dir.filePath("missing")));
    // The "directory" is a file, which keeps its bytes.
    QVERIFY(writeAll(dir.filePath("file"), "keep"));
    QVERIFY(!exportTimeline(model, {}, dir.filePath("file/out.pdf"), &error));
    QCOMPARE(readAll(dir.filePath("file")), QByteArray("keep"));
    // Options that cannot be drawn leave an existing file as it was.
    QVERIFY(writeAll(dir.filePath("old.png"), "old bytes"));
    ExportOptions bad;
    bad.width = 1;
    QVERIFY(!exportTimeline(model, bad, dir.filePath("old.png"), &error));
    QVERIFY(error.contains("width"));
    QCOMPARE(readAll(dir.filePath("old.png")), QByteArray("old bytes"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2); // no temporary left behind
}

void TestTimelineExport::readOnlyDirectoryKeepsItsFile()
{
    if (geteuid() == 0)
        QSKIP("root writes into read-only directories; tst_cli checks this as an unprivileged user");
    auto r = exporttest::runLockScenario();
    const TimelineModel model(*r.trace);
    QTemporaryDir dir;
    const QString path = dir.filePath("old.svg");
    QVERIFY(writeAll(path, "old bytes"));
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    QString error;
    const bool written = exportTimeline(model, {}, path, &error);
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!written);
    QVERIFY2(error.contains("old.svg"), qPrintable(error));
    QCOMPARE(readAll(path), QByteArray("old bytes"));
}

void TestTimelineExport::successReplacesTheFile()
{
    auto r = exporttest::runLockScenario();
    const TimelineModel model(*r.trace);
    QTemporaryDir dir;
    const QString path = dir.filePath("out.PNG");
    QVERIFY(writeAll(path, "old bytes"));
    QString error;
    QVERIFY2(exportTimeline(model, {}, path, &error), qPrintable(error));
    QCOMPARE(readAll(path), renderPng(model, {}));
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestTimelineExport test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_timeline_export.moc"
