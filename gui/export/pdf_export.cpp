// PDF export: one page exactly the size of the picture (1 logical pixel = 0.75 pt, as at
// 96 dpi), no margins, vector output. A page sized to the content rather than A4: the
// timeline is a figure to place in a document or a slide, where a tight box matters, and a
// tall timeline on A4 would shrink its text out of reach. Pages stop at PDF's 14400 pt
// (200 in) a side; a larger picture is scaled down to fit.
//
// Deterministic: Qt writes the current time as /CreationDate and a random document id and
// the time into its XMP metadata. The XMP is ours (title, description, creator only); the
// date is blanked with spaces of the same length, which keeps every byte offset in the
// cross-reference table valid (the entry is optional in the information dictionary).

#include "timeline_export.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace awaitscope {

namespace {

constexpr double kPointsPerPixel = 72.0 / 96.0;
constexpr double kMaxPagePoints = 14400;

QByteArray xmpMetadata(const QString &title, const QString &description)
{
    const QString xmp = QString::fromUtf8(
        "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
        " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
        "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
        "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%2</rdf:li></rdf:Alt></dc:description>\n"
        "<xmp:CreatorTool>awaitscope</xmp:CreatorTool>\n"
        "</rdf:Description>\n"
        "</rdf:RDF>\n"
        "</x:xmpmeta>\n"
        "<?xpacket end=\"w\"?>");
    return xmp.arg(title.toHtmlEscaped(), description.toHtmlEscaped()).toUtf8();
}

// Replaces "/CreationDate (D:...)" with spaces.
QByteArray withoutCreationDate(QByteArray pdf)
{
    const QByteArray key = "/CreationDate (";
    const qsizetype start = pdf.indexOf(key);
    if (start < 0)
        return pdf;
    const qsizetype end = pdf.indexOf(')', start + key.size());
    if (end < 0)
        return pdf;
    return pdf.replace(start, end + 1 - start, QByteArray(end + 1 - start, ' '));
}

} // namespace

QByteArray renderPdf(const TimelineModel &model, const ExportOptions &options)
{
    if (!checkExportOptions(model, options).isEmpty())
        return {};
    const QSize size = exportSize(model, options);
    const double fit = std::min(1.0, kMaxPagePoints / (std::max(size.width(), size.height()) * kPointsPerPixel));
    // QPageSize keeps whole points: round up so the page never cuts the picture.
    const QSizeF page(std::ceil(size.width() * kPointsPerPixel * fit), std::ceil(size.height() * kPointsPerPixel * fit));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(96);
        writer.setCreator(QStringLiteral("awaitscope"));
        writer.setTitle(options.title);
        writer.setDocumentXmpMetadata(xmpMetadata(options.title, exportDescription(model, options)));
        writer.setPageSize(QPageSize(page, QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
        QPainter p(&writer);
        if (!p.isActive())
            return {};
        p.scale(fit, fit);
        paintTimeline(p, model, QRectF(QPointF(0, 0), QSizeF(size)), exportStyle(model, options));
    }
    return withoutCreationDate(buffer.data());
}

} // namespace awaitscope
