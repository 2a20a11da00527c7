#include "stored_settings.h"

#include <QDebug>
#include <QDir>

#include <cmath>

namespace awaitscope::stored_settings {

namespace {

// Longer than any path a file system takes.
constexpr qsizetype kMaxPathLength = 4096;

// What the window stores are absolute paths (bundled scenarios are ":/" resources, which
// QDir counts as absolute).
bool isPath(const QVariant &v)
{
    if (v.typeId() != QMetaType::QString)
        return false;
    const QString s = v.toString();
    return !s.isEmpty() && s.size() <= kMaxPathLength && QDir::isAbsolutePath(s);
}

} // namespace

void warnIgnored(const QString &key, const char *why)
{
    qWarning("Ignoring the stored setting %s (%s); using the default", qPrintable(key), why);
}

std::optional<QByteArray> bytes(const QSettings &settings, const QString &key)
{
    if (!settings.contains(key))
        return std::nullopt;
    const QVariant v = settings.value(key);
    if (v.typeId() != QMetaType::QByteArray) {
        warnIgnored(key, "not binary data");
        return std::nullopt;
    }
    return v.toByteArray();
}

std::optional<double> number(const QSettings &settings, const QString &key, double min, double max)
{
    if (!settings.contains(key))
        return std::nullopt;
    const QVariant v = settings.value(key);
    // The INI format keeps numbers as strings: one counts only if it converts completely.
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!ok || !std::isfinite(d)) {
        warnIgnored(key, "not a number");
        return std::nullopt;
    }
    if (d < min || d > max) {
        warnIgnored(key, "out of range");
        return std::nullopt;
    }
    return d;
}

std::optional<qulonglong> count(const QSettings &settings, const QString &key, qulonglong min, qulonglong max)
{
    if (!settings.contains(key))
        return std::nullopt;
    const QVariant v = settings.value(key);
    bool ok = false;
    const qulonglong n = v.toULongLong(&ok);
    if (!ok) {
        warnIgnored(key, "not a whole number");
        return std::nullopt;
    }
    if (n < min || n > max) {
        warnIgnored(key, "out of range");
        return std::nullopt;
    }
    return n;
}

std::optional<bool> flag(const QSettings &settings, const QString &key)
{
    if (!settings.contains(key))
        return std::nullopt;
    const QVariant v = settings.value(key);
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    const QString s = v.typeId() == QMetaType::QString ? v.toString() : QString();
    if (s == QLatin1String("true"))
        return true;
    if (s == QLatin1String("false"))
        return false;
    warnIgnored(key, "not true or false");
    return std::nullopt;
}

std::optional<QString> choice(const QSettings &settings, const QString &key, const QStringList &choices)
{
    if (!settings.contains(key))
        return std::nullopt;
    const QVariant v = settings.value(key);
    if (v.typeId() == QMetaType::QString && choices.contains(v.toString()))
        return v.toString();
    warnIgnored(key, "not one of the known values");
    return std::nullopt;
}

std::optional<QString> path(const QSettings &settings, const QString &key)
{
    if (!settings.contains(key))
        return std::nullopt;
    const QVariant v = settings.value(key);
    if (!isPath(v)) {
        warnIgnored(key, "not an absolute file path");
        return std::nullopt;
    }
    return v.toString();
}

QStringList paths(const QSettings &settings, const QString &key, qsizetype maxItems)
{
    if (!settings.contains(key))
        return {};
    const QVariant v = settings.value(key);
    QVariantList items;
    if (v.typeId() == QMetaType::QString)
        items.append(v);
    else if (v.typeId() == QMetaType::QStringList || v.typeId() == QMetaType::QVariantList)
        items = v.toList();
    else
        warnIgnored(key, "not a list of file paths");
    QStringList result;
    bool dropped = false;
    for (const QVariant &item : std::as_const(items)) {
        if (isPath(item) && !result.contains(item.toString()) && result.size() < maxItems)
            result.append(item.toString());
        else
            dropped = true;
    }
    if (dropped)
        warnIgnored(key, "entries that are not absolute file paths, repeated or too many");
    return result;
}

} // namespace awaitscope::stored_settings
