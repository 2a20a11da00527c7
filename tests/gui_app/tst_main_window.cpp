// The real window, driven offscreen as a user would: open a scenario, let it play, step
// backward and forward, see the source marks follow, edit and rerun, and keep edits safe.

#include "window/document.h"
#include "window/main_window.h"

#include "playback/playback.h"
#include "session/scenario_session.h"
#include "source/source_view.h"
#include "source_markers.h"
#include "timeline/timeline_view.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QSettings>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace awaitscope;

namespace {

const char *const kScenario = R"(import asyncio

async def worker(name, lock):
    async with lock:
        print(name, "has the lock")
        await asyncio.sleep(1)

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(worker("a", lock), worker("b", lock))

asyncio.run(main())
)";

bool waitRunFinished(MainWindow &w)
{
    if (w.session()->isFinished())
        return true;
    QSignalSpy spy(w.session(), &ScenarioSession::finished);
    return spy.wait(10000);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(text);
    return path;
}

// The lines carrying `marker` in the editor's margin.
} // namespace

class MainWindowTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        Document::setAutosaveDirectory(m_dir.filePath(QStringLiteral("autosave")));
    }

    void opensPlaysAndSteps()
    {
        MainWindow w;
        w.show();
        const QString path = writeFile(m_dir, QStringLiteral("locks.py"), kScenario);
        QVERIFY(w.openFile(path));
        QVERIFY(waitRunFinished(w));
        QCOMPARE(w.session()->result().out, std::string("a has the lock\nb has the lock\n"));
        QVERIFY(w.playback()->playing());
        w.playback()->pause();

        // Half a second in: "a" sleeps at line 6, "b" waits for the lock at line 4,
        // main waits in gather at line 10.
        w.playback()->toStart();
        w.playback()->advance(0.5);
        QCOMPARE(w.timeline()->playhead(), w.playback()->playhead());
        QCOMPARE(linesWith(w.source(), SourceView::SuspendedMarker), (QList<int>{4, 6, 10}));

        // One step back and forward again with the toolbar's actions.
        const quint64 here = w.playback()->playhead();
        w.findChild<QAction *>(QStringLiteral("stepBackward"))->trigger();
        QCOMPARE(w.playback()->playhead(), here - 1);
        w.findChild<QAction *>(QStringLiteral("stepForward"))->trigger();
        QCOMPARE(w.playback()->playhead(), here);
        w.findChild<QAction *>(QStringLiteral("toEnd"))->trigger();
        QCOMPARE(w.playback()->playhead(), w.session()->trace()->size());
        QCOMPARE(linesWith(w.source(), SourceView::SuspendedMarker), QList<int>{});
    }

    void editsRerunAndMarkErrors()
    {
        MainWindow w;
        w.show();
        const QString path = writeFile(m_dir, QStringLiteral("edit.py"), kScenario);
        QVERIFY(w.openFile(path));
        QVERIFY(waitRunFinished(w));
        w.source()->setText(QString::fromUtf8(kScenario).replace(QStringLiteral("\"a\""), QStringLiteral("\"甲\"")));
        QVERIFY(w.source()->isModified());
        QTest::keyClick(&w, Qt::Key_F5);
        QVERIFY(waitRunFinished(w));
        QCOMPARE(QString::fromStdString(w.session()->result().out), QStringLiteral("甲 has the lock\nb has the lock\n"));
        QVERIFY(w.windowTitle().startsWith(QStringLiteral("edit.py")));

        // A syntax error is shown at its line and nothing runs.
        w.source()->setText(QStringLiteral("import asyncio\n\nasync def main(:\n    pass\n"));
        QTest::keyClick(&w, Qt::Key_F5);
        QCOMPARE(linesWith(w.source(), SourceView::ErrorMarker), QList<int>{3});
        // A runtime error is shown at the line that raised it.
        w.source()->setText(QStringLiteral("import asyncio\n\nasync def main():\n    raise ValueError('boom')\n\n"
                                           "asyncio.run(main())\n"));
        QTest::keyClick(&w, Qt::Key_F5);
        QVERIFY(waitRunFinished(w));
        QCOMPARE(linesWith(w.source(), SourceView::ErrorMarker), QList<int>{4});

        // Unsaved edits are in the autosave, and a new window offers them back.
        w.autosaveNow();
        QCOMPARE(*w.document()->recoverAutosave(), w.source()->text());
        QVERIFY(w.source()->isModified());
        QVERIFY(w.document()->recoverAutosave().has_value());
    }

    void exportsFromTheWindow()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(QStringLiteral(":/scenarios/seed000_semaphore_limited_exec.py")));
        QVERIFY(waitRunFinished(w));
        for (const char *name : {"t.png", "t.svg", "t.pdf", "t.json", "t.jsonl"}) {
            const QString path = m_dir.filePath(QString::fromLatin1(name));
            QString error;
            QVERIFY2(w.exportTo(path, false, &error), qPrintable(error));
            QVERIFY(QFileInfo(path).size() > 100);
        }
        QVERIFY(QImage(m_dir.filePath(QStringLiteral("t.png"))).width() >= 1000);
        // The part in view only: zoomed in, the picture covers less time.
        w.timeline()->zoomBy(4);
        QString error;
        QVERIFY(w.exportTo(m_dir.filePath(QStringLiteral("view.svg")), true, &error));
        QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("view.svg"))).size() > 100);
        // A failed export says why and leaves nothing behind.
        QVERIFY(!w.exportTo(m_dir.filePath(QStringLiteral("missing/dir/t.png")), false, &error));
        QVERIFY(!error.isEmpty());
        w.copyImage();
        QVERIFY(!QGuiApplication::clipboard()->image().isNull());
    }

    // Every bundled scenario, opened from the gallery's resources, exports to every format.
    void everyBundledScenarioExports()
    {
        MainWindow w;
        w.show();
        const QStringList files = QDir(QStringLiteral(":/scenarios")).entryList({QStringLiteral("*.py")});
        QVERIFY(files.size() > 50);
        for (const QString &file : files) {
            QVERIFY(w.openFile(QStringLiteral(":/scenarios/") + file));
            QVERIFY2(waitRunFinished(w), qPrintable(file));
            w.playback()->pause();
            for (const char *extension : {".png", ".svg", ".pdf", ".json", ".jsonl"}) {
                const QString path = m_dir.filePath(QStringLiteral("all") + QString::fromLatin1(extension));
                QString error;
                QVERIFY2(w.exportTo(path, false, &error), qPrintable(file + QStringLiteral(": ") + error));
                QVERIFY2(QFileInfo(path).size() > 0, qPrintable(file));
            }
        }
    }

    void reloadsWhenTheFileChangesOnDisk()
    {
        MainWindow w;
        w.show();
        const QString path = writeFile(m_dir, QStringLiteral("watched.py"), kScenario);
        QVERIFY(w.openFile(path));
        QVERIFY(waitRunFinished(w));
        QSignalSpy rerun(w.session(), &ScenarioSession::started);
        const QByteArray changed = QByteArray(kScenario).replace("has the lock", "holds the lock");
        QVERIFY(!writeFile(m_dir, QStringLiteral("watched.py"), changed).isEmpty());
        QVERIFY(rerun.wait(10000));
        QCOMPARE(w.source()->text(), QString::fromUtf8(changed));
        QVERIFY(!w.source()->isModified());
    }

    void recentFilesAndSettings()
    {
        const QString path = writeFile(m_dir, QStringLiteral("recent.py"), kScenario);
        {
            MainWindow w;
            w.show();
            QVERIFY(w.openFile(path));
            QVERIFY(waitRunFinished(w));
            // It is remembered among the recent files.
            QVERIFY(QSettings().value(QStringLiteral("session/recent")).toStringList().contains(
                QFileInfo(path).absoluteFilePath()));
            // Speed, step mode and theme survive a restart.
            w.playback()->setSpeed(4);
            w.findChild<QAction *>(QStringLiteral("stepMode"))->setChecked(true);
            for (QAction *a : w.findChildren<QAction *>())
                if (a->data().toString() == QLatin1String("dark"))
                    a->trigger();
            QVERIFY(w.timeline()->isDark());
            QVERIFY(w.close());
        }
        MainWindow again;
        QCOMPARE(again.playback()->speed(), 4.0);
        QVERIFY(again.playback()->stepMode());
        QVERIFY(again.timeline()->isDark());
        // Back to the system's theme for the tests that follow.
        for (QAction *a : again.findChildren<QAction *>())
            if (a->data().toString() == QLatin1String("system"))
                a->trigger();
        again.playback()->setSpeed(1);
        again.findChild<QAction *>(QStringLiteral("stepMode"))->setChecked(false);
        again.close();
    }

    void opensASavedTrace()
    {
        MainWindow w;
        w.show();
        const QString path = writeFile(m_dir, QStringLiteral("saved.py"), kScenario);
        QVERIFY(w.openFile(path));
        QVERIFY(waitRunFinished(w));
        QString error;
        const QString saved = m_dir.filePath(QStringLiteral("saved.jsonl"));
        QVERIFY(w.exportTo(saved, false, &error));
        const uint64_t events = w.session()->trace()->size();

        MainWindow again;
        again.show();
        QVERIFY(again.openFile(saved));
        QVERIFY(again.session()->isFinished());
        QCOMPARE(again.session()->trace()->size(), events);
        QCOMPARE(again.timeline()->model().eventCount(), events);
        again.playback()->toEnd();
        QCOMPARE(again.timeline()->playhead(), events);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(MainWindowTest)
#include "tst_main_window.moc"
