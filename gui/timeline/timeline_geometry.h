#pragma once
// Everything between the timeline model and pixels, kept out of paintEvent so it can be
// tested: which rows are shown (task lanes in tree order minus collapsed subtrees and
// filtered-out tasks, then resource lanes), the visible window, x <-> time, y <-> row, hit
// testing and the level of detail.
//
// The horizontal domain is virtual seconds, or in step mode event slots: event `seq` fills
// [seq, seq + 1), so events of one instant (most of asyncio's ordering) are spread apart.
// All coordinates are in the painter's logical pixels. No clamping unless stated: callers clip.

#include "timeline_model.h"

#include <QPointF>
#include <QRectF>
#include <QString>

#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

namespace awaitscope {

struct TimelineRow {
    enum class Kind : uint8_t { Task, ResourceHeader, Resource };
    Kind kind = Kind::Task;
    uint32_t lane = 0;  // index into model.lanes() (Task) or model.resources() (Resource)
    uint16_t depth = 0;
    bool hasChildren = false;
    bool collapsed = false;
    double top = 0.0;   // content coordinates: 0 is the top of the first row
    double height = 0.0;
};

// One drawn piece of a lane. Spans or samples narrower than a pixel are merged into one
// pixel column, represented by the dominant one: the state covering most of the column for
// a task, the highest value for a resource. A column holding more than eight is judged
// by its first eight (and, for a resource, its last) so that painting stays O(pixels log n)
// per lane.
struct TimelineRun {
    double x0 = 0.0;
    double x1 = 0.0;
    uint32_t item = 0;   // span index (task row) or sample index (resource row)
    bool merged = false;
};

struct TimelineHit {
    enum class Kind : uint8_t { Nothing, Axis, Label, Expander, Span, EmptyLane, Resource };
    Kind kind = Kind::Nothing;
    int row = -1;
    int64_t item = -1;  // the span (Span) or sample (Resource) under the point
    uint64_t seq = 0;   // the last event at or before the point's x (for the playhead)
};

struct AxisTick {
    double x = 0.0;
    QString label; // empty: a minor tick
};

// Sizes in logical pixels.
struct TimelineMetrics {
    double labelWidth = 180;
    double axisHeight = 28;
    double laneHeight = 22;
    double resourceLaneHeight = 28;
    double headerHeight = 22;
    double expanderWidth = 14;
    double indent = 12;
};

class TimelineGeometry {
public:
    using Metrics = TimelineMetrics;
    static constexpr uint64_t kNoPlayhead = std::numeric_limits<uint64_t>::max();
    // In time mode a run that ended in a deadlock gets this share of its length again past
    // its end, where the waits (and the resources held) that never end are drawn on.
    static constexpr double kDeadlockTail = 0.1;

    explicit TimelineGeometry(const TimelineModel &model, Metrics metrics = {});
    const TimelineModel &model() const noexcept { return *m_model; }
    const Metrics &metrics() const noexcept { return m_metrics; }

    // Rows. The setters rebuild them; call rebuildRows() after the model grew.
    void setStepMode(bool on);
    bool stepMode() const noexcept { return m_stepMode; }
    void setTaskFilter(const QString &substring); // name or coroutine, case-insensitive; ancestors stay
    void setShowResources(bool on);
    void setCollapsed(uint32_t taskId, bool collapsed);
    bool isCollapsed(uint32_t taskId) const;
    void rebuildRows();
    const std::vector<TimelineRow> &rows() const noexcept { return m_rows; }
    double contentHeight() const noexcept;
    int rowOfTask(uint32_t taskId) const;  // -1 when hidden
    int rowOfLane(size_t lane) const noexcept; // a task lane's row, -1 when hidden

    // Viewport: `area` holds the labels (left), the axis (top) and the plot.
    void setArea(const QRectF &area);
    QRectF area() const noexcept { return m_area; }
    QRectF plotRect() const noexcept { return m_plot; }
    QRectF labelRect() const noexcept;
    QRectF axisRect() const noexcept;
    void setScrollY(double y) noexcept { m_scrollY = y; }
    double scrollY() const noexcept { return m_scrollY; }

    // The visible window in domain units (seconds, or event slots in step mode).
    void setRange(double from, double to);
    double rangeFrom() const noexcept { return m_from; }
    double rangeTo() const noexcept { return m_to; }
    std::pair<double, double> fullRange() const;
    // Time mode, and the run ended in a deadlock: the axis goes on past its end.
    bool endsInDeadlock() const noexcept;
    // Zooms by `factor` (> 1: in) keeping the domain under `anchorX` in place.
    void zoom(double factor, double anchorX);
    void panPixels(double dx);
    // The visible window in virtual seconds, in either mode.
    std::pair<double, double> timeRange() const;

    double xOf(double domain) const noexcept;
    double domainAt(double x) const noexcept;
    double domainOfTime(double t) const;
    double domainOfSeq(uint64_t seq) const;
    double xOfTime(double t) const { return xOf(domainOfTime(t)); }
    double xOfSeq(uint64_t seq) const { return xOf(domainOfSeq(seq)); }
    double timeAt(double x) const;
    // The last event at or before x; 0 for an empty model.
    uint64_t seqAt(double x) const;

    // Events after the playhead are not drawn; kNoPlayhead shows everything.
    void setPlayhead(uint64_t seq) noexcept { m_playhead = seq; }
    uint64_t playhead() const noexcept { return m_playhead; }
    // Where the playhead line goes: the right edge of its event (step) or its time.
    double playheadX() const;

    // Rows in widget coordinates.
    double rowTop(int row) const;
    int rowAt(double y) const;                     // -1 outside the rows
    std::pair<int, int> visibleRows() const;       // [first, last), may be empty
    TimelineHit hitTest(QPointF pos) const;
    // The expander's box of a task row with children.
    QRectF expanderRect(int row) const;

    // Level of detail: the runs to draw for a row, restricted to the visible window and the
    // playhead. Terminal task spans (done, failed, cancelled) come as x0 == x1 (time mode);
    // a wait still open when the run deadlocked goes on to the end of the axis.
    void runs(int row, std::vector<TimelineRun> &out) const;
    // Domain extent of a task span or a resource sample, after the playhead.
    std::pair<double, double> spanExtent(const TaskLane &lane, size_t span) const;
    std::pair<double, double> sampleExtent(const ResourceLane &lane, size_t sample) const;

    // Ticks for the axis, labels at least `minSpacing` pixels apart: round seconds, or in step
    // mode each instant's first event labelled with its virtual time.
    std::vector<AxisTick> axisTicks(double minSpacing) const;

private:
    void taskRuns(const TaskLane &lane, std::vector<TimelineRun> &out) const;
    void resourceRuns(const ResourceLane &lane, std::vector<TimelineRun> &out) const;
    int64_t itemAt(int row, double x) const;
    double spanEnd(const TaskLane &lane, size_t span) const;
    double clipDomain() const;

    const TimelineModel *m_model;
    Metrics m_metrics;
    bool m_stepMode = false;
    bool m_showResources = true;
    QString m_filter;
    std::vector<uint8_t> m_collapsed; // by lane index
    std::vector<TimelineRow> m_rows;
    std::vector<int> m_rowOfLane; // task lane index -> row, -1 when hidden
    QRectF m_area;
    QRectF m_plot;
    double m_scrollY = 0.0;
    double m_from = 0.0;
    double m_to = 1.0;
    uint64_t m_playhead = kNoPlayhead;
};

QString formatSeconds(double t, double step = 0);

} // namespace awaitscope
