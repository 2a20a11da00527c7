#pragma once
// The source pane's two colour schemes: syntax colours and the colours of the playhead
// markers and error annotations, chosen to stay readable on each paper colour.

#include <QColor>

namespace awaitscope {

struct SourceColors {
    QColor paper;
    QColor text;
    QColor comment;
    QColor keyword;
    QColor string;
    QColor number;
    QColor definition; // class and function names
    QColor decorator;
    QColor operatorText;
    QColor marginPaper;
    QColor marginText;
    QColor selection;
    QColor caret;
    QColor suspended;         // the margin symbol of a line where tasks wait
    QColor running;           // the margin arrow of the running task's line
    QColor runningBackground; // that line's background
    QColor error;             // squiggle and margin symbol
    QColor errorText;         // annotation text
    QColor errorPaper;        // annotation background

    static SourceColors light();
    static SourceColors dark();
};

} // namespace awaitscope
