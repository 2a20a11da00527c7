// Saved traces that a user might open and that broke, or could break, the timeline: the
// inputs fuzz_timeline found, and hand-written ones beside them. Each either is refused by
// the reader with a message or is shown at every zoom, mode and playhead; scripts/test.sh
// runs this under the sanitizers too.

#include "timeline_exercise.h"
#include "trace/trace_io.h"

#include <QDir>
#include <QTest>

#include <fstream>

class TestHostileTraces : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void opensWithoutHarm_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(HOSTILE_TRACES_DIR));
        const QStringList files = dir.entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void opensWithoutHarm()
    {
        QFETCH(QString, path);
        std::ifstream in(QFile::encodeName(path).toStdString(), std::ios::binary);
        QVERIFY(in.good());
        aw::trace::ReadError error;
        const std::optional<aw::trace::Trace> trace = aw::trace::readJsonLines(in, &error);
        if (!trace) {
            QVERIFY(!error.message.empty());
            return;
        }
        awaitscope::test::showAsAUserWould(*trace);
    }
};

QTEST_MAIN(TestHostileTraces)
#include "tst_hostile_traces.moc"
