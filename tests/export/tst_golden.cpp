// Rendered timelines compared with stored golden images, with a tolerance for font
// rasterisation: a pixel differs when a channel is off by more than 40, and up to 0.5% of
// pixels may differ. On failure the actual image and a difference image (differing pixels
// red over a faded actual) are written to the test's working directory.
//
// The painter changes on purpose from time to time; after checking the new look by eye,
// rewrite the goldens with one command:
//
//   AWAITSCOPE_UPDATE_GOLDENS=1 ctest --test-dir build -R export.tst_golden

#include "export_test_support.h"

#include "export/timeline_export.h"

#include <QDir>
#include <QGuiApplication>
#include <QTest>

#include <cstdlib>

using namespace awaitscope;

namespace {

constexpr int kChannelTolerance = 40;
constexpr double kDifferingShare = 0.005;

// The difference image, and how many pixels differ beyond the tolerance.
std::pair<QImage, qint64> compare(const QImage &actual, const QImage &expected)
{
    QImage diff = actual.convertToFormat(QImage::Format_ARGB32);
    qint64 differing = 0;
    for (int y = 0; y < actual.height(); ++y) {
        for (int x = 0; x < actual.width(); ++x) {
            const QColor a = actual.pixelColor(x, y), e = expected.pixelColor(x, y);
            const bool differs = std::abs(a.red() - e.red()) > kChannelTolerance ||
                                 std::abs(a.green() - e.green()) > kChannelTolerance ||
                                 std::abs(a.blue() - e.blue()) > kChannelTolerance;
            differing += differs;
            diff.setPixelColor(x, y, differs ? QColor(Qt::red) : QColor::fromRgb(255 - (255 - a.red()) / 4,
                                                                            255 - (255 - a.green()) / 4,
                                                                            255 - (255 - a.blue()) / 4));
        }
    }
    return {diff, differing};
}

} // namespace

class TestGolden : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchesTheGolden_data();
    void matchesTheGolden();
};

void TestGolden::matchesTheGolden_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<bool>("dark");
    QTest::newRow("api_lock_event") << "api_lock_event" << false;
    QTest::newRow("api_producer_consumer dark") << "api_producer_consumer" << true;
}

void TestGolden::matchesTheGolden()
{
    QFETCH(QString, scenario);
    QFETCH(bool, dark);
    const auto r = exporttest::runScenarioFile(exporttest::sourcePath("scenarios/" + scenario + ".py"));
    QVERIFY(r.trace);
    const TimelineModel model(*r.trace);
    ExportOptions options;
    options.width = 900;
    options.dark = dark;
    options.title = scenario + ".py";
    const QImage actual = renderImage(model, options).convertToFormat(QImage::Format_RGB32);
    const QString name = scenario + (dark ? "-dark" : "");
    const QString golden = exporttest::sourcePath("tests/export/golden/" + name + ".png");
    if (qEnvironmentVariableIntValue("AWAITSCOPE_UPDATE_GOLDENS") == 1) {
        QVERIFY(actual.save(golden, "PNG"));
        QSKIP(qPrintable("rewrote " + golden));
    }
    const QImage expected = QImage(golden).convertToFormat(QImage::Format_RGB32);
    QVERIFY2(!expected.isNull(), qPrintable("no golden image " + golden));
    const QString actualPath = QDir::current().filePath(name + ".actual.png");
    if (actual.size() != expected.size()) {
        actual.save(actualPath);
        QFAIL(qPrintable(QStringLiteral("size %1x%2, golden %3x%4; actual written to %5")
                             .arg(actual.width())
                             .arg(actual.height())
                             .arg(expected.width())
                             .arg(expected.height())
                             .arg(actualPath)));
    }
    const auto [diff, differing] = compare(actual, expected);
    const qint64 allowed = static_cast<qint64>(kDifferingShare * actual.width() * actual.height());
    if (differing > allowed) {
        const QString diffPath = QDir::current().filePath(name + ".diff.png");
        actual.save(actualPath);
        diff.save(diffPath);
        QFAIL(qPrintable(QStringLiteral("%1 pixels differ (at most %2 may); actual: %3, difference: %4")
                             .arg(differing)
                             .arg(allowed)
                             .arg(actualPath, diffPath)));
    }
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestGolden test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_golden.moc"
