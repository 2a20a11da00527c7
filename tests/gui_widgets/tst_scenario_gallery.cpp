// The bundled scenarios: every file in scenarios/ is embedded and described by its
// docstring in both languages; the gallery filters, previews and opens them by keyboard
// and mouse.

#include "gallery/gallery_dialog.h"
#include "gallery/scenario_docstring.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>

using namespace awaitscope;

namespace {

const QString kScenarioDir = QStringLiteral(AWAITSCOPE_SCENARIO_DIR);

QStringList scenarioFilesOnDisk()
{
    return QDir(kScenarioDir).entryList({QStringLiteral("*.py")}, QDir::Files, QDir::Name);
}

QStringList visibleFileNames(const GalleryDialog &dialog, const ScenarioCatalog &catalog)
{
    const auto *list = dialog.findChild<QListView *>(QStringLiteral("scenarios"));
    QStringList names;
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QString title = list->model()->index(row, 0).data().toString();
        for (const ScenarioInfo &s : catalog.scenarios())
            if (s.primaryTitle(false) == title || s.primaryTitle(true) == title)
                names.append(s.fileName);
    }
    return names;
}

} // namespace

class TestScenarioGallery : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void catalogEmbedsEveryScenarioFile()
    {
        const ScenarioCatalog catalog;
        QVERIFY2(catalog.errors().isEmpty(), qPrintable(catalog.errors().join(QLatin1Char('\n'))));
        QStringList embedded;
        for (const ScenarioInfo &s : catalog.scenarios())
            embedded.append(s.fileName);
        QCOMPARE(embedded.size(), scenarioFilesOnDisk().size());
        QCOMPARE(embedded.front(), QStringLiteral("default.py"));
        embedded.sort();
        QCOMPARE(embedded, scenarioFilesOnDisk());

        for (const ScenarioInfo &s : catalog.scenarios()) {
            QCOMPARE(s.path, QStringLiteral(":/scenarios/") + s.fileName);
            QVERIFY2(!s.title.isEmpty() && s.title != s.fileName, qPrintable(s.fileName));
            QVERIFY2(!s.description.isEmpty(), qPrintable(s.fileName));
            QFile embeddedFile(s.path);
            QFile diskFile(QDir(kScenarioDir).filePath(s.fileName));
            QVERIFY(embeddedFile.open(QIODevice::ReadOnly));
            QVERIFY(diskFile.open(QIODevice::ReadOnly));
            QCOMPARE(embeddedFile.readAll(), diskFile.readAll());
        }
    }

    void catalogReadsAnyDirectory()
    {
        const ScenarioCatalog catalog(kScenarioDir);
        QCOMPARE(catalog.scenarios().size(), scenarioFilesOnDisk().size());
        QCOMPARE(catalog.find(QStringLiteral("api_barrier.py"))->path, QDir(kScenarioDir).filePath(QStringLiteral("api_barrier.py")));
        QCOMPARE(catalog.find(QStringLiteral("missing.py")), nullptr);

        const ScenarioCatalog none(QStringLiteral("/nonexistent/scenarios"));
        QVERIFY(none.scenarios().isEmpty());
        QCOMPARE(none.errors().size(), 1);
        QVERIFY(none.errors().front().contains(QStringLiteral("/nonexistent/scenarios")));
        QCOMPARE(none.defaultScenario().fileName, QString());
    }

    void defaultScenarioHasBothTitles()
    {
        const ScenarioInfo info = ScenarioCatalog().defaultScenario();
        QCOMPARE(info.fileName, QStringLiteral("default.py"));
        QCOMPARE(info.path, QStringLiteral(":/scenarios/default.py"));
        QCOMPARE(info.title, QStringLiteral("Three workers and a lock"));
        QCOMPARE(info.titleChinese, QStringLiteral("三个协程与一把锁"));
        QVERIFY(info.description.startsWith(QStringLiteral("What it demonstrates:")));
        QCOMPARE(info.primaryTitle(true), info.titleChinese);
        QCOMPARE(info.secondaryTitle(true), info.title);
        QCOMPARE(info.primaryTitle(false), info.title);
        QCOMPARE(info.secondaryTitle(false), info.titleChinese);
    }

    void bundledTitlesSplitByLanguage_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("titleChinese");
        QTest::newRow("dash") << "api_executor_prints.py" << "Blocking functions that print, in executor workers"
                              << "在线程池里打印的阻塞函数";
        QTest::newRow("parentheses") << "api_chinese_output.py"
                                     << "Chinese output: task names, strings, formatting and str methods" << "中文输出";
        QTest::newRow("mid-sentence") << "seed004_nested_coroutines.py"
                                      << "Nested coroutines, method 1: asyncio.wait and done.result()" << "10.协程的嵌套";
        QTest::newRow("wrapped") << "seed003_concurrent_create_task.py"
                                 << "Running several coroutines concurrently with create_task"
                                 << "并发执行多个协程 / 并发执行的任务，两个task会同时执";
        QTest::newRow("question") << "seed000_random_exception.py" << "Does a coroutine stop when it raises?"
                                  << "协程如果有异常，就会停止下来吗";
        QTest::newRow("nested full-width") << "seed003_create_task.py" << "Creating a coroutine task"
                                           << "创建协程任务，（实际上就是新建一个对象）";
        QTest::newRow("english only") << "api_cancelling_uncancel.py"
                                      << "Task.cancelling() and Task.uncancel() (Python 3.11)" << "";
    }

    void bundledTitlesSplitByLanguage()
    {
        QFETCH(QString, file);
        QFETCH(QString, title);
        QFETCH(QString, titleChinese);
        const ScenarioCatalog catalog;
        const ScenarioInfo *info = catalog.find(file);
        QVERIFY(info);
        QCOMPARE(info->title, title);
        QCOMPARE(info->titleChinese, titleChinese);
    }

    void docstringParsing_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("titleChinese");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("descriptionChinese");
        QTest::newRow("comments first") << "#!/usr/bin/env python3\n# -*- coding: utf-8 -*-\n\n\"\"\"Title.\n\n  Body\n  more\n\"\"\"\n"
                                        << "Title" << "" << "Body\nmore" << "";
        QTest::newRow("single quotes") << "'''Lock demo — 锁\n\nUses a lock.\n\n这是中文说明。\n'''" << "Lock demo" << "锁"
                                       << "Uses a lock." << "这是中文说明。";
        QTest::newRow("one-line string") << "'A \\'quoted\\' title.'\nx = 1\n" << "A 'quoted' title" << "" << "" << "";
        QTest::newRow("raw") << "r\"\"\"Path C:\\temp (临时).\"\"\"" << "Path C:\\temp" << "临时" << "" << "";
        QTest::newRow("chinese only") << "\"\"\"协程示例\n\n说明 asyncio 的用法\"\"\"" << "" << "协程示例" << ""
                                      << "说明 asyncio 的用法";
        QTest::newRow("no docstring") << "import asyncio\n\"\"\"Not a docstring\"\"\"\n" << "" << "" << "" << "";
        QTest::newRow("unterminated") << "\"\"\"Title\n\nnever closed\n" << "" << "" << "" << "";
        QTest::newRow("empty file") << "" << "" << "" << "" << "";
    }

    void docstringParsing()
    {
        QFETCH(QString, source);
        const ScenarioDocstring doc = parseScenarioDocstring(source);
        QTEST(doc.title, "title");
        QTEST(doc.titleChinese, "titleChinese");
        QTEST(doc.description, "description");
        QTEST(doc.descriptionChinese, "descriptionChinese");
    }

    void galleryFiltersAndPreviews()
    {
        const ScenarioCatalog catalog;
        GalleryDialog dialog(catalog);
        dialog.show();
        auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("filter"));
        auto *list = dialog.findChild<QListView *>(QStringLiteral("scenarios"));
        auto *description = dialog.findChild<QTextBrowser *>(QStringLiteral("description"));
        auto *open = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open);
        QVERIFY(filter && list && description && open);
        QCOMPARE(list->model()->rowCount(), catalog.scenarios().size());
        QCOMPARE(list->currentIndex().row(), 0);
        QVERIFY(description->toPlainText().contains(QStringLiteral("Three workers and a lock")));

        QTest::keyClicks(filter, QStringLiteral("BARRIER"));
        QCOMPARE(visibleFileNames(dialog, catalog), QStringList{QStringLiteral("api_barrier.py")});
        QCOMPARE(list->currentIndex().data().toString(), QStringLiteral("asyncio.Barrier (Python 3.11)"));
        QVERIFY(description->toPlainText().contains(QStringLiteral("BrokenBarrierError")));
        QVERIFY(open->isEnabled());

        filter->clear();
        QInputMethodEvent typed; // Chinese comes from an input method, as whole strings
        typed.setCommitString(QStringLiteral("三个协程"));
        QCoreApplication::sendEvent(filter, &typed);
        QCOMPARE(visibleFileNames(dialog, catalog), QStringList{QStringLiteral("default.py")});

        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("seed002_shield"));
        QCOMPARE(visibleFileNames(dialog, catalog), QStringList{QStringLiteral("seed002_shield_cancel.py")});

        QTest::keyClicks(filter, QStringLiteral("zzz"));
        QCOMPARE(list->model()->rowCount(), 0);
        QVERIFY(!open->isEnabled());
        QVERIFY(description->toPlainText().contains(QStringLiteral("No scenario matches")));
    }

    void keyboardChoosesAScenario()
    {
        const ScenarioCatalog catalog;
        GalleryDialog dialog(catalog);
        dialog.show();
        auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("filter"));
        auto *list = dialog.findChild<QListView *>(QStringLiteral("scenarios"));
        QTest::keyClicks(filter, QStringLiteral("semaphore"));
        const QStringList matches = visibleFileNames(dialog, catalog);
        QVERIFY(matches.size() >= 3);
        QTest::keyClick(filter, Qt::Key_Down);
        QTest::keyClick(filter, Qt::Key_Down);
        QTest::keyClick(filter, Qt::Key_Up);
        QCOMPARE(list->currentIndex().row(), 1);
        QTest::keyClick(filter, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.chosenPath(), QStringLiteral(":/scenarios/") + matches.at(1));
    }

    void doubleClickChoosesAScenario()
    {
        const ScenarioCatalog catalog;
        GalleryDialog dialog(catalog);
        dialog.show();
        auto *list = dialog.findChild<QListView *>(QStringLiteral("scenarios"));
        const QModelIndex third = list->model()->index(2, 0);
        const QPoint centre = list->visualRect(third).center();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.chosenPath(), catalog.scenarios().at(2).path);
    }

    void cancelChoosesNothing()
    {
        const ScenarioCatalog catalog;
        GalleryDialog dialog(catalog);
        dialog.show();
        dialog.selectScenario(QStringLiteral("api_barrier.py"));
        QCOMPARE(dialog.findChild<QListView *>(QStringLiteral("scenarios"))->currentIndex().data().toString(),
                 QStringLiteral("asyncio.Barrier (Python 3.11)"));
        QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("filter")), Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.chosenPath(), QString());
    }

    void chineseLocaleShowsChineseFirst()
    {
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        const ScenarioCatalog catalog;
        GalleryDialog dialog(catalog);
        QLocale::setDefault(previous);
        auto *list = dialog.findChild<QListView *>(QStringLiteral("scenarios"));
        auto *description = dialog.findChild<QTextBrowser *>(QStringLiteral("description"));
        QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("三个协程与一把锁"));
        const QString text = description->toPlainText();
        QVERIFY(text.indexOf(QStringLiteral("三个协程与一把锁")) < text.indexOf(QStringLiteral("Three workers and a lock")));
        dialog.selectScenario(QStringLiteral("api_barrier.py"));
        QCOMPARE(list->currentIndex().data().toString(), QStringLiteral("asyncio.Barrier (Python 3.11)"));
    }
};

QTEST_MAIN(TestScenarioGallery)
#include "tst_scenario_gallery.moc"
