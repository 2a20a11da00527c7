// The window on a real X server (Xvfb): what the screen shows after a scenario has run,
// checked in the pixels of a screenshot, which is kept for a person to look at.

#include "window/document.h"
#include "window/application.h"
#include "window/main_window.h"

#include "playback/playback.h"
#include "session/scenario_session.h"
#include "timeline/timeline_painter.h"

#include <QGuiApplication>
#include <QMenuBar>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace awaitscope;

class ScreenshotTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void windowShowsTheRun()
    {
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        Document::setAutosaveDirectory(dir.filePath(QStringLiteral("autosave")));
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(QStringLiteral(":/scenarios/default.py")));
        if (!w.session()->isFinished()) {
            QSignalSpy finished(w.session(), &ScenarioSession::finished);
            QVERIFY(finished.wait(10000));
        }
        w.playback()->pause();
        w.playback()->toEnd();
        QCoreApplication::processEvents();
        QTest::qWait(200); // let the X server draw what the window painted

        const QImage shot = w.screen()->grabWindow(0).toImage().convertToFormat(QImage::Format_RGB32);
        QVERIFY(!shot.isNull());
        const QString path = QStringLiteral(SCREENSHOT_DIR "/screenshot.png");
        QVERIFY(shot.save(path));
        // The timeline shows sleeping and finished tasks in their colours.
        const QRgb sleeping = stateColor(TaskState::Waiting, aw::aio::WaitKind::Sleep).rgb();
        const QRgb done = stateColor(TaskState::Done, aw::aio::WaitKind::Nothing).rgb();
        int sleepingPixels = 0, donePixels = 0;
        for (int y = 0; y < shot.height(); ++y) {
            const auto *line = reinterpret_cast<const QRgb *>(shot.constScanLine(y));
            for (int x = 0; x < shot.width(); ++x) {
                sleepingPixels += (line[x] & 0xFFFFFF) == (sleeping & 0xFFFFFF);
                donePixels += (line[x] & 0xFFFFFF) == (done & 0xFFFFFF);
            }
        }
        QVERIFY2(sleepingPixels > 500, qPrintable(QStringLiteral("sleeping pixels: %1 (see %2)").arg(sleepingPixels).arg(path)));
        QVERIFY2(donePixels > 20, qPrintable(QStringLiteral("done pixels: %1 (see %2)").arg(donePixels).arg(path)));
    }

    // The tutorials' readers see the interface in Simplified Chinese, drawn with real glyphs.
    void chineseInterface()
    {
        QVERIFY(installTranslators(QLocale(QLocale::Chinese, QLocale::China)));
        QTemporaryDir dir;
        Document::setAutosaveDirectory(dir.filePath(QStringLiteral("autosave")));
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(QStringLiteral(":/scenarios/default.py")));
        if (!w.session()->isFinished()) {
            QSignalSpy finished(w.session(), &ScenarioSession::finished);
            QVERIFY(finished.wait(10000));
        }
        w.playback()->pause();
        w.playback()->toEnd();
        QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));
        QCoreApplication::processEvents();
        QTest::qWait(200);
        const QImage shot = w.screen()->grabWindow(0).toImage();
        QVERIFY(shot.save(QStringLiteral(SCREENSHOT_DIR "/screenshot-zh_CN.png")));
        // The menu bar's text is drawn: a Chinese label is wider than nothing at all.
        const QFontMetrics metrics(w.menuBar()->font());
        QVERIFY(metrics.inFont(QChar(0x6587)));
        installTranslators(QLocale(QLocale::English));
    }
};

QTEST_MAIN(ScreenshotTest)
#include "tst_screenshot.moc"
