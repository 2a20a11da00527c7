#pragma once
// The tasks of a run as a tree (each under the task that created it) with their state at
// the playhead: the views show the state after events [0, playhead). Every task the trace
// has created is a row; one not created yet at the playhead says so.

#include "trace_index.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace awaitscope::models {

class TaskTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NameColumn, CoroutineColumn, StateColumn, ResultColumn, CreatedColumn, ColumnCount };
    enum Role {
        TaskIdRole = Qt::UserRole + 1, // uint: the task id
        PhaseRole,                     // int: TaskPhase at the playhead
        StateSeqRole,                  // quint64: the event that set that state (kNoSeq: none yet)
        CreatedSeqRole,                // quint64: the TaskCreated event
        CreatedLineRole,               // uint: where create_task was called, 0 if unknown
    };

    // A null trace is an empty one. The playhead starts at the end and follows it.
    explicit TaskTreeModel(std::shared_ptr<const aw::trace::Trace> trace, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // States after events [0, playhead); kNoSeq follows the end of a growing trace. Emits
    // dataChanged for the rows whose state changed, and for nothing else.
    void setPlayhead(uint64_t playhead);
    uint64_t playhead() const noexcept { return m_playhead; }

    // Indexes the events appended to the trace since the last call: new tasks are inserted.
    void traceGrew();

    // The row of a task, invalid if the trace has not created it.
    QModelIndex indexOfTask(uint32_t taskId, int column = NameColumn) const;
    // The lookups behind the model, for the inspector (inspectTask) and the diagnostics.
    const TraceIndex &traceIndex() const noexcept { return m_index; }

private:
    uint64_t effectivePlayhead() const;
    void insertTasks(size_t from);
    void refresh(std::vector<uint32_t> slots);
    std::vector<uint32_t> slotsTouched(uint64_t from, uint64_t to) const;
    QModelIndex indexOfSlot(uint32_t slot, int column) const;
    QString createdText(const TaskRecord &task) const;

    TraceIndex m_index;
    uint64_t m_playhead = kNoSeq;
    std::vector<uint32_t> m_roots;
    std::vector<std::vector<uint32_t>> m_children; // by slot (position in tasks())
    std::vector<int64_t> m_parentSlot;             // -1 for a root
    std::vector<int> m_row;                        // row under its parent
    std::vector<TaskStatus> m_status;              // at the playhead
};

} // namespace awaitscope::models
