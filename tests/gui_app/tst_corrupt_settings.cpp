// Settings damaged, edited by hand or left by another version: the window starts with its
// defaults, says on stderr which value it ignored, and never crashes or stops on a dialog.

#include "window/document.h"
#include "window/main_window.h"

#include "playback/playback.h"
#include "session/scenario_session.h"
#include "timeline/timeline_view.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QPointF>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace awaitscope;

namespace {

QStringList g_warnings;
QtMessageHandler g_previousHandler = nullptr;

void captureWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg)
        g_warnings.append(message);
    g_previousHandler(type, context, message);
}

// A settings file whose recent-files list holds `n` paths. Written directly: QSettings'
// own writer grows its buffer one entry at a time, which takes minutes under ASan.
QByteArray manyRecentFiles(int n)
{
    QByteArray file("[session]\nrecent=");
    for (int i = 0; i < n; ++i)
        file += (i ? ", /nowhere/scenario" : "/nowhere/scenario") + QByteArray::number(i) + ".py";
    return file + "\n";
}

} // namespace

class CorruptSettingsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AwaitscopeTests"));
        QCoreApplication::setApplicationName(QStringLiteral("corrupt_settings"));
        QVERIFY(m_dir.isValid());
        Document::setAutosaveDirectory(m_dir.filePath(QStringLiteral("autosave")));
    }

    void cleanup()
    {
        QFile::remove(QSettings().fileName());
    }

    void startsWithDefaults_data()
    {
        QTest::addColumn<QVariantMap>("values"); // written through QSettings, typed
        QTest::addColumn<QByteArray>("file");    // or the settings file's raw bytes
        QTest::addColumn<QString>("ignoredKey"); // the setting the warning must name

        const QString geometry = QStringLiteral("window/geometry");
        const QString state = QStringLiteral("window/state");
        const QString speed = QStringLiteral("playback/speed");
        const QString stepMode = QStringLiteral("playback/stepMode");
        const QString theme = QStringLiteral("view/theme");
        const QString budget = QStringLiteral("run/eventBudget");
        const QString recent = QStringLiteral("session/recent");
        const QString lastFile = QStringLiteral("session/lastFile");
        auto typed = [](const QString &key, const QVariant &value) { return QVariantMap{{key, value}}; };

        QTest::newRow("geometry not bytes") << typed(geometry, 42) << QByteArray() << geometry;
        QTest::newRow("geometry garbage bytes") << typed(geometry, QByteArray("\x01\xd9\xd0\xcb\0\x03garbage", 14))
                                                << QByteArray() << geometry;
        QTest::newRow("state garbage bytes") << typed(state, QByteArray(100000, '\xff')) << QByteArray() << state;
        QTest::newRow("speed a word") << typed(speed, QStringLiteral("fast")) << QByteArray() << speed;
        QTest::newRow("speed huge") << typed(speed, 1e308) << QByteArray() << speed;
        QTest::newRow("speed not a number") << typed(speed, QStringLiteral("nan")) << QByteArray() << speed;
        QTest::newRow("speed a point") << typed(speed, QPointF(2, 3)) << QByteArray() << speed;
        QTest::newRow("step mode a word") << typed(stepMode, QStringLiteral("perhaps")) << QByteArray() << stepMode;
        QTest::newRow("theme unknown") << typed(theme, QStringLiteral("purple")) << QByteArray() << theme;
        QTest::newRow("theme a list") << typed(theme, QStringList{QStringLiteral("dark"), QStringLiteral("light")}) << QByteArray() << theme;
        QTest::newRow("theme enormous") << typed(theme, QString(4'000'000, QLatin1Char('d'))) << QByteArray() << theme;
        QTest::newRow("budget negative") << typed(budget, -5) << QByteArray() << budget;
        QTest::newRow("budget beyond the dialog") << typed(budget, 1'000'000'000'000ull) << QByteArray() << budget;
        QTest::newRow("budget beyond 64 bits") << typed(budget, QStringLiteral("99999999999999999999999"))
                                               << QByteArray() << budget;
        QTest::newRow("recent not strings") << typed(recent, QVariantList{1, QPointF(2, 3), QStringLiteral("/gone.py")})
                                            << QByteArray() << recent;
        QTest::newRow("recent a number") << typed(recent, 7) << QByteArray() << recent;
        QTest::newRow("recent enormous") << QVariantMap() << manyRecentFiles(100000) << recent;
        QTest::newRow("last file a directory") << typed(lastFile, QDir::rootPath()) << QByteArray() << lastFile;
        QTest::newRow("last file a device") << typed(lastFile, QStringLiteral("/dev/zero")) << QByteArray() << lastFile;
        QTest::newRow("last file enormous") << typed(lastFile, QString(100000, QLatin1Char('x'))) << QByteArray()
                                            << lastFile;
        QTest::newRow("truncated") << QVariantMap()
                                   << QByteArray("[playback]\nspeed=1\n[view]\ntheme=da") << theme;
        QTest::newRow("bad variants") << QVariantMap()
                                      << QByteArray("[window]\ngeometry=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x5QFoo)\n"
                                                    "state=@ByteArray(\n[playback]\nspeed=@Variant(\\0\\0\\0\\x6\\x7f\\xf0)\n")
                                      << geometry;
        QByteArray noise;
        for (int i = 0; i < 4096; ++i)
            noise.append(static_cast<char>((i * 7919 + 13) % 256));
        QTest::newRow("binary noise") << QVariantMap() << noise << QString();
    }

    void startsWithDefaults()
    {
        QFETCH(QVariantMap, values);
        QFETCH(QByteArray, file);
        QFETCH(QString, ignoredKey);
        {
            QSettings settings;
            for (auto it = values.cbegin(); it != values.cend(); ++it)
                settings.setValue(it.key(), it.value());
        }
        if (!file.isEmpty()) {
            QDir().mkpath(QFileInfo(QSettings().fileName()).path());
            QFile f(QSettings().fileName());
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(file);
        }

        // A dialog at startup would stop an unattended start: close it and fail.
        bool dialogShown = false;
        QTimer dialogWatch;
        connect(&dialogWatch, &QTimer::timeout, this, [&dialogShown] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                dialogShown = true;
                modal->close();
            }
        });
        dialogWatch.start(50);

        g_warnings.clear();
        g_previousHandler = qInstallMessageHandler(captureWarnings);
        MainWindow w;
        w.show();
        w.openStartupScenario();
        qInstallMessageHandler(g_previousHandler);
        QVERIFY(!dialogShown);

        if (!ignoredKey.isEmpty()) {
            const QString expected = QStringLiteral("Ignoring the stored setting %1").arg(ignoredKey);
            QVERIFY2(!g_warnings.filter(expected).isEmpty(), qPrintable(g_warnings.join(QLatin1Char('\n'))));
        }
        QCOMPARE(w.document()->path(), QStringLiteral(":/scenarios/default.py"));
        QCOMPARE(w.playback()->speed(), 1.0);
        QVERIFY(!w.playback()->stepMode());
        QCOMPARE(w.session()->eventBudget(), uint64_t{5'000'000});
        for (const QAction *a : w.findChildren<QAction *>())
            if (a->data().toString() == QLatin1String("system"))
                QVERIFY(a->isChecked());
        QCOMPARE(w.timeline()->isDark(), QApplication::palette().color(QPalette::Window).lightness() < 128);
        const QMenu *recentMenu = w.findChild<QMenu *>(QStringLiteral("recentMenu"));
        QVERIFY(recentMenu->actions().size() <= 10);
        for (const QAction *a : recentMenu->actions())
            QVERIFY2(!a->isEnabled() || QFileInfo(a->toolTip()).isFile(), qPrintable(a->toolTip()));
        QVERIFY(w.width() > 0 && w.height() > 0);

        // What the window stores on closing reads back without a complaint.
        QVERIFY(w.close());
        g_warnings.clear();
        g_previousHandler = qInstallMessageHandler(captureWarnings);
        {
            MainWindow again;
        }
        qInstallMessageHandler(g_previousHandler);
        const QStringList complaints = g_warnings.filter(QStringLiteral("Ignoring the stored setting"));
        QVERIFY2(complaints.isEmpty(), qPrintable(complaints.join(QLatin1Char('\n'))));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(CorruptSettingsTest)
#include "tst_corrupt_settings.moc"
