// The source pane: markers, errors and colours are where they were asked for, follow the
// text, and never reach the undo history; Chinese text survives and is drawn with real glyphs.

#include "source/source_view.h"

#include <QApplication>
#include <QHelpEvent>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

using namespace awaitscope;

namespace {

QString numberedLines(int count)
{
    QString text;
    for (int i = 1; i <= count; ++i)
        text += QStringLiteral("x%1 = %1\n").arg(i);
    return text;
}

bool hasMarker(const SourceView &view, int line, SourceView::Marker marker)
{
    return view.markersAtLine(line - 1) & (1u << marker);
}

QList<int> linesWith(const SourceView &view, SourceView::Marker marker)
{
    QList<int> lines;
    for (int line = 1; line <= view.lines(); ++line)
        if (hasMarker(view, line, marker))
            lines.append(line);
    return lines;
}

long indicatorAt(SourceView &view, int line, int index)
{
    return view.SendScintilla(QsciScintillaBase::SCI_INDICATORVALUEAT, static_cast<unsigned long>(view.errorIndicator()),
                              static_cast<long>(view.positionFromLineIndex(line - 1, index)));
}

// The application posts the palette change to its widgets.
void setApplicationPalette(const QPalette &palette)
{
    QApplication::setPalette(palette);
    QCoreApplication::sendPostedEvents();
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::WindowText, Qt::white);
    p.setColor(QPalette::Base, QColor(0x10, 0x10, 0x10));
    p.setColor(QPalette::Text, Qt::white);
    return p;
}

// The pixels of the first `chars` characters of line 1, where the text starts.
QImage renderedLineStart(const QString &text, int chars)
{
    SourceView view;
    view.setDark(false);
    view.resize(400, 120);
    view.loadText(text);
    const long start = view.positionFromLineIndex(0, 0);
    const long end = view.positionFromLineIndex(0, chars);
    const int x0 = static_cast<int>(view.SendScintilla(QsciScintillaBase::SCI_POINTXFROMPOSITION, 0UL, start));
    const int x1 = static_cast<int>(view.SendScintilla(QsciScintillaBase::SCI_POINTXFROMPOSITION, 0UL, end));
    const int y = static_cast<int>(view.SendScintilla(QsciScintillaBase::SCI_POINTYFROMPOSITION, 0UL, start));
    const int h = static_cast<int>(view.SendScintilla(QsciScintillaBase::SCI_TEXTHEIGHT, 0UL));
    return view.viewport()->grab(QRect(x0, y, x1 - x0, h)).toImage();
}

int inkPixels(const QImage &image)
{
    int ink = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qGray(image.pixel(x, y)) < 160)
                ++ink;
    return ink;
}

} // namespace

class TestSourceView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { setApplicationPalette(QPalette(Qt::white)); }

    void suspendedMarkersAreSetMovedAndCleared()
    {
        SourceView view;
        view.loadText(numberedLines(10));
        view.setSuspendedLines({{3, QStringLiteral("Task-2")}, {5, QStringLiteral("Task-3")},
                                {3, QStringLiteral("Task-4")}, {99, QStringLiteral("Task-9")}, {0, {}}});
        QCOMPARE(linesWith(view, SourceView::SuspendedMarker), (QList<int>{3, 5}));
        QCOMPARE(view.hoverText(3), QStringLiteral("Suspended here: Task-2, Task-4"));
        QCOMPARE(view.hoverText(5), QStringLiteral("Suspended here: Task-3"));
        QCOMPARE(view.hoverText(4), QString());

        view.setSuspendedLines({{7, QStringLiteral("Task-5")}});
        QCOMPARE(linesWith(view, SourceView::SuspendedMarker), QList<int>{7});
        QCOMPARE(view.hoverText(3), QString());

        // An edit above the marker carries it (and its hover text) along with its line.
        view.insertAt(QStringLiteral("import asyncio\n"), 0, 0);
        QCOMPARE(linesWith(view, SourceView::SuspendedMarker), QList<int>{8});
        QCOMPARE(view.hoverText(8), QStringLiteral("Suspended here: Task-5"));

        view.setSuspendedLines({});
        QVERIFY(linesWith(view, SourceView::SuspendedMarker).isEmpty());
        QCOMPARE(view.hoverText(8), QString());
    }

    void runningLineIsHighlightedMovedAndCleared()
    {
        SourceView view;
        view.loadText(numberedLines(10));
        view.setRunningLine(4);
        QCOMPARE(linesWith(view, SourceView::RunningMarker), QList<int>{4});
        QCOMPARE(linesWith(view, SourceView::RunningBackgroundMarker), QList<int>{4});
        view.setRunningLine(6);
        QCOMPARE(linesWith(view, SourceView::RunningMarker), QList<int>{6});
        QCOMPARE(linesWith(view, SourceView::RunningBackgroundMarker), QList<int>{6});
        view.setRunningLine(0);
        QVERIFY(linesWith(view, SourceView::RunningMarker).isEmpty());
        QVERIFY(linesWith(view, SourceView::RunningBackgroundMarker).isEmpty());
        view.setRunningLine(view.lines() + 1);
        QVERIFY(linesWith(view, SourceView::RunningMarker).isEmpty());
    }

    void runningAndSuspendedShareALine()
    {
        SourceView view;
        view.loadText(numberedLines(5));
        view.setSuspendedLines({{2, QStringLiteral("Task-3")}});
        view.setRunningLine(2);
        QVERIFY(hasMarker(view, 2, SourceView::SuspendedMarker));
        QVERIFY(hasMarker(view, 2, SourceView::RunningMarker));
        view.setRunningLine(0);
        QVERIFY(hasMarker(view, 2, SourceView::SuspendedMarker));
    }

    void errorsAreAnnotatedUnderlinedAndCleared()
    {
        SourceView view;
        view.loadText(QStringLiteral("import asyncio\n    print(undefined_name)\nx = 1\n"));
        const QString message = QStringLiteral("NameError: name 'undefined_name' is not defined");
        view.showError(2, 11, message);
        QCOMPARE(view.annotation(1), message);
        QVERIFY(hasMarker(view, 2, SourceView::ErrorMarker));
        QVERIFY(!hasMarker(view, 1, SourceView::ErrorMarker));
        QCOMPARE(indicatorAt(view, 2, 9), 0L);   // "(" before the name
        QCOMPARE(indicatorAt(view, 2, 10), 1L);  // the name's first character
        QCOMPARE(indicatorAt(view, 2, 23), 1L);  // its last
        QCOMPARE(indicatorAt(view, 2, 24), 0L);  // ")"

        view.showError(2, 0, QStringLiteral("second"));
        QCOMPARE(view.annotation(1), message + QStringLiteral("\nsecond"));
        QCOMPARE(indicatorAt(view, 2, 4), 1L);   // no column: the line from its indentation
        QCOMPARE(indicatorAt(view, 2, 3), 0L);

        view.clearErrors();
        QCOMPARE(view.annotation(1), QString());
        QCOMPARE(indicatorAt(view, 2, 10), 0L);
        QVERIFY(linesWith(view, SourceView::ErrorMarker).isEmpty());
    }

    void errorsOutsideTheTextGoToTheLastLine()
    {
        SourceView view;
        view.loadText(QStringLiteral("a = (\nb = 2"));
        view.showError(40, 200, QStringLiteral("SyntaxError: '(' was never closed"));
        QCOMPARE(view.annotation(1), QStringLiteral("SyntaxError: '(' was never closed"));
        QCOMPARE(indicatorAt(view, 2, 4), 1L);

        SourceView empty;
        empty.showError(1, 1, QStringLiteral("SyntaxError: empty"));
        QCOMPARE(empty.annotation(0), QStringLiteral("SyntaxError: empty"));
    }

    void markersLeaveUndoHistoryAndModifiedFlagAlone()
    {
        SourceView view;
        const QString original = numberedLines(6);
        view.loadText(original);
        QVERIFY(!view.isUndoAvailable());
        QVERIFY(!view.isModified());

        QSignalSpy textChanged(&view, &QsciScintilla::textChanged);
        QSignalSpy modificationChanged(&view, &QsciScintilla::modificationChanged);
        view.setSuspendedLines({{2, QStringLiteral("Task-2")}});
        view.setRunningLine(3);
        view.showError(4, 1, QStringLiteral("ValueError"));
        view.setDark(true);
        QVERIFY(!view.isUndoAvailable());
        QVERIFY(!view.isModified());
        QCOMPARE(textChanged.count(), 0);
        QCOMPARE(modificationChanged.count(), 0);

        view.insertAt(QStringLiteral("# edited\n"), 0, 0);
        QVERIFY(view.isModified());
        view.setSuspendedLines({{5, QStringLiteral("Task-3")}});
        view.setRunningLine(1);
        view.clearErrors();
        view.undo();
        QCOMPARE(view.text(), original);
        QVERIFY(!view.isUndoAvailable());
        QVERIFY(!view.isModified());
        view.redo();
        QCOMPARE(view.text(), QStringLiteral("# edited\n") + original);
    }

    void loadTextStartsAFreshDocument()
    {
        SourceView view;
        view.loadText(numberedLines(3));
        view.insertAt(QStringLiteral("y = 0\n"), 0, 0);
        view.setSuspendedLines({{1, QStringLiteral("Task-1")}});
        view.showError(2, 1, QStringLiteral("boom"));
        view.loadText(numberedLines(4));
        QVERIFY(!view.isUndoAvailable());
        QVERIFY(!view.isModified());
        QVERIFY(linesWith(view, SourceView::SuspendedMarker).isEmpty());
        QVERIFY(linesWith(view, SourceView::ErrorMarker).isEmpty());
        QCOMPARE(view.annotation(1), QString());
    }

    void chineseTextRoundTrips()
    {
        const QString text = QStringLiteral("async def 任务(名称, 秒数):\n"
                                            "    print(f\"开始{名称}，需要 {秒数} 秒 ✓\")  # 注释\n");
        SourceView view;
        view.loadText(text);
        QCOMPARE(view.text(), text);
        QCOMPARE(view.lines(), 3);
        QCOMPARE(view.text(1), text.section(QLatin1Char('\n'), 1, 1) + QLatin1Char('\n'));

        // Chinese is typed through an input method, which commits whole strings.
        view.setCursorPosition(2, 0);
        QInputMethodEvent typed;
        typed.setCommitString(QStringLiteral("结果"));
        QCoreApplication::sendEvent(&view, &typed);
        QTest::keyClicks(&view, QStringLiteral(" = 1"));
        QCOMPARE(view.text(2), QStringLiteral("结果 = 1"));
        view.showError(3, 1, QStringLiteral("NameError: name '结果' is not defined"));
        QCOMPARE(view.annotation(2), QStringLiteral("NameError: name '结果' is not defined"));
        QCOMPARE(indicatorAt(view, 3, 0), 1L);
        QCOMPARE(indicatorAt(view, 3, 1), 1L);
        QCOMPARE(indicatorAt(view, 3, 2), 0L);
        view.showError(2, 16, QStringLiteral("columns count characters"));
        QCOMPARE(indicatorAt(view, 2, 14), 0L); // "{" before 名称
        QCOMPARE(indicatorAt(view, 2, 15), 1L);
        QCOMPARE(indicatorAt(view, 2, 16), 1L);
        QCOMPARE(indicatorAt(view, 2, 17), 0L); // "}"
        view.clearErrors();
        QCOMPARE(indicatorAt(view, 3, 0), 0L);
        QCOMPARE(indicatorAt(view, 2, 15), 0L);
    }

    void chineseCharactersAreDrawnWithTheirOwnGlyphs()
    {
        // Without a CJK font every character becomes the same empty box.
        const QImage zhong = renderedLineStart(QStringLiteral("中"), 1);
        const QImage wen = renderedLineStart(QStringLiteral("文"), 1);
        QVERIFY(!zhong.isNull());
        QVERIFY(inkPixels(zhong) > 5);
        QVERIFY(inkPixels(wen) > 5);
        QVERIFY(zhong != wen);
        QVERIFY(zhong.width() > renderedLineStart(QStringLiteral("a"), 1).width());
    }

    void revealLineScrollsWithoutMovingTheCursorOrFocus()
    {
        QWidget window;
        auto *other = new QLineEdit(&window);
        auto *view = new SourceView(&window);
        view->setGeometry(0, 30, 400, 200);
        view->loadText(numberedLines(300));
        window.resize(400, 240);
        window.show();
        other->setFocus();
        view->setCursorPosition(1, 2);

        view->revealLine(250);
        const int first = view->firstVisibleLine();
        const int onScreen = static_cast<int>(view->SendScintilla(QsciScintillaBase::SCI_LINESONSCREEN));
        QVERIFY2(first <= 249 && 249 < first + onScreen, qPrintable(QString::number(first)));
        int line = 0;
        int index = 0;
        view->getCursorPosition(&line, &index);
        QCOMPARE(line, 1);
        QCOMPARE(index, 2);
        QVERIFY(!view->hasFocus());

        view->revealLine(first + 2); // already visible: no scrolling
        QCOMPARE(view->firstVisibleLine(), first);
        view->revealLine(-5);
        QCOMPARE(view->firstVisibleLine(), 0);
    }

    void hoverOverASuspendedLineNamesTheTasks()
    {
        SourceView view;
        view.resize(400, 200);
        view.loadText(numberedLines(5));
        view.setSuspendedLines({{3, QStringLiteral("Task-2, Task-3")}, {4, QStringLiteral("Task-4")}});
        view.show();
        for (const auto &[line, tasks] : {std::pair{3, "Task-2, Task-3"}, std::pair{4, "Task-4"}}) {
            const long position = view.positionFromLineIndex(line - 1, 0);
            const int y = static_cast<int>(view.SendScintilla(QsciScintillaBase::SCI_POINTYFROMPOSITION, 0UL, position));
            const QPoint local(5, y + 1);
            QHelpEvent help(QEvent::ToolTip, local, view.viewport()->mapToGlobal(local));
            QCoreApplication::sendEvent(view.viewport(), &help);
            QCOMPARE(QToolTip::text(), QStringLiteral("Suspended here: ") + QLatin1String(tasks));
        }
    }

    void coloursFollowTheApplicationPaletteUntilChosen()
    {
        SourceView view;
        QVERIFY(!view.isDark());
        QCOMPARE(view.lexer()->paper(QsciLexerPython::Default), SourceColors::light().paper);

        setApplicationPalette(darkPalette());
        QVERIFY(view.isDark());
        QCOMPARE(view.lexer()->paper(QsciLexerPython::Default), SourceColors::dark().paper);
        QCOMPARE(view.lexer()->color(QsciLexerPython::Keyword), SourceColors::dark().keyword);

        view.setDark(false);
        QVERIFY(!view.isDark());
        setApplicationPalette(QPalette(Qt::white));
        setApplicationPalette(darkPalette());
        QVERIFY(!view.isDark());

        view.followApplicationPalette();
        QVERIFY(view.isDark());

        SourceView bornDark;
        QVERIFY(bornDark.isDark());
    }
};

QTEST_MAIN(TestSourceView)
#include "tst_source_view.moc"
