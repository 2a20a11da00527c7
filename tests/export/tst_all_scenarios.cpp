// Every bundled scenario exports to every format without error: PNG, SVG and PDF of its
// timeline, its Chrome trace (checked against the format) and its JSON Lines trace (read
// back). Small pictures keep this quick.

#include "chrome_trace_checks.h"
#include "export_test_support.h"

#include "export/timeline_export.h"
#include "export/trace_export.h"
#include "trace/trace_io.h"

#include <QDir>
#include <QGuiApplication>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>

using namespace awaitscope;

class TestAllScenarios : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exportsEveryFormat_data();
    void exportsEveryFormat();

private:
    QTemporaryDir m_dir;
};

void TestAllScenarios::exportsEveryFormat_data()
{
    QTest::addColumn<QString>("path");
    const QDir scenarios(exporttest::sourcePath("scenarios"));
    const QStringList files = scenarios.entryList({"*.py"}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 70);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << scenarios.filePath(file);
}

void TestAllScenarios::exportsEveryFormat()
{
    QFETCH(QString, path);
    const auto r = exporttest::runScenarioFile(path);
    QVERIFY(r.trace);
    const TimelineModel model(*r.trace);
    ExportOptions options;
    options.width = 400;
    options.title = QFileInfo(path).fileName();
    const QString base = m_dir.filePath(QFileInfo(path).baseName());
    QString error;
    for (const char *extension : {".png", ".svg", ".pdf"})
        QVERIFY2(exportTimeline(model, options, base + extension, &error), qPrintable(error));
    QCOMPARE(QImage(base + ".png").size(), exportSize(model, options));
    QVERIFY(QSvgRenderer(base + ".svg").isValid());
    QFile pdf(base + ".pdf");
    QVERIFY(pdf.open(QIODevice::ReadOnly) && pdf.readAll().startsWith("%PDF-"));

    QVERIFY2(exportTrace(*r.trace, base + ".json", options.title, &error), qPrintable(error));
    QFile json(base + ".json");
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QString problem = exporttest::checkChromeTrace(json.readAll());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(exportTrace(*r.trace, base + ".jsonl", options.title, &error), qPrintable(error));
    std::ifstream lines((base + ".jsonl").toStdString());
    aw::trace::ReadError readError;
    const auto back = aw::trace::readJsonLines(lines, &readError);
    QVERIFY2(back, readError.message.c_str());
    QCOMPARE(back->size(), r.trace->size());
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestAllScenarios test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_all_scenarios.moc"
