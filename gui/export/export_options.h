#pragma once
// What an exported timeline shows and how big it is: the one description of an export that
// the command line fills from its options and the window from its view.

#include <QString>

#include <optional>

namespace awaitscope {

struct ExportOptions {
    int width = 1200;        // logical pixels (CSS pixels: 96 per inch)
    int height = 0;          // 0: as tall as the timeline needs; else lanes stretch or shrink to fill it
    double scale = 1.0;      // device pixels per logical pixel, for PNG and clipboard images
    bool dark = false;
    double timeFrom = 0;     // virtual seconds
    double timeTo = -1;      // -1: the end of the run
    bool stepMode = false;   // one column per step instead of virtual time
    QString taskFilter;      // only tasks whose name or coroutine contains this (any case)
    QString title;           // drawn above the timeline and stored in SVG/PDF/PNG metadata
    QString description;     // SVG/PDF/PNG metadata; empty: one is made from the run
};

enum class ExportFormat { Png, Svg, Pdf };

// From the file's extension, in any case; nothing for an extension we cannot write.
std::optional<ExportFormat> exportFormatForPath(const QString &path);

} // namespace awaitscope
