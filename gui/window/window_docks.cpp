// The docks around the timeline: source, output, tasks, inspector, diagnostics. Each
// follows the playhead; clicking a line of output or a diagnostic moves the playhead to
// its moment and reveals its line.

#include "main_window.h"

#include "diagnostics_model.h"
#include "output_model.h"
#include "task_filter_model.h"
#include "task_inspection.h"
#include "task_tree_model.h"

#include "playback/playback.h"
#include "session/scenario_session.h"
#include "source/source_view.h"
#include "timeline/timeline_legend_widget.h"
#include "timeline/timeline_view.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeView>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace awaitscope {

namespace {

QDockWidget *makeDock(QMainWindow *window, const QString &title, const QString &name, QWidget *content)
{
    auto *dock = new QDockWidget(title, window);
    dock->setObjectName(name);
    dock->setWidget(content);
    return dock;
}

QString lineLink(uint32_t line)
{
    if (line == 0)
        return QString();
    return QStringLiteral(" <a href=\"line:%1\">%2</a>").arg(line).arg(MainWindow::tr("line %1").arg(line));
}

QString momentLink(uint64_t seq, const QString &text)
{
    return QStringLiteral("<a href=\"seq:%1\">%2</a>").arg(seq).arg(text.toHtmlEscaped());
}

} // namespace

void MainWindow::createDocks()
{
    m_source = new SourceView(this);
    m_source->setObjectName(QStringLiteral("source"));
    QDockWidget *sourceDock = makeDock(this, tr("Source"), QStringLiteral("sourceDock"), m_source);
    addDockWidget(Qt::LeftDockWidgetArea, sourceDock);

    m_outputView = new QTableView(this);
    m_outputView->setObjectName(QStringLiteral("output"));
    m_outputView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_outputView->setWordWrap(false);
    m_outputView->verticalHeader()->hide();
    m_outputView->horizontalHeader()->setStretchLastSection(true);
    m_outputView->verticalHeader()->setDefaultSectionSize(m_outputView->fontMetrics().height() + 4);
    QDockWidget *outputDock = makeDock(this, tr("Output"), QStringLiteral("outputDock"), m_outputView);
    addDockWidget(Qt::BottomDockWidgetArea, outputDock);
    connect(m_outputView, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        jumpTo(index.data(models::OutputModel::SeqRole).toULongLong(),
               index.data(models::OutputModel::LineRole).toUInt());
    });

    m_diagnosticsView = new QTreeView(this);
    m_diagnosticsView->setObjectName(QStringLiteral("diagnostics"));
    m_diagnosticsView->setRootIsDecorated(true);
    m_diagnosticsView->setWordWrap(true);
    QDockWidget *diagnosticsDock = makeDock(this, tr("Diagnostics"), QStringLiteral("diagnosticsDock"), m_diagnosticsView);
    addDockWidget(Qt::BottomDockWidgetArea, diagnosticsDock);
    tabifyDockWidget(outputDock, diagnosticsDock);
    connect(m_diagnosticsView, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        jumpTo(index.data(models::DiagnosticsModel::SeqRole).toULongLong(),
               index.data(models::DiagnosticsModel::LineRole).toUInt());
    });

    auto *tasksPane = new QWidget(this);
    auto *tasksLayout = new QVBoxLayout(tasksPane);
    tasksLayout->setContentsMargins(0, 0, 0, 0);
    m_taskSearch = new QLineEdit(tasksPane);
    m_taskSearch->setObjectName(QStringLiteral("taskSearch"));
    m_taskSearch->setPlaceholderText(tr("Filter tasks by name, coroutine or state"));
    m_taskSearch->setClearButtonEnabled(true);
    m_taskView = new QTreeView(tasksPane);
    m_taskView->setObjectName(QStringLiteral("tasks"));
    m_taskView->setUniformRowHeights(true);
    m_taskView->setSelectionBehavior(QAbstractItemView::SelectRows);
    tasksLayout->addWidget(m_taskSearch);
    tasksLayout->addWidget(m_taskView);
    m_taskFilter = new models::TaskFilterModel(this);
    m_taskFilter->setHideNotCreated(true);
    m_taskView->setModel(m_taskFilter);
    // Show the structure: each top-level task opens once its first child appears (after
    // that, what the user collapses stays collapsed).
    auto expandNewParents = [this] {
        for (int row = 0; row < m_taskFilter->rowCount(); ++row) {
            const QModelIndex top = m_taskFilter->index(row, 0);
            const qint64 id = top.data(models::TaskTreeModel::TaskIdRole).toLongLong();
            if (m_taskFilter->rowCount(top) > 0 && m_autoExpanded.insert(id).second)
                m_taskView->expand(top);
        }
    };
    connect(m_taskFilter, &QAbstractItemModel::rowsInserted, m_taskView, expandNewParents);
    connect(m_taskFilter, &QAbstractItemModel::layoutChanged, m_taskView, expandNewParents);
    connect(m_taskSearch, &QLineEdit::textChanged, m_taskFilter, &models::TaskFilterModel::setSearchText);
    connect(m_taskView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    selectTask(current.data(models::TaskTreeModel::TaskIdRole).toLongLong());
            });
    QDockWidget *tasksDock = makeDock(this, tr("Tasks"), QStringLiteral("tasksDock"), tasksPane);
    addDockWidget(Qt::RightDockWidgetArea, tasksDock);

    m_legend = new TimelineLegendWidget(this);
    m_legend->setObjectName(QStringLiteral("legend"));
    QDockWidget *legendDock = makeDock(this, tr("Legend"), QStringLiteral("legendDock"), m_legend);
    addDockWidget(Qt::BottomDockWidgetArea, legendDock);
    tabifyDockWidget(diagnosticsDock, legendDock);
    outputDock->raise();

    m_inspector = new QTextBrowser(this);
    m_inspector->setObjectName(QStringLiteral("inspector"));
    m_inspector->setOpenLinks(false);
    m_inspector->setPlaceholderText(tr("Select a task on the timeline or in the task list."));
    QDockWidget *inspectorDock = makeDock(this, tr("Inspector"), QStringLiteral("inspectorDock"), m_inspector);
    addDockWidget(Qt::RightDockWidgetArea, inspectorDock);
    connect(m_inspector, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QString target = url.toString();
        if (target.startsWith(QLatin1String("seq:")))
            jumpTo(target.mid(4).toULongLong(), 0);
        else if (target.startsWith(QLatin1String("line:")))
            m_source->revealLine(target.mid(5).toInt());
        else if (target.startsWith(QLatin1String("task:")))
            selectTask(target.mid(5).toLongLong());
    });
    connect(m_timeline, &TimelineView::taskSelected, this, [this](uint32_t id) { selectTask(id); });
}

void MainWindow::resetModels()
{
    const auto trace = m_session->trace();
    auto *output = new models::OutputModel(trace, this);
    auto *tasks = new models::TaskTreeModel(trace, this);
    auto *diagnostics = new models::DiagnosticsModel(trace, this);
    m_outputView->setModel(output);
    m_taskFilter->setSourceModel(tasks);
    m_diagnosticsView->setModel(diagnostics);
    delete m_output;
    delete m_tasks;
    delete m_diagnostics;
    m_output = output;
    m_tasks = tasks;
    m_diagnostics = diagnostics;
    // Wide enough for "1234.500 s" and "Task-12345" without measuring every row.
    const QFontMetrics metrics = m_outputView->fontMetrics();
    m_outputView->setColumnWidth(models::OutputModel::TimeColumn, metrics.horizontalAdvance(QStringLiteral("00000.000 s")));
    m_outputView->setColumnWidth(models::OutputModel::TaskColumn, metrics.horizontalAdvance(QStringLiteral("Task-000000")));
    m_taskView->setColumnWidth(models::TaskTreeModel::NameColumn, metrics.horizontalAdvance(QStringLiteral("Task-0000000")));
    m_diagnosticsView->header()->setSectionResizeMode(models::DiagnosticsModel::MessageColumn, QHeaderView::Stretch);
    m_diagnosticsView->header()->setStretchLastSection(false);
    m_selectedTask = -1;
    m_autoExpanded.clear();
    m_inspector->clear();
}

void MainWindow::selectTask(int64_t taskId)
{
    if (taskId == m_selectedTask)
        return;
    m_selectedTask = taskId;
    m_timeline->setSelectedTask(taskId);
    if (m_tasks && taskId >= 0) {
        const QModelIndex source = m_tasks->indexOfTask(static_cast<uint32_t>(taskId));
        const QModelIndex shown = m_taskFilter->mapFromSource(source);
        if (shown.isValid() && m_taskView->currentIndex().row() != shown.row()) {
            const QSignalBlocker block(m_taskView->selectionModel());
            m_taskView->setCurrentIndex(shown);
            m_taskView->scrollTo(shown);
        }
    }
    showInspector();
}

void MainWindow::showInspector()
{
    if (!m_tasks || m_selectedTask < 0) {
        m_inspector->clear();
        return;
    }
    const models::TaskInspection t =
        models::inspectTask(m_tasks->traceIndex(), static_cast<uint32_t>(m_selectedTask), m_playback->playhead());
    if (!t.valid) {
        m_inspector->clear();
        return;
    }
    QString html = QStringLiteral("<h3>%1 <small>%2()</small></h3>").arg(t.name.toHtmlEscaped(), t.coroutine.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("State:"), t.stateText.toHtmlEscaped());
    if (!t.outcome.isEmpty())
        html += QStringLiteral("<p><b>%1</b> <code>%2</code></p>").arg(tr("Outcome:"), t.outcome.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> %2").arg(tr("Created:"), momentLink(t.createdSeq, models::formatTime(t.createdTime)));
    if (t.parent >= 0)
        html += QStringLiteral(" %1 <a href=\"task:%2\">%3</a>").arg(tr("by")).arg(t.parent).arg(t.parentName.toHtmlEscaped());
    html += lineLink(t.createdLine) + QStringLiteral("</p>");
    if (!t.waitTarget.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b> ").arg(tr("Awaits:"));
        if (t.waitTask >= 0)
            html += QStringLiteral("<a href=\"task:%1\">%2</a>").arg(t.waitTask).arg(t.waitTarget.toHtmlEscaped());
        else
            html += t.waitTarget.toHtmlEscaped();
        html += lineLink(t.waitLine) + QStringLiteral("</p>");
    }
    if (!t.awaitedBy.empty()) {
        QStringList names;
        for (uint32_t id : t.awaitedBy)
            names << QStringLiteral("<a href=\"task:%1\">Task-%1</a>").arg(id);
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Awaited by:"), names.join(QStringLiteral(", ")));
    }
    for (const models::TaskCancellation &c : t.cancellations) {
        QString line = tr("Cancellation requested %1 by %2")
                           .arg(momentLink(c.requestSeq, models::formatTime(c.requestTime)),
                                c.requesterName.isEmpty() ? tr("the loop") : c.requesterName.toHtmlEscaped());
        line += lineLink(c.requestLine);
        if (c.message)
            line += QStringLiteral(" (%1)").arg(c.message->toHtmlEscaped());
        if (c.deliveredSeq != models::kNoSeq)
            line += QStringLiteral("; ") + tr("raised at the await") + lineLink(c.deliveredLine);
        if (c.swallowed)
            line += QStringLiteral("; <b>%1</b>").arg(tr("swallowed"));
        html += QStringLiteral("<p>%1</p>").arg(line);
    }
    html += QStringLiteral("<h4>%1</h4><table cellspacing=\"4\">").arg(tr("History"));
    for (const models::TaskHistoryEntry &e : t.history) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(momentLink(e.seq, models::formatTime(e.time)), e.description.toHtmlEscaped(), lineLink(e.line));
    }
    html += QStringLiteral("</table>");
    m_inspector->setHtml(html);
}

void MainWindow::jumpTo(uint64_t seq, uint32_t line)
{
    if (seq != models::kNoSeq) {
        m_playback->pause();
        m_playback->seek(seq + 1);
    }
    if (line > 0)
        m_source->revealLine(static_cast<int>(line));
}

} // namespace awaitscope
