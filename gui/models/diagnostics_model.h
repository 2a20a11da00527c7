#pragma once
// The problems of a run, as a tree: one row per problem, with its notes (the tasks of a
// deadlock, where a lock was taken...) as child rows. Every row carries the moment (an
// event to put the playhead on) and the scenario line, so a click can jump to both.
//
// Problems that show in the trace appear as it grows; those that can only be judged at the
// end (tasks left pending, exceptions never retrieved) and what the run printed on stderr
// appear when finishRun() says the run is over.

#include "diagnostic.h"
#include "diagnostics_finder.h"
#include "trace_index.h"

#include <QAbstractItemModel>

#include <memory>
#include <optional>

namespace awaitscope::models {

class DiagnosticsModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { SeverityColumn, MessageColumn, TimeColumn, LineColumn, ColumnCount };
    enum Role {
        SeqRole = Qt::UserRole + 1, // quint64: the moment, kNoSeq if none
        LineRole,                   // uint: the scenario line, 0 if none
        SeverityRole,               // int: Severity
        KindRole,                   // int: DiagnosticKind (the problem's, for a note too)
        TaskIdRole,                 // qint64: the task concerned, -1 for none
    };

    // A null trace is an empty one.
    explicit DiagnosticsModel(std::shared_ptr<const aw::trace::Trace> trace, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Reads the events appended to the trace since the last call.
    void traceGrew();

    // The run is over and nothing more was recorded than the trace (a trace loaded from a
    // file): end-of-run checks apply, with the heuristic for exceptions never retrieved.
    void finishRun();
    // The run is over and wrote `runErrors` on stderr (ScenarioResult.run.err), told apart
    // by parseRunMessages(): CPython's warnings and reports become problems here, located
    // at their line and, where a task is named, at its moment; they replace the heuristic.
    // `scenarioFile` is the filename the run was given (tracebacks name it).
    void finishRun(const QString &runErrors, const QString &scenarioFile = {});

    const std::vector<Diagnostic> &diagnostics() const noexcept { return m_shown; }
    const TraceIndex &traceIndex() const noexcept { return m_index; }

private:
    void show(std::vector<Diagnostic> next);
    QVariant noteData(const Diagnostic &d, const DiagnosticNote &n, int column, int role) const;

    TraceIndex m_index;
    DiagnosticsFinder m_finder;
    std::vector<Diagnostic> m_found;  // from the trace, in event order
    std::vector<Diagnostic> m_ending; // end of run
    std::vector<Diagnostic> m_shown;
};

QString severityLabel(Severity severity);

} // namespace awaitscope::models
