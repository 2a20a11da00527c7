#pragma once
// The scenario file the window edits: where it lives, what was last saved, and the
// autosave that keeps unsaved edits safe if the app or a run dies.
//
// Bundled scenarios are Qt resources (":/scenarios/..."): they open read-only, and saving
// one asks for a new path. Autosaves live in the app's data directory, one per file,
// written atomically; a newer autosave than the file is offered back when it is opened.

#include <QFileSystemWatcher>
#include <QObject>
#include <QString>

#include <optional>

namespace awaitscope {

class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(QObject *parent = nullptr);

    // Reads `path` (UTF-8); on failure the document is unchanged and `error` says why.
    bool load(const QString &path, QString *error);
    // A new, unsaved document with `text`.
    void reset(const QString &text);
    bool save(const QString &text, QString *error);
    bool saveAs(const QString &path, const QString &text, QString *error);

    QString path() const { return m_path; }
    // "worker.py"; "untitled.py" for a new document.
    QString displayName() const;
    // The name tracebacks show: the file's own name, as `python3 FILE` shows it.
    QString runName() const;
    bool isBundled() const { return m_path.startsWith(QLatin1String(":/")); }
    bool hasPath() const { return !m_path.isEmpty(); }
    QString savedText() const { return m_saved; }

    // Keeps `text` (unsaved edits) safe; cleared by a save or discardAutosave().
    bool autosave(const QString &text, QString *error = nullptr);
    void discardAutosave();
    // Unsaved edits left by an earlier session for this document, if any differ from it.
    std::optional<QString> recoverAutosave() const;
    // Where autosaves go (tests point it elsewhere).
    static void setAutosaveDirectory(const QString &dir);

Q_SIGNALS:
    // The file was changed or removed by another program.
    void changedOnDisk();

private:
    QString autosavePath() const;
    void watch();

    QString m_path;
    QString m_saved;
    QFileSystemWatcher m_watcher;
};

} // namespace awaitscope
