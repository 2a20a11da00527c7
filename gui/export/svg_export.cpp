// SVG export: QSvgGenerator at 96 dpi, so one user unit is one logical pixel and the file
// opens at the size the window shows; text stays <text>, bars stay rectangles.
//
// Three repairs to what Qt 6.4 writes: it puts the title and description into the XML
// unescaped (a '&' or '<' in a title made the file unreadable); it gives the width and
// height in millimetres, which browsers read at 96 dpi but QSvgRenderer at 90 (so a 1000
// pixel picture opened at 937), where plain pixels mean the same to every reader; and it
// names the default font by Qt's generic family "Sans Serif", which browsers do not know
// (they fall back to a serif font): CSS calls it "sans-serif", which QSvgRenderer resolves too.

#include "timeline_export.h"

#include <QBuffer>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgGenerator>

namespace awaitscope {

QByteArray renderSvg(const TimelineModel &model, const ExportOptions &options)
{
    if (!checkExportOptions(model, options).isEmpty())
        return {};
    const QSize size = exportSize(model, options);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setResolution(96);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(options.title.toHtmlEscaped());
    generator.setDescription(exportDescription(model, options).toHtmlEscaped());
    {
        QPainter p(&generator);
        paintTimeline(p, model, QRectF(QPointF(0, 0), QSizeF(size)), exportStyle(model, options));
    }
    QByteArray svg = buffer.data();
    static const QRegularExpression millimetres(QStringLiteral("^<svg width=\"[0-9.]+mm\" height=\"[0-9.]+mm\""),
                                                QRegularExpression::MultilineOption);
    const QString inPixels = QStringLiteral("<svg width=\"%1\" height=\"%2\"").arg(size.width()).arg(size.height());
    QString text = QString::fromUtf8(svg).replace(millimetres, inPixels);
    return text.toUtf8().replace(R"(font-family="Sans Serif")", R"(font-family="sans-serif")");
}

} // namespace awaitscope
