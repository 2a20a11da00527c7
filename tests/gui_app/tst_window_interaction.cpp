// What the window does in answer to the desktop and to the user's choices: a file dropped
// anywhere on it opens, the "system" theme follows the system's palette, and unsaved
// edits are kept, dropped or saved as the user answers the prompt.

#include "window/document.h"
#include "window/main_window.h"

#include "session/scenario_session.h"
#include "source/source_view.h"
#include "timeline/timeline_view.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QFile>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace awaitscope;

namespace {

const char *const kScenario = "import asyncio\n\nasync def main():\n    print('one')\n\nasyncio.run(main())\n";
const char *const kOther = "import asyncio\n\nasync def main():\n    print('other')\n\nasyncio.run(main())\n";

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(text);
    return path;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool waitRunFinished(MainWindow &w)
{
    if (w.session()->isFinished())
        return true;
    QSignalSpy spy(w.session(), &ScenarioSession::finished);
    return spy.wait(10000);
}

// Drags `mime` onto `window` at `pos` and drops it there the way QWidgetWindow delivers a
// drag from the desktop: to the widget under the point, or the nearest ancestor accepting
// drops; each move inherits the acceptance of the enter before it, and the drop comes only
// if the drag was accepted. False if nothing accepted it.
bool dragAndDrop(QWidget *window, const QPoint &pos, const QMimeData *mime)
{
    QWidget *target = window->childAt(pos);
    if (!target)
        target = window;
    while (!target->isWindow() && !target->acceptDrops())
        target = target->parentWidget();
    if (!target->acceptDrops())
        return false;
    const QPoint local = target->mapFrom(window, pos);
    const Qt::DropActions actions = Qt::CopyAction | Qt::MoveAction | Qt::LinkAction;
    QDragEnterEvent enter(local, actions, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QDragMoveEvent move(local, actions, mime, Qt::LeftButton, Qt::NoModifier);
    move.setDropAction(enter.dropAction());
    move.setAccepted(enter.isAccepted());
    QApplication::sendEvent(target, &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(local, actions, mime, Qt::LeftButton, Qt::NoModifier);
    drop.setDropAction(move.dropAction());
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

// Answers each message box shown while it lives with `button` (polled each time the event
// loop runs, so no wall-clock delay), and keeps the first one's text.
class MessageBoxAnswer : public QObject {
public:
    explicit MessageBoxAnswer(QMessageBox::StandardButton button)
        : m_button(button)
    {
        m_poll.setInterval(0);
        connect(&m_poll, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            if (m_count++ == 0)
                m_text = box->text();
            box->button(m_button)->click();
        });
        m_poll.start();
    }
    void setButton(QMessageBox::StandardButton button) { m_button = button; }
    int answered() const { return m_count; }
    QString text() const { return m_text; }

private:
    QMessageBox::StandardButton m_button;
    QTimer m_poll;
    int m_count = 0;
    QString m_text;
};

void chooseTheme(MainWindow &w, const QString &key)
{
    for (QAction *a : w.findChildren<QAction *>())
        if (a->data().toString() == key)
            a->trigger();
}

} // namespace

class WindowInteractionTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AwaitscopeTests"));
        QCoreApplication::setApplicationName(QStringLiteral("window_interaction"));
        QVERIFY(m_dir.isValid());
        Document::setAutosaveDirectory(m_dir.filePath(QStringLiteral("autosave")));
    }

    void opensAFileDroppedOnIt_data()
    {
        QTest::addColumn<QString>("where");
        QTest::newRow("timeline") << QStringLiteral("timeline");
        QTest::newRow("editor") << QStringLiteral("editor");
    }

    void opensAFileDroppedOnIt()
    {
        QFETCH(QString, where);
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(writeFile(m_dir, QStringLiteral("first.py"), kScenario)));
        QVERIFY(waitRunFinished(w));
        const QString dropped = writeFile(m_dir, QStringLiteral("dropped.py"), kOther);
        QWidget *under = where == QLatin1String("timeline") ? static_cast<QWidget *>(w.timeline()->viewport())
                                                            : w.source()->viewport();
        const QPoint pos = under->mapTo(&w, under->rect().center());
        QCOMPARE(w.childAt(pos), under);

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(dropped)});
        QVERIFY(dragAndDrop(&w, pos, &mime));
        QCOMPARE(w.document()->path(), QFileInfo(dropped).absoluteFilePath());
        QCOMPARE(w.source()->text(), QString::fromUtf8(kOther));
        QVERIFY(!w.source()->isModified());
        QVERIFY(waitRunFinished(w));
        QCOMPARE(w.session()->result().out, std::string("other\n"));

        // Text dragged from elsewhere is not a file: the window leaves it alone.
        QMimeData text;
        text.setText(QStringLiteral("print('pasted')"));
        dragAndDrop(&w, pos, &text);
        QCOMPARE(w.document()->path(), QFileInfo(dropped).absoluteFilePath());
    }

    void systemThemeFollowsThePalette()
    {
        MainWindow w;
        w.show();
        chooseTheme(w, QStringLiteral("system"));
        const QPalette original = QApplication::palette();
        QVERIFY(!w.timeline()->isDark());

        // The desktop switches to a dark palette: the timeline follows.
        QPalette dark = original;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::WindowText, Qt::white);
        dark.setColor(QPalette::Base, QColor(0x10, 0x10, 0x10));
        dark.setColor(QPalette::Text, Qt::white);
        QApplication::setPalette(dark);
        QCoreApplication::processEvents();
        QVERIFY(w.timeline()->isDark());
        QCOMPARE(QApplication::palette().color(QPalette::Window), dark.color(QPalette::Window));

        // A theme chosen by hand wins over the system's; back on "system", it follows again.
        chooseTheme(w, QStringLiteral("light"));
        QVERIFY(!w.timeline()->isDark());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() >= 128);
        chooseTheme(w, QStringLiteral("system"));
        QVERIFY(w.timeline()->isDark());

        QApplication::setPalette(original);
        QCoreApplication::processEvents();
        QVERIFY(!w.timeline()->isDark());
    }

    void unsavedEditsOnClose()
    {
        const QString path = writeFile(m_dir, QStringLiteral("close.py"), kScenario);
        const QString edited = QString::fromUtf8(kScenario).replace(QStringLiteral("one"), QStringLiteral("edited"));
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        w.source()->setText(edited);
        QVERIFY(w.source()->isModified());
        {
            MessageBoxAnswer answer(QMessageBox::Cancel);
            QVERIFY(!w.close());
            QCOMPARE(answer.answered(), 1);
            QVERIFY(answer.text().contains(QStringLiteral("close.py")));
        }
        QVERIFY(w.isVisible());
        QCOMPARE(w.source()->text(), edited);
        QVERIFY(w.source()->isModified());
        QCOMPARE(readFile(path), QByteArray(kScenario));
        {
            MessageBoxAnswer answer(QMessageBox::Save);
            QVERIFY(w.close());
            QCOMPARE(answer.answered(), 1);
        }
        QCOMPARE(QString::fromUtf8(readFile(path)), edited);
    }

    void unsavedEditsDiscardedOnClose()
    {
        const QString path = writeFile(m_dir, QStringLiteral("discard.py"), kScenario);
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        w.source()->setText(QStringLiteral("# scratch\n"));
        w.autosaveNow();
        QVERIFY(w.document()->recoverAutosave().has_value());
        {
            MessageBoxAnswer answer(QMessageBox::Discard);
            QVERIFY(w.close());
            QCOMPARE(answer.answered(), 1);
        }
        QCOMPARE(readFile(path), QByteArray(kScenario));
        QVERIFY(!w.document()->recoverAutosave().has_value());
    }

    void unsavedEditsOnOpen()
    {
        const QString path = writeFile(m_dir, QStringLiteral("open.py"), kScenario);
        const QString other = writeFile(m_dir, QStringLiteral("open_other.py"), kOther);
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        w.source()->setText(QStringLiteral("# mine\n"));
        {
            MessageBoxAnswer answer(QMessageBox::Cancel);
            QVERIFY(!w.openFile(other));
            QCOMPARE(answer.answered(), 1);
        }
        QCOMPARE(w.document()->path(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(w.source()->text(), QStringLiteral("# mine\n"));
        {
            MessageBoxAnswer answer(QMessageBox::Discard);
            QVERIFY(w.openFile(other));
            QCOMPARE(answer.answered(), 1);
        }
        QCOMPARE(w.document()->path(), QFileInfo(other).absoluteFilePath());
        QCOMPARE(w.source()->text(), QString::fromUtf8(kOther));
        QCOMPARE(readFile(path), QByteArray(kScenario));
        QVERIFY(waitRunFinished(w));
        QVERIFY(w.close());
    }

    void unsavedEditsOnReload()
    {
        const QString path = writeFile(m_dir, QStringLiteral("reload.py"), kScenario);
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        QVERIFY(waitRunFinished(w));
        w.source()->setText(QStringLiteral("# mine\n"));
        // One answerer for the whole test: the file watcher may report a change more than once.
        MessageBoxAnswer answer(QMessageBox::No);

        // Another program changes the file: asked once, the edits are kept and nothing reloads.
        QSignalSpy changed(w.document(), &Document::changedOnDisk);
        writeFile(m_dir, QStringLiteral("reload.py"), kOther);
        QVERIFY(changed.wait(10000));
        QCOMPARE(answer.answered(), 1);
        QVERIFY(answer.text().contains(QStringLiteral("reload.py")));
        QCOMPARE(w.source()->text(), QStringLiteral("# mine\n"));
        QVERIFY(w.source()->isModified());

        // Asked again: reload, dropping the edits.
        answer.setButton(QMessageBox::Yes);
        const int before = answer.answered();
        Q_EMIT w.document()->changedOnDisk();
        QCOMPARE(answer.answered(), before + 1);
        QCOMPARE(w.source()->text(), QString::fromUtf8(kOther));
        QVERIFY(!w.source()->isModified());
        QVERIFY(waitRunFinished(w));
        QCOMPARE(w.session()->result().out, std::string("other\n"));
        QVERIFY(w.close());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(WindowInteractionTest)
#include "tst_window_interaction.moc"
