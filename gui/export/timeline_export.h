#pragma once
// Exports a timeline as PNG, SVG or PDF, for the command line and the window alike. Every
// format is drawn by the timeline painter (what is exported is what the window shows),
// every write is atomic, and the same model and options always give the same bytes.

#include "export_options.h"

#include "timeline/timeline_painter.h"

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

namespace awaitscope {

// Empty when `options` can be exported for `model`; otherwise what is wrong, in a sentence
// (a size out of range, a time range outside the run, a task filter that matches nothing).
QString checkExportOptions(const TimelineModel &model, const ExportOptions &options);

// The painter's style for `options`: with a fixed height, lanes stretch or shrink to fill it.
TimelineStyle exportStyle(const TimelineModel &model, const ExportOptions &options);
// The picture's size in logical pixels.
QSize exportSize(const TimelineModel &model, const ExportOptions &options);

// The description stored in each format's metadata: options.description, or one made from
// the title and the run.
QString exportDescription(const TimelineModel &model, const ExportOptions &options);

// The timeline as an image of exportSize() * scale pixels with that device pixel ratio (for
// the clipboard and PNG); a null image when checkExportOptions reports a problem.
QImage renderImage(const TimelineModel &model, const ExportOptions &options);

// The file's bytes in each format; empty when checkExportOptions reports a problem.
QByteArray renderPng(const TimelineModel &model, const ExportOptions &options);
// SVG at 96 dpi: one user unit per logical pixel, real <text>, title and description set.
QByteArray renderSvg(const TimelineModel &model, const ExportOptions &options);
// PDF with vector output on one page the size of the picture (see pdf_export.cpp).
QByteArray renderPdf(const TimelineModel &model, const ExportOptions &options);

// Writes the timeline to `path` in the format its extension names, atomically: on failure
// any existing file keeps its bytes, `error` says why, and the result is false.
bool exportTimeline(const TimelineModel &model, const ExportOptions &options, const QString &path,
                    QString *error);

} // namespace awaitscope
