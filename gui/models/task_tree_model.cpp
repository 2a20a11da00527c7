#include "task_tree_model.h"

#include <QColor>

#include <algorithm>

namespace awaitscope::models {

using aw::trace::EventKind;

TaskTreeModel::TaskTreeModel(std::shared_ptr<const aw::trace::Trace> trace, QObject *parent)
    : QAbstractItemModel(parent)
    , m_index(std::move(trace))
{
    insertTasks(0);
}

uint64_t TaskTreeModel::effectivePlayhead() const
{
    return std::min(m_playhead, m_index.size());
}

QModelIndex TaskTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const auto &siblings = parent.isValid() ? m_children[parent.internalId()] : m_roots;
    return createIndex(row, column, quintptr(siblings[static_cast<size_t>(row)]));
}

QModelIndex TaskTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int64_t p = m_parentSlot[child.internalId()];
    return p < 0 ? QModelIndex() : indexOfSlot(static_cast<uint32_t>(p), 0);
}

int TaskTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return static_cast<int>(m_children[parent.internalId()].size());
}

int TaskTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QModelIndex TaskTreeModel::indexOfSlot(uint32_t slot, int column) const
{
    return createIndex(m_row[slot], column, quintptr(slot));
}

QModelIndex TaskTreeModel::indexOfTask(uint32_t taskId, int column) const
{
    const int64_t slot = m_index.slotOf(taskId);
    if (slot < 0 || static_cast<size_t>(slot) >= m_row.size() || column < 0 || column >= ColumnCount)
        return {};
    return indexOfSlot(static_cast<uint32_t>(slot), column);
}

QVariant TaskTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Task");
    case CoroutineColumn: return tr("Coroutine");
    case StateColumn: return tr("State");
    case ResultColumn: return tr("Result");
    case CreatedColumn: return tr("Created");
    default: return {};
    }
}

QString TaskTreeModel::createdText(const TaskRecord &task) const
{
    if (task.createdLine == 0)
        return formatTime(task.createdTime);
    return tr("%1, line %2").arg(formatTime(task.createdTime)).arg(task.createdLine);
}

QVariant TaskTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto slot = static_cast<uint32_t>(index.internalId());
    const TaskRecord &task = m_index.tasks()[slot];
    const TaskStatus &status = m_status[slot];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return task.name;
        case CoroutineColumn: return task.coroutine;
        case StateColumn:
            return m_index.describeStatus(status, effectivePlayhead(), TraceIndex::Detail::Brief);
        case ResultColumn:
            if (status.finished() && status.phase != TaskPhase::Cancelled)
                return m_index.text(m_index.trace()->event(status.seq).b);
            return {};
        case CreatedColumn: return createdText(task);
        default: return {};
        }
    case Qt::ForegroundRole:
        if (status.phase == TaskPhase::NotCreated)
            return QColor(Qt::gray);
        return {};
    case TaskIdRole: return task.id;
    case PhaseRole: return static_cast<int>(status.phase);
    case StateSeqRole: return QVariant::fromValue<quint64>(status.seq);
    case CreatedSeqRole: return QVariant::fromValue<quint64>(task.createdSeq);
    case CreatedLineRole: return task.createdLine;
    default: return {};
    }
}

// New tasks arrive in creation order, so a parent is always inserted before its
// children; consecutive tasks of one parent are inserted as one block of rows.
void TaskTreeModel::insertTasks(size_t from)
{
    const auto &tasks = m_index.tasks();
    const uint64_t playhead = effectivePlayhead();
    size_t i = from;
    while (i < tasks.size()) {
        const int64_t parentSlot = m_index.slotOf(static_cast<uint32_t>(std::max<int64_t>(tasks[i].parent, 0)));
        const int64_t p = tasks[i].parent >= 0 && parentSlot >= 0 && static_cast<size_t>(parentSlot) < i ? parentSlot : -1;
        size_t end = i + 1;
        while (end < tasks.size() && tasks[end].parent == tasks[i].parent)
            ++end;
        m_children.resize(end);
        auto &siblings = p < 0 ? m_roots : m_children[static_cast<size_t>(p)];
        const int first = static_cast<int>(siblings.size());
        const QModelIndex parentIndex = p < 0 ? QModelIndex() : indexOfSlot(static_cast<uint32_t>(p), 0);
        beginInsertRows(parentIndex, first, first + static_cast<int>(end - i) - 1);
        for (size_t s = i; s < end; ++s) {
            m_parentSlot.push_back(p);
            m_row.push_back(static_cast<int>(siblings.size()));
            m_status.push_back(m_index.statusAt(tasks[s], playhead));
            siblings.push_back(static_cast<uint32_t>(s));
        }
        endInsertRows();
        i = end;
    }
}

void TaskTreeModel::traceGrew()
{
    const TraceIndex::Growth g = m_index.update();
    const uint64_t playhead = effectivePlayhead();
    std::vector<uint32_t> touched = g.from < playhead ? slotsTouched(g.from, std::min(g.to, playhead)) : std::vector<uint32_t>{};
    insertTasks(g.firstNewTask);
    refresh(std::move(touched));
}

// The tasks whose state events lie in [from, to); all of them when the range is longer
// than the list of tasks (a jump), where rereading every task is cheaper.
std::vector<uint32_t> TaskTreeModel::slotsTouched(uint64_t from, uint64_t to) const
{
    std::vector<uint32_t> slots;
    const size_t count = m_status.size();
    if (to - from > count) {
        slots.resize(count);
        for (size_t i = 0; i < count; ++i)
            slots[i] = static_cast<uint32_t>(i);
        return slots;
    }
    const aw::trace::Trace &trace = *m_index.trace();
    for (uint64_t s = from; s < to; ++s) {
        const EventKind k = trace.kindOf(s);
        if (k > EventKind::TaskDone)
            continue;
        const int64_t slot = m_index.slotOf(trace.taskOf(s));
        if (slot >= 0 && static_cast<size_t>(slot) < count)
            slots.push_back(static_cast<uint32_t>(slot));
    }
    std::sort(slots.begin(), slots.end());
    slots.erase(std::unique(slots.begin(), slots.end()), slots.end());
    return slots;
}

void TaskTreeModel::setPlayhead(uint64_t playhead)
{
    const uint64_t before = effectivePlayhead();
    m_playhead = playhead;
    const uint64_t after = effectivePlayhead();
    if (before != after)
        refresh(slotsTouched(std::min(before, after), std::max(before, after)));
}

// Rereads the state of `slots` at the playhead; rows that changed are reported in runs of
// adjacent rows under one parent.
void TaskTreeModel::refresh(std::vector<uint32_t> slots)
{
    const uint64_t playhead = effectivePlayhead();
    std::vector<uint32_t> changed;
    for (uint32_t slot : slots) {
        TaskStatus now = m_index.statusAt(m_index.tasks()[slot], playhead);
        if (now != m_status[slot]) {
            m_status[slot] = now;
            changed.push_back(slot);
        }
    }
    std::sort(changed.begin(), changed.end(), [this](uint32_t a, uint32_t b) {
        return std::pair(m_parentSlot[a], m_row[a]) < std::pair(m_parentSlot[b], m_row[b]);
    });
    size_t i = 0;
    while (i < changed.size()) {
        size_t end = i + 1;
        while (end < changed.size() && m_parentSlot[changed[end]] == m_parentSlot[changed[i]]
               && m_row[changed[end]] == m_row[changed[end - 1]] + 1)
            ++end;
        Q_EMIT dataChanged(indexOfSlot(changed[i], 0), indexOfSlot(changed[end - 1], ColumnCount - 1));
        i = end;
    }
}

} // namespace awaitscope::models
