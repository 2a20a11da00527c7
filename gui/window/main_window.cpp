#include "main_window.h"

#include "document.h"
#include "diagnostics_model.h"
#include "output_model.h"
#include "task_tree_model.h"
#include "run_problem.h"
#include "stored_settings.h"

#include "playback/playback.h"
#include "playback/playhead_state.h"
#include "session/scenario_session.h"
#include "source/source_view.h"
#include "timeline/timeline_view.h"

#include "interp/scenario_runner.h"
#include "trace/trace_io.h"
#include "application_icon.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSlider>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>
#include <QTimer>

#include <QDir>

#include <fstream>
#include <map>

namespace awaitscope {

namespace {
constexpr int kAutosaveDelayMs = 2000;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(this))
    , m_session(new ScenarioSession(this))
    , m_playback(new Playback(this))
    , m_playheadState(std::make_unique<PlayheadState>())
    , m_timeline(new TimelineView(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(applicationIcon());
    setAcceptDrops(true);
    setCentralWidget(m_timeline);
    m_timeline->setObjectName(QStringLiteral("timeline"));

    createDocks();
    m_source->viewport()->installEventFilter(this);
    resetModels();
    createActions();
    createMenus();
    createPlaybackBar();
    m_runStatus = new QLabel(this);
    statusBar()->addPermanentWidget(m_runStatus);

    connect(m_session, &ScenarioSession::started, this, &MainWindow::onRunStarted);
    connect(m_session, &ScenarioSession::traceGrew, this, &MainWindow::onTraceGrew);
    connect(m_session, &ScenarioSession::finished, this, &MainWindow::onRunFinished);
    connect(m_playback, &Playback::needEvents, m_session, &ScenarioSession::need);
    connect(m_playback, &Playback::playheadChanged, this, &MainWindow::onPlayhead);
    connect(m_playback, &Playback::playingChanged, this, &MainWindow::updatePlaybackControls);
    connect(m_timeline, &TimelineView::playheadRequested, this, [this](uint64_t seq) {
        m_playback->pause();
        m_playback->seek(seq);
    });

    auto *autosaveTimer = new QTimer(this);
    autosaveTimer->setSingleShot(true);
    autosaveTimer->setInterval(kAutosaveDelayMs);
    connect(autosaveTimer, &QTimer::timeout, this, &MainWindow::autosaveNow);
    connect(m_source, &QsciScintilla::textChanged, autosaveTimer, qOverload<>(&QTimer::start));
    connect(m_source, &QsciScintilla::modificationChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::changedOnDisk, this, &MainWindow::reloadFromDisk);

    restoreSettings();
    applyTheme();
    updateTitle();
    updatePlaybackControls();
}

MainWindow::~MainWindow() = default;

void MainWindow::autosaveNow()
{
    if (!m_source->isModified())
        return;
    QString error;
    const bool ok = m_document->autosave(m_source->text(), &error);
    // Say it once, not on every keystroke.
    if (!ok && !m_autosaveFailed)
        statusBar()->showMessage(tr("Autosave failed: %1").arg(error));
    m_autosaveFailed = !ok;
}

bool MainWindow::maybeSave()
{
    if (!m_source->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"),
        tr("%1 has changes that are not saved. Save them?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return save();
    m_document->discardAutosave();
    return true;
}

bool MainWindow::openFile(const QString &path)
{
    if (path.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive))
        return openTrace(path);
    if (!maybeSave())
        return false;
    QString error;
    if (!m_document->load(path, &error)) {
        QMessageBox::warning(this, tr("Cannot open scenario"), error);
        return false;
    }
    m_source->loadText(m_document->savedText());
    if (const std::optional<QString> edits = m_document->recoverAutosave()) {
        const auto answer = QMessageBox::question(
            this, tr("Recover unsaved changes?"),
            tr("%1 has unsaved changes from an earlier session. Recover them?").arg(m_document->displayName()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer == QMessageBox::Yes) {
            m_source->setText(*edits);
            m_source->setModified(true);
        } else {
            m_document->discardAutosave();
        }
    }
    if (!m_document->isBundled())
        addRecent(m_document->path());
    updateTitle();
    runScenario();
    return true;
}

bool MainWindow::openTrace(const QString &path)
{
    if (!maybeSave())
        return false;
    std::ifstream in(QFile::encodeName(path).toStdString(), std::ios::binary);
    if (!in) {
        QMessageBox::warning(this, tr("Cannot open trace"), tr("Cannot open %1.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    aw::trace::ReadError error;
    std::optional<aw::trace::Trace> trace = aw::trace::readJsonLines(in, &error);
    if (!trace) {
        QMessageBox::warning(this, tr("Cannot open trace"),
                             tr("%1, line %2: %3")
                                 .arg(QDir::toNativeSeparators(path))
                                 .arg(error.line)
                                 .arg(QString::fromStdString(error.message)));
        return false;
    }
    m_document->reset(QString());
    m_source->loadText(tr("# A recorded trace: %1\n# Its scenario is not part of it; open the .py file to edit and rerun.\n")
                           .arg(QFileInfo(path).fileName()));
    m_source->clearErrors();
    addRecent(QFileInfo(path).absoluteFilePath());
    setWindowTitle(tr("%1 — Awaitscope").arg(QFileInfo(path).fileName()));
    m_session->show(std::make_shared<aw::trace::Trace>(std::move(*trace)));
    return true;
}

void MainWindow::openStartupScenario()
{
    const QString key = QStringLiteral("session/lastFile");
    if (const std::optional<QString> last = stored_settings::path(QSettings(), key)) {
        // A file that has gone since is no surprise; a directory or a device is not a scenario.
        if (QFileInfo(*last).isFile() && openFile(*last))
            return;
        if (QFileInfo::exists(*last))
            stored_settings::warnIgnored(key, "not a scenario file");
    }
    openFile(QStringLiteral(":/scenarios/default.py"));
}

void MainWindow::runScenario()
{
    m_source->clearErrors();
    const QString text = m_source->text();
    if (const auto problem = aw::interp::findProblem(text.toStdString(), m_document->runName().toStdString())) {
        m_source->showError(problem->line, problem->column, QString::fromStdString(problem->message));
        m_source->revealLine(problem->line);
        m_runStatus->setText(tr("Not run: %1").arg(QString::fromStdString(problem->message)));
        statusBar()->showMessage(tr("%1, line %2").arg(QString::fromStdString(problem->message)).arg(problem->line));
        return;
    }
    m_session->run(text, m_document->runName());
}

void MainWindow::onRunStarted()
{
    const auto trace = m_session->trace();
    resetModels();
    m_timeline->setLive(true);
    m_timeline->setTrace(trace);
    m_playheadState->setTrace(trace);
    m_playback->setTrace(trace, false);
    m_runStatus->setText(tr("Running…"));
    m_playback->play();
}

void MainWindow::onTraceGrew()
{
    m_timeline->traceGrew();
    m_output->traceGrew();
    m_tasks->traceGrew();
    m_diagnostics->traceGrew();
    m_playback->traceGrew(m_session->isFinished());
    updatePlaybackControls();
}

void MainWindow::onRunFinished()
{
    const aw::interp::RunResult &r = m_session->result();
    if (r.exitCode == 0)
        m_runStatus->setText(tr("Finished: %n event(s)", nullptr, static_cast<int>(m_session->trace()->size())));
    else
        m_runStatus->setText(tr("Ended with exit code %1").arg(r.exitCode));
    m_diagnostics->finishRun(QString::fromStdString(r.err), m_document->runName());
    m_timeline->setLive(false);
    // A run that went wrong shows why without the user hunting for it.
    for (const models::Diagnostic &d : m_diagnostics->diagnostics()) {
        if (d.severity == models::Severity::Error) {
            findChild<QDockWidget *>(QStringLiteral("diagnosticsDock"))->raise();
            statusBar()->showMessage(d.message);
            break;
        }
    }
    showRunProblem();
    updatePlaybackControls();
}

void MainWindow::showRunProblem()
{
    const RunProblem problem = findRunProblem(QString::fromStdString(m_session->result().err), m_document->runName());
    if (problem.line <= 0)
        return;
    m_source->showError(problem.line, 0, problem.message);
    statusBar()->showMessage(tr("%1, line %2").arg(problem.message).arg(problem.line));
}

void MainWindow::onPlayhead(quint64 playhead)
{
    m_timeline->setPlayhead(playhead);
    m_output->setPlayhead(playhead);
    m_tasks->setPlayhead(playhead);
    if (m_playback->playing() && m_output->rowCount() > 0)
        m_outputView->scrollToBottom();
    showInspector();
    m_playheadState->moveTo(playhead);
    std::map<int, QStringList> suspended;
    const auto &tasks = m_playheadState->tasks();
    const auto trace = m_session->trace();
    for (size_t id = 0; id < tasks.size(); ++id) {
        if (tasks[id].phase == PlayheadState::Phase::Waiting && tasks[id].line > 0)
            suspended[static_cast<int>(tasks[id].line)].append(QStringLiteral("Task-%1").arg(id));
    }
    QList<SuspendedLine> lines;
    for (const auto &[line, names] : suspended)
        lines.append({line, names.join(QStringLiteral(", "))});
    m_source->setSuspendedLines(lines);
    const int running = static_cast<int>(m_playheadState->runningLine());
    m_source->setRunningLine(running);
    if (running > 0 && m_playback->playing())
        m_source->revealLine(running);
    updatePlaybackControls();
}

void MainWindow::updatePlaybackControls()
{
    const bool playing = m_playback->playing();
    m_playAction->setText(playing ? tr("Pause") : tr("Play"));
    m_playAction->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    const auto trace = m_session->trace();
    const auto size = static_cast<int>(std::min<uint64_t>(trace->size(), INT_MAX));
    if (!m_scrubbing) {
        const QSignalBlocker block(m_scrubber);
        m_scrubber->setRange(0, size);
        m_scrubber->setValue(static_cast<int>(std::min<uint64_t>(m_playback->playhead(), INT_MAX)));
    }
    m_clock->setText(tr("%1 s  ·  event %2 of %3%4")
                         .arg(QString::number(m_playback->time(), 'f', 3))
                         .arg(m_playback->playhead())
                         .arg(trace->size())
                         .arg(m_session->isFinished() ? QString() : QStringLiteral("+")));
}

void MainWindow::updateTitle()
{
    setWindowModified(m_source->isModified());
    setWindowTitle(tr("%1[*] — Awaitscope").arg(m_document->displayName()));
}

void MainWindow::reloadFromDisk()
{
    if (m_source->isModified()) {
        // The file may change again while the question is open: one question is enough.
        if (m_askingToReload)
            return;
        const QScopedValueRollback asking(m_askingToReload, true);
        const auto answer = QMessageBox::question(
            this, tr("File changed on disk"),
            tr("%1 was changed by another program. Reload it and lose your edits?").arg(m_document->displayName()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    QString error;
    if (!m_document->load(m_document->path(), &error)) {
        statusBar()->showMessage(error);
        return;
    }
    m_source->loadText(m_document->savedText());
    runScenario();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

namespace {

// The file a drag carries, if it carries a local one.
QString draggedFile(const QMimeData *mime)
{
    const QList<QUrl> urls = mime->urls();
    return !urls.isEmpty() && urls.first().isLocalFile() ? urls.first().toLocalFile() : QString();
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!draggedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = draggedFile(event->mimeData());
    if (!path.isEmpty()) {
        event->acceptProposedAction();
        openFile(path);
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The editor takes any drop as text to insert; a dropped file is opened instead, as it
    // is anywhere else on the window.
    if (watched == m_source->viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDragMoveEvent *>(event);
            if (!draggedFile(drag->mimeData()).isEmpty()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            if (!draggedFile(drop->mimeData()).isEmpty()) {
                dropEvent(drop);
                return true;
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::changeEvent(QEvent *event)
{
    // A new application palette reaches a window as a PaletteChange.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        followSystemPalette();
    QMainWindow::changeEvent(event);
}

} // namespace awaitscope
