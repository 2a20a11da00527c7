#include "output_model.h"

#include <algorithm>

namespace awaitscope::models {

using aw::trace::EventKind;

OutputModel::OutputModel(std::shared_ptr<const aw::trace::Trace> trace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_trace(std::move(trace))
{
    traceGrew();
}

int OutputModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int OutputModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutputModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case TaskColumn: return tr("Task");
    case TextColumn: return tr("Output");
    default: return {};
    }
}

QVariant OutputModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_lines[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return formatTime(m_trace->timeOf(line.seq));
        case TaskColumn: return taskLabel(m_trace->taskOf(line.seq));
        case TextColumn:
            return QString::fromUtf8(m_trace->string(line.string).data() + line.begin, line.length);
        default: return {};
        }
    case SeqRole: return QVariant::fromValue<quint64>(line.seq);
    case TaskIdRole: return QVariant::fromValue<qint64>(int64_t(m_trace->taskOf(line.seq)) - 1);
    case LineRole: return m_trace->lineOf(line.seq);
    default: return {};
    }
}

QString OutputModel::taskLabel(uint32_t taskPlusOne) const
{
    if (taskPlusOne == 0)
        return tr("main thread");
    auto it = m_taskNames.find(taskPlusOne - 1);
    if (it == m_taskNames.end() || it->second >= m_trace->stringCount())
        return tr("task #%1").arg(taskPlusOne - 1);
    return QString::fromStdString(m_trace->string(it->second));
}

int OutputModel::visibleRows(uint64_t playhead) const
{
    auto it = std::lower_bound(m_lines.begin(), m_lines.end(), playhead,
                               [](const Line &l, uint64_t p) { return l.seq < p; });
    return static_cast<int>(it - m_lines.begin());
}

int OutputModel::rowForEvent(uint64_t seq) const
{
    auto it = std::lower_bound(m_lines.begin(), m_lines.end(), seq, [](const Line &l, uint64_t p) { return l.seq < p; });
    return it == m_lines.end() || it->seq != seq ? -1 : static_cast<int>(it - m_lines.begin());
}

void OutputModel::consume(const aw::trace::Event &e)
{
    if (e.kind == EventKind::TaskCreated || e.kind == EventKind::TaskRenamed) {
        m_taskNames[e.task] = static_cast<uint32_t>(e.b);
        return;
    }
    if (e.kind != EventKind::Output || e.b >= m_trace->stringCount())
        return;
    const auto id = static_cast<uint32_t>(e.b);
    const std::string &text = m_trace->string(id);
    size_t pos = 0;
    for (;;) {
        const size_t nl = text.find('\n', pos);
        const size_t end = nl == std::string::npos ? text.size() : nl;
        m_lines.push_back({e.seq, id, static_cast<uint32_t>(pos), static_cast<uint32_t>(end - pos)});
        if (nl == std::string::npos)
            break;
        pos = nl + 1;
    }
}

void OutputModel::traceGrew()
{
    if (!m_trace)
        return;
    const uint64_t size = m_trace->size();
    m_trace->forEach(m_consumed, size, [this](const aw::trace::Event &e) { consume(e); });
    m_consumed = size;
    sync(m_playhead);
}

void OutputModel::setPlayhead(uint64_t playhead)
{
    m_playhead = playhead;
    sync(playhead);
}

// Lines only ever appear or disappear at the end as the playhead moves.
void OutputModel::sync(uint64_t playhead)
{
    const int newRows = visibleRows(playhead);
    if (newRows > m_rows) {
        beginInsertRows({}, m_rows, newRows - 1);
        m_rows = newRows;
        endInsertRows();
    } else if (newRows < m_rows) {
        beginRemoveRows({}, newRows, m_rows - 1);
        m_rows = newRows;
        endRemoveRows();
    }
}

} // namespace awaitscope::models
