#pragma once
// Reads what the window stored in QSettings without trusting it: the file may be from
// another version, edited by hand or damaged. A value of the wrong type or out of range is
// refused with a warning on stderr, and the caller keeps its default.

#include <QSettings>
#include <QStringList>

#include <optional>

namespace awaitscope::stored_settings {

// A byte array (window geometry and state); nothing if absent or not bytes.
std::optional<QByteArray> bytes(const QSettings &settings, const QString &key);
// A number in [min, max].
std::optional<double> number(const QSettings &settings, const QString &key, double min, double max);
// A whole number in [min, max].
std::optional<qulonglong> count(const QSettings &settings, const QString &key, qulonglong min, qulonglong max);
// true or false, as QSettings writes them.
std::optional<bool> flag(const QSettings &settings, const QString &key);
// One of `choices`.
std::optional<QString> choice(const QSettings &settings, const QString &key, const QStringList &choices);
// An absolute file path (or a ":/" resource), at most 4096 characters.
std::optional<QString> path(const QSettings &settings, const QString &key);
// At most `maxItems` distinct such paths; anything else in the list is dropped.
QStringList paths(const QSettings &settings, const QString &key, qsizetype maxItems);

// Says that a stored value was refused (for checks only the caller can make).
void warnIgnored(const QString &key, const char *why);

} // namespace awaitscope::stored_settings
