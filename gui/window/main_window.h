#pragma once
// The window: the timeline in the centre; source, output, tasks, inspector and
// diagnostics in docks; playback in a toolbar. It only wires parts together: runs go
// through the ScenarioSession, the playhead through Playback, and every view follows the
// playhead.

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <set>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSlider;
class QTableView;
class QTextBrowser;
class QTreeView;

namespace awaitscope {

class Document;
class Playback;
class PlayheadState;
class ScenarioSession;
class SourceView;
class TimelineLegendWidget;
class TimelineView;
namespace models {
class DiagnosticsModel;
class OutputModel;
class TaskFilterModel;
class TaskTreeModel;
} // namespace models

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens and runs `path` (a file or a bundled ":/scenarios/..." resource), first
    // asking what to do with unsaved edits. False if the user cancelled or it failed.
    bool openFile(const QString &path);
    // Opens the default scenario, or what the last session had open.
    void openStartupScenario();
    // Shows a trace saved with `awaitscope run --trace OUT.jsonl` (or File > Export).
    bool openTrace(const QString &path);

    TimelineView *timeline() const { return m_timeline; }
    SourceView *source() const { return m_source; }
    Playback *playback() const { return m_playback; }
    ScenarioSession *session() const { return m_session; }
    Document *document() const { return m_document; }

public Q_SLOTS:
    // Runs what the editor holds (F5).
    void runScenario();
    // Copies unsaved edits to the autosave (done a moment after each edit).
    void autosaveNow();
    // Writes the timeline (whole, or the part in view) or the trace, the format chosen by
    // the extension; what File > Export does once a path is chosen.
    bool exportTo(const QString &path, bool onlyInView, QString *error);
    void copyImage();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createPlaybackBar();
    void createDocks();
    void resetModels();
    void selectTask(int64_t taskId);
    void showInspector();
    void jumpTo(uint64_t seq, uint32_t line);
    void restoreSettings();
    void saveSettings() const;
    void applyTheme();
    // The application's palette changed: if the system changed it, the theme follows.
    void followSystemPalette();

    bool maybeSave();
    bool save();
    bool saveAs();
    void openDialog();
    void openGallery();
    void reloadFromDisk();
    void exportTimeline();
    void showAbout();
    void addRecent(const QString &path);
    void rebuildRecentMenu();
    void updateTitle();

    void onRunStarted();
    void onTraceGrew();
    void onRunFinished();
    void onPlayhead(quint64 playhead);
    void updatePlaybackControls();
    void showRunProblem();

    Document *m_document;
    ScenarioSession *m_session;
    Playback *m_playback;
    std::unique_ptr<PlayheadState> m_playheadState;
    TimelineView *m_timeline;
    SourceView *m_source = nullptr;
    QTableView *m_outputView = nullptr;
    QTreeView *m_taskView = nullptr;
    QLineEdit *m_taskSearch = nullptr;
    QTextBrowser *m_inspector = nullptr;
    QTreeView *m_diagnosticsView = nullptr;
    TimelineLegendWidget *m_legend = nullptr;
    models::OutputModel *m_output = nullptr;
    models::TaskTreeModel *m_tasks = nullptr;
    models::TaskFilterModel *m_taskFilter = nullptr;
    models::DiagnosticsModel *m_diagnostics = nullptr;
    int64_t m_selectedTask = -1;
    std::set<qint64> m_autoExpanded; // top-level tasks opened for the user once

    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QAction *m_playAction = nullptr;
    QAction *m_stepModeAction = nullptr;
    QSlider *m_scrubber = nullptr;
    QComboBox *m_speed = nullptr;
    QLabel *m_clock = nullptr;
    QLabel *m_runStatus = nullptr;
    bool m_scrubbing = false;
    bool m_autosaveFailed = false;
    bool m_askingToReload = false;
};

} // namespace awaitscope
