#pragma once
// What the program printed, one row per line, as far as the playhead: the views show the
// output of events [0, playhead). The interpreter records whole lines, without their
// newline, each at the moment (and attributed to the task) that completed it; an Output
// text holding newlines still gives one row per line. A last line the program never
// ended with a newline is not in the trace (see ScenarioResult.run.out).

#include "task_status.h"

#include "trace/trace.h"

#include <QAbstractTableModel>

#include <memory>
#include <unordered_map>
#include <vector>

namespace awaitscope::models {

class OutputModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, TaskColumn, TextColumn, ColumnCount };
    enum Role {
        SeqRole = Qt::UserRole + 1, // quint64: the line's Output event (playhead = seq + 1 shows it)
        TaskIdRole,                 // qint64: the printing task, -1 outside any task
        LineRole,                   // uint: the scenario line of the print, 0 if unknown
    };

    // A null trace is an empty one. The playhead starts at the end and follows it.
    explicit OutputModel(std::shared_ptr<const aw::trace::Trace> trace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Shows the output of events [0, playhead); kNoSeq follows the end of a growing trace.
    void setPlayhead(uint64_t playhead);
    uint64_t playhead() const noexcept { return m_playhead; }

    // Reads the events appended to the trace since the last call.
    void traceGrew();

    // Every line printed so far in the trace, whatever the playhead.
    int lineCount() const noexcept { return static_cast<int>(m_lines.size()); }
    // The first row Output event `seq` wrote, -1 if it is no Output event.
    int rowForEvent(uint64_t seq) const;

private:
    struct Line {
        uint64_t seq;
        uint32_t string; // the trace's string id of the event's text
        uint32_t begin;  // this line's bytes of it
        uint32_t length;
    };

    void consume(const aw::trace::Event &e);
    void sync(uint64_t playhead);
    int visibleRows(uint64_t playhead) const;
    QString taskLabel(uint32_t taskPlusOne) const;

    std::shared_ptr<const aw::trace::Trace> m_trace;
    uint64_t m_consumed = 0;
    uint64_t m_playhead = kNoSeq;
    std::vector<Line> m_lines;
    std::unordered_map<uint32_t, uint32_t> m_taskNames; // task id -> string id
    int m_rows = 0;                                      // rows shown
};

} // namespace awaitscope::models
