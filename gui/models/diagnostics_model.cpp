#include "diagnostics_model.h"

#include <QCoreApplication>

#include <algorithm>

namespace awaitscope::models {

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Note: return QCoreApplication::translate("Diagnostics", "note");
    case Severity::Warning: return QCoreApplication::translate("Diagnostics", "warning");
    case Severity::Error: return QCoreApplication::translate("Diagnostics", "error");
    }
    return {};
}

// internalId: 0 for a problem's row, its row + 1 for a note's.
DiagnosticsModel::DiagnosticsModel(std::shared_ptr<const aw::trace::Trace> trace, QObject *parent)
    : QAbstractItemModel(parent)
    , m_index(std::move(trace))
    , m_finder(m_index)
{
    m_found = m_finder.scan();
    m_shown = m_found;
}

QModelIndex DiagnosticsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : quintptr(0));
}

QModelIndex DiagnosticsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int DiagnosticsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_shown.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return static_cast<int>(m_shown[static_cast<size_t>(parent.row())].notes.size());
}

int DiagnosticsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant DiagnosticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case MessageColumn: return tr("Problem");
    case TimeColumn: return tr("Time");
    case LineColumn: return tr("Line");
    default: return {};
    }
}

QVariant DiagnosticsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() != 0) {
        const Diagnostic &d = m_shown[index.internalId() - 1];
        return noteData(d, d.notes[static_cast<size_t>(index.row())], index.column(), role);
    }
    const Diagnostic &d = m_shown[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn: return severityLabel(d.severity);
        case MessageColumn: return d.message;
        case TimeColumn: return d.seq < m_index.size() ? formatTime(m_index.trace()->timeOf(d.seq)) : QVariant();
        case LineColumn: return d.line ? QVariant(d.line) : QVariant();
        default: return {};
        }
    case Qt::ToolTipRole: return d.details.isEmpty() ? QVariant() : QVariant(d.details);
    case SeqRole: return QVariant::fromValue<quint64>(d.seq);
    case LineRole: return d.line;
    case SeverityRole: return static_cast<int>(d.severity);
    case KindRole: return static_cast<int>(d.kind);
    case TaskIdRole: return QVariant::fromValue<qint64>(d.task);
    default: return {};
    }
}

QVariant DiagnosticsModel::noteData(const Diagnostic &d, const DiagnosticNote &n, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case MessageColumn: return n.text;
        case TimeColumn: return n.seq < m_index.size() ? formatTime(m_index.trace()->timeOf(n.seq)) : QVariant();
        case LineColumn: return n.line ? QVariant(n.line) : QVariant();
        default: return {};
        }
    case SeqRole: return QVariant::fromValue<quint64>(n.seq);
    case LineRole: return n.line;
    case SeverityRole: return static_cast<int>(Severity::Note);
    case KindRole: return static_cast<int>(d.kind);
    case TaskIdRole: return QVariant::fromValue<qint64>(d.task);
    default: return {};
    }
}

void DiagnosticsModel::traceGrew()
{
    m_index.update();
    std::vector<Diagnostic> found = m_finder.scan();
    m_found.insert(m_found.end(), found.begin(), found.end());
    std::vector<Diagnostic> next = m_found;
    next.insert(next.end(), m_ending.begin(), m_ending.end());
    show(std::move(next));
}

void DiagnosticsModel::finishRun()
{
    m_index.update();
    m_ending = m_finder.endOfRun();
    traceGrew();
}

void DiagnosticsModel::finishRun(const QString &runErrors, const QString &scenarioFile)
{
    m_index.update();
    m_ending = m_finder.endOfRun(parseRunMessages(runErrors, scenarioFile));
    traceGrew();
}

// Keeps the rows that did not change (problems are only ever added at the end while the
// trace grows) and replaces the rest.
void DiagnosticsModel::show(std::vector<Diagnostic> next)
{
    const auto mismatch = std::mismatch(m_shown.begin(), m_shown.end(), next.begin(), next.end());
    const int same = static_cast<int>(mismatch.first - m_shown.begin());
    if (same < static_cast<int>(m_shown.size())) {
        beginRemoveRows({}, same, static_cast<int>(m_shown.size()) - 1);
        m_shown.resize(static_cast<size_t>(same));
        endRemoveRows();
    }
    if (same < static_cast<int>(next.size())) {
        beginInsertRows({}, same, static_cast<int>(next.size()) - 1);
        m_shown = std::move(next);
        endInsertRows();
    }
}

} // namespace awaitscope::models
