#include "document.h"

#include "export/atomic_write.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace awaitscope {

namespace {

QString &autosaveDirectory()
{
    static QString dir;
    return dir;
}

} // namespace

Document::Document(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        // Our own saves arrive here too, later: only a different content is news.
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly) || QString::fromUtf8(file.readAll()) != m_saved)
            Q_EMIT changedOnDisk();
        // Editors that save by replacing the file drop it from the watch list.
        watch();
    });
}

void Document::setAutosaveDirectory(const QString &dir)
{
    autosaveDirectory() = dir;
}

bool Document::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    m_saved = QString::fromUtf8(file.readAll());
    m_path = path.startsWith(QLatin1String(":/")) ? path : QFileInfo(path).absoluteFilePath();
    watch();
    return true;
}

void Document::reset(const QString &text)
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    m_path.clear();
    m_saved = text;
}

bool Document::save(const QString &text, QString *error)
{
    if (!hasPath() || isBundled()) {
        if (error)
            *error = tr("Choose where to save this scenario.");
        return false;
    }
    return saveAs(m_path, text, error);
}

bool Document::saveAs(const QString &path, const QString &text, QString *error)
{
    if (!writeFileAtomically(path, text.toUtf8(), error))
        return false;
    discardAutosave();
    m_path = QFileInfo(path).absoluteFilePath();
    m_saved = text;
    watch();
    return true;
}

QString Document::displayName() const
{
    return hasPath() ? QFileInfo(m_path).fileName() : tr("untitled.py");
}

QString Document::runName() const
{
    return hasPath() ? QFileInfo(m_path).fileName() : QStringLiteral("untitled.py");
}

QString Document::autosavePath() const
{
    QString dir = autosaveDirectory();
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/autosave");
    const QByteArray key = QCryptographicHash::hash(m_path.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return dir + QLatin1Char('/') + QString::fromLatin1(key) + QLatin1Char('-') + QFileInfo(displayName()).fileName();
}

bool Document::autosave(const QString &text, QString *error)
{
    const QString path = autosavePath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error)
            *error = tr("Cannot create the autosave folder %1").arg(QFileInfo(path).absolutePath());
        return false;
    }
    return writeFileAtomically(path, text.toUtf8(), error);
}

void Document::discardAutosave()
{
    QFile::remove(autosavePath());
}

std::optional<QString> Document::recoverAutosave() const
{
    QFile file(autosavePath());
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QString text = QString::fromUtf8(file.readAll());
    if (text == m_saved)
        return std::nullopt;
    return text;
}

void Document::watch()
{
    if (!hasPath() || isBundled())
        return;
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (QFileInfo::exists(m_path))
        m_watcher.addPath(m_path);
}

} // namespace awaitscope
