// Replays cases.jsonl (generated from CPython 3.11 by gen_cases.py) through the runtime:
// every statement's value repr, or the exception it raises, must match CPython's.

#include "mini_eval.h"

#include "py/runtime.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {

struct Case {
    QString name;
    QStringList code;
    QJsonArray expect;
};

std::vector<Case> loadCases()
{
    std::vector<Case> cases;
    QFile file(QStringLiteral(AW_CONTAINERS_CASES));
    if (!file.open(QIODevice::ReadOnly))
        return cases;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        Case c{o.value("name").toString(), {}, o.value("expect").toArray()};
        for (const auto &s : o.value("code").toArray())
            c.code << s.toString();
        cases.push_back(std::move(c));
    }
    return cases;
}

const std::vector<Case> &cases()
{
    static const std::vector<Case> all = loadCases();
    return all;
}

} // namespace

class TestContainers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        aw::py::initRuntime();
        QVERIFY2(cases().size() > 300, "cases.jsonl is missing or short: run gen_cases.py");
    }

    void replay_data()
    {
        QTest::addColumn<int>("index");
        for (size_t i = 0; i < cases().size(); ++i)
            QTest::newRow(cases()[i].name.toUtf8().constData()) << static_cast<int>(i);
    }

    void replay()
    {
        QFETCH(int, index);
        const Case &c = cases()[static_cast<size_t>(index)];
        awtest::MiniEval eval;
        for (qsizetype i = 0; i < c.code.size(); ++i) {
            std::optional<std::string> got;
            try {
                got = eval.run(c.code[i].toStdString());
            } catch (const std::exception &e) {
                QFAIL(qPrintable(QStringLiteral("cannot evaluate `%1`: %2").arg(c.code[i], e.what())));
            }
            const QJsonValue want = c.expect[i];
            const QString gotText = got ? QString::fromStdString(*got) : QStringLiteral("<no value>");
            const QString wantText = want.isNull() ? QStringLiteral("<no value>") : want.toString();
            if (gotText != wantText)
                QFAIL(qPrintable(QStringLiteral("`%1`\n   got: %2\n  want: %3").arg(c.code[i], gotText, wantText)));
        }
    }
};

QTEST_GUILESS_MAIN(TestContainers)
#include "tst_containers.moc"
