#pragma once
// The window suites read markers back out of the source editor, by line number (1-based).

#include "source/source_view.h"

#include <QList>

inline QList<int> linesWith(awaitscope::SourceView *source, awaitscope::SourceView::Marker marker)
{
    QList<int> lines;
    for (int line = 0; line < source->lines(); ++line) {
        if (source->markersAtLine(line) & (1u << marker))
            lines.append(line + 1);
    }
    return lines;
}
