#pragma once
// The scenario's source pane: a Python editor that also shows where the playhead is.
// Markers, errors and colours never touch the text, so they leave the undo history and the
// modified flag alone. Lines are 1-based, as in Python tracebacks and trace events.

#include "qsci_headers.h"
#include "source_colors.h"

#include <QList>
#include <QString>

#include <utility>

namespace awaitscope {

struct SuspendedLine {
    int line = 0;  // 1-based
    QString tasks; // who waits there, for the hover text: "Task-2, Task-3"
};

class SourceView : public QsciScintilla {
    Q_OBJECT
public:
    // Marker numbers, for markersAtLine(): a line has a marker when bit (1 << marker) is set.
    enum Marker {
        SuspendedMarker = 1,
        RunningMarker = 2,
        RunningBackgroundMarker = 3,
        ErrorMarker = 4,
    };

    explicit SourceView(QWidget *parent = nullptr);

    // Replaces the text as a fresh document: no undo history, unmodified, no markers or errors.
    void loadText(const QString &text);

    // Replaces all suspended markers. Entries for the same line are merged; lines outside
    // the document are ignored (the trace may be older than the text being edited).
    void setSuspendedLines(const QList<SuspendedLine> &lines);
    void setRunningLine(int line); // 0: none

    // `column` is 1-based in characters, 0 when unknown (the whole line is underlined).
    // Several errors on one line share one annotation, one message per row.
    void showError(int line, int column, const QString &message);
    void clearErrors();

    // Scrolls so `line` is visible; the cursor and the focus stay where they are.
    void revealLine(int line);

    // The colours follow the application palette until setDark() picks a scheme.
    void setDark(bool dark);
    void followApplicationPalette();
    bool isDark() const { return m_dark; }

    // The hover text for `line`: which tasks are suspended there; empty when none. Follows
    // the markers when lines are inserted or removed above them.
    QString hoverText(int line) const;
    int errorIndicator() const { return m_errorIndicator; }

protected:
    bool event(QEvent *e) override;
    bool eventFilter(QObject *watched, QEvent *e) override;

private:
    void applyColors(bool dark);
    void defineMarkers();
    void updateLineNumberWidth();
    int lineAtY(int y) const; // 1-based, 0 when no text line is there

    QsciLexerPython *m_lexer = nullptr;
    QsciStyle m_errorStyle;
    SourceColors m_colors;
    bool m_dark = false;
    bool m_followPalette = true;
    int m_errorIndicator = -1;
    int m_runningHandles[2] = {-1, -1};
    QList<std::pair<int, QString>> m_suspended; // marker handle, tasks
};

} // namespace awaitscope
