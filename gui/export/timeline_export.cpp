#include "timeline_export.h"

#include "atomic_write.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImageWriter>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace awaitscope {

namespace {

constexpr int kMinWidth = 300;
constexpr int kMinHeight = 100;
constexpr int kMaxSide = 16384;
// Beyond this many device pixels a side, raster painting and most image viewers give up.
constexpr double kMaxDeviceSide = 32767;
constexpr double kMinScale = 0.25;
constexpr double kMaxScale = 8;
constexpr double kMinLaneHeight = 8;
constexpr double kMaxLaneHeight = 60;
// Qt maps PNG quality q to zlib level (100 - q) * 9 / 91: 80 is level 1. Timelines are long
// runs of flat colour, which level 1 already packs well, and level 6 (the default) took
// three times as long for a few percent smaller files.
constexpr int kPngQuality = 80;

QString seconds(double t)
{
    return QString::number(t, 'g', 6);
}

bool anyTaskMatches(const TimelineModel &model, const QString &filter)
{
    return std::any_of(model.lanes().begin(), model.lanes().end(), [&](const TaskLane &lane) {
        return lane.name.contains(filter, Qt::CaseInsensitive) || lane.coroutine.contains(filter, Qt::CaseInsensitive);
    });
}

TimelineStyle baseStyle(const ExportOptions &options)
{
    TimelineStyle style;
    style.title = options.title;
    style.dark = options.dark;
    style.timeFrom = options.timeFrom;
    style.timeTo = options.timeTo;
    style.stepMode = options.stepMode;
    style.taskFilter = options.taskFilter;
    return style;
}

// How much taller the timeline gets per pixel of lane height (the number of lanes drawn),
// measured rather than assumed so it follows whatever the painter draws.
double heightPerLanePixel(const TimelineModel &model, double width, const TimelineStyle &style)
{
    TimelineStyle taller = style;
    taller.laneHeight += 1;
    return timelineSize(model, width, taller).height() - timelineSize(model, width, style).height();
}

// The least height at which every lane is still kMinLaneHeight tall.
double minimumHeight(const TimelineModel &model, double width, const TimelineStyle &style)
{
    const double perPixel = heightPerLanePixel(model, width, style);
    return timelineSize(model, width, style).height() - (style.laneHeight - kMinLaneHeight) * perPixel;
}

QString defaultDescription(const TimelineModel &model, const ExportOptions &options)
{
    const QString what = options.title.isEmpty() ? QCoreApplication::translate("Export", "a scenario") : options.title;
    return QCoreApplication::translate("Export", "Timeline of %1: %2 tasks over %3 s of virtual time, drawn by awaitscope")
        .arg(what)
        .arg(model.lanes().size())
        .arg(seconds(model.endTime()));
}

} // namespace

std::optional<ExportFormat> exportFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return ExportFormat::Png;
    if (suffix == QLatin1String("svg"))
        return ExportFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    return std::nullopt;
}

QString checkExportOptions(const TimelineModel &model, const ExportOptions &options)
{
    if (options.width < kMinWidth || options.width > kMaxSide)
        return QCoreApplication::translate("Export", "the width must be between %1 and %2 pixels, not %3").arg(kMinWidth).arg(kMaxSide).arg(options.width);
    if (options.height != 0 && (options.height < kMinHeight || options.height > kMaxSide))
        return QCoreApplication::translate("Export", "the height must be between %1 and %2 pixels, not %3")
            .arg(kMinHeight)
            .arg(kMaxSide)
            .arg(options.height);
    if (!(options.scale >= kMinScale && options.scale <= kMaxScale))
        return QCoreApplication::translate("Export", "the scale must be between %1 and %2, not %3").arg(kMinScale).arg(kMaxScale).arg(options.scale);
    if (!std::isfinite(options.timeFrom) || options.timeFrom < 0)
        return QCoreApplication::translate("Export", "the time range must start at 0 s or later, not %1 s").arg(seconds(options.timeFrom));
    if (options.timeTo != -1 && !(std::isfinite(options.timeTo) && options.timeTo > options.timeFrom))
        return QCoreApplication::translate("Export", "the time range must end after it starts (%1 s), not at %2 s")
            .arg(seconds(options.timeFrom), seconds(options.timeTo));
    if (options.timeFrom > 0 && options.timeFrom >= model.endTime())
        return QCoreApplication::translate("Export", "the time range starts at %1 s, after the run ends at %2 s")
            .arg(seconds(options.timeFrom), seconds(model.endTime()));
    if (!options.taskFilter.isEmpty() && !anyTaskMatches(model, options.taskFilter))
        return QCoreApplication::translate("Export", "no task's name or coroutine contains '%1'").arg(options.taskFilter);
    const TimelineStyle style = baseStyle(options);
    if (options.height != 0) {
        const double needed = std::ceil(minimumHeight(model, options.width, style));
        if (options.height < needed)
            return QCoreApplication::translate("Export", "a height of %1 pixels is too small for this timeline: it needs at least %2")
                .arg(options.height)
                .arg(needed);
    }
    const QSize size = exportSize(model, options);
    if (size.width() * options.scale > kMaxDeviceSide || size.height() * options.scale > kMaxDeviceSide)
        return QCoreApplication::translate("Export", "the picture would be %1 x %2 pixels, more than %3 a side: show fewer tasks or use a smaller scale")
            .arg(std::ceil(size.width() * options.scale))
            .arg(std::ceil(size.height() * options.scale))
            .arg(kMaxDeviceSide);
    return {};
}

TimelineStyle exportStyle(const TimelineModel &model, const ExportOptions &options)
{
    TimelineStyle style = baseStyle(options);
    if (options.height == 0)
        return style;
    const double natural = timelineSize(model, options.width, style).height();
    const double perPixel = heightPerLanePixel(model, options.width, style);
    if (perPixel > 0) {
        // Whole pixels keep lane edges crisp in PNG; the spare pixels stay background.
        const double lane = std::floor(style.laneHeight + (options.height - natural) / perPixel);
        style.laneHeight = std::clamp(lane, kMinLaneHeight, kMaxLaneHeight);
    }
    return style;
}

QSize exportSize(const TimelineModel &model, const ExportOptions &options)
{
    if (options.height != 0)
        return {options.width, options.height};
    const QSizeF size = timelineSize(model, options.width, exportStyle(model, options));
    return {options.width, static_cast<int>(std::ceil(size.height()))};
}

QImage renderImage(const TimelineModel &model, const ExportOptions &options)
{
    if (!checkExportOptions(model, options).isEmpty())
        return {};
    const QSize size = exportSize(model, options);
    const QSize device(static_cast<int>(std::ceil(size.width() * options.scale)),
                       static_cast<int>(std::ceil(size.height() * options.scale)));
    // The timeline paints an opaque background, so no alpha: Qt then writes RGB PNGs, a quarter
    // less for zlib to compress and no unpremultiplying of every pixel.
    QImage image(device, QImage::Format_RGB32);
    if (image.isNull())
        return {};
    image.setDevicePixelRatio(options.scale);
    {
        QPainter p(&image);
        // Crisp state bars: lane colours are exact, which the tests and the eye both rely on.
        p.setRenderHint(QPainter::Antialiasing, false);
        paintTimeline(p, model, QRectF(QPointF(0, 0), QSizeF(size)), exportStyle(model, options));
    }
    // Set after painting: the resolution would otherwise change the size fonts are drawn at.
    const int dotsPerMeter = static_cast<int>(std::lround(96 / 0.0254 * options.scale));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.setText(QStringLiteral("Title"), options.title);
    image.setText(QStringLiteral("Description"), exportDescription(model, options));
    image.setText(QStringLiteral("Software"), QStringLiteral("awaitscope"));
    return image;
}

QByteArray renderPng(const TimelineModel &model, const ExportOptions &options)
{
    const QImage image = renderImage(model, options);
    if (image.isNull())
        return {};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    writer.setQuality(kPngQuality);
    if (!writer.write(image))
        return {};
    return buffer.data();
}

bool exportTimeline(const TimelineModel &model, const ExportOptions &options, const QString &path,
                    QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const std::optional<ExportFormat> format = exportFormatForPath(path);
    if (!format)
        return fail(QCoreApplication::translate("Export", "cannot tell the format of '%1': the name must end in .png, .svg or .pdf").arg(path));
    if (const QString problem = checkExportOptions(model, options); !problem.isEmpty())
        return fail(problem);
    const QByteArray bytes = *format == ExportFormat::Png   ? renderPng(model, options)
                             : *format == ExportFormat::Svg ? renderSvg(model, options)
                                                            : renderPdf(model, options);
    if (bytes.isEmpty())
        return fail(QCoreApplication::translate("Export", "cannot draw the timeline into '%1'").arg(path));
    return writeFileAtomically(path, bytes, error);
}

QString exportDescription(const TimelineModel &model, const ExportOptions &options)
{
    return options.description.isEmpty() ? defaultDescription(model, options) : options.description;
}

} // namespace awaitscope
