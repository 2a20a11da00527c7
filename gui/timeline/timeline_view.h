#pragma once
// The timeline widget at the centre of the window: a zoomable, scrollable view of a trace.
//
// Zoom with Ctrl+wheel (around the cursor) or +/-, fit with F or 0; pan by dragging, with the
// wheel (Shift+wheel: sideways) or the scrollbars. Clicking a task selects it; clicking the
// axis or an empty stretch asks for the playhead there (playheadRequested: the owner decides
// and calls setPlayhead, so playback and clicks go through one place). Events after the
// playhead are not drawn, so playing animates the timeline growing.

#include "timeline_geometry.h"
#include "timeline_model.h"

#include <QAbstractScrollArea>

#include <cstdint>
#include <memory>
#include <optional>
#include <utility>

namespace aw::trace {
class Trace;
}

namespace awaitscope {

class TimelineView : public QAbstractScrollArea {
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    void setTrace(std::shared_ptr<const aw::trace::Trace> trace);
    // A live run records ahead of the playhead: fitting then shows what has been played,
    // growing as the playhead moves, instead of everything recorded.
    void setLive(bool live);
    // The trace given to setTrace has grown: consume the new events. A view showing the
    // whole run keeps showing the whole run.
    void traceGrew();
    const TimelineModel &model() const noexcept { return m_model; }
    const TimelineGeometry &geometry() const noexcept { return *m_geometry; }

    void setSelectedTask(int64_t taskId); // -1: none; scrolls the task into view
    int64_t selectedTask() const noexcept { return m_selected; }
    void setPlayhead(uint64_t seq);       // TimelineGeometry::kNoPlayhead: no playhead, all shown
    uint64_t playhead() const;
    void setStepMode(bool on);
    bool stepMode() const;
    void setTaskFilter(const QString &substring);
    void setShowResources(bool on);
    void setCollapsed(uint32_t taskId, bool collapsed);
    // Light or dark lanes; until called, follows the widget's palette.
    void setDark(bool dark);
    bool isDark() const;

    // The visible stretch of the run in virtual seconds (for "export current view").
    std::pair<double, double> exportRange() const;
    void zoomBy(double factor);
    void fitToWindow();

    QSize sizeHint() const override;

Q_SIGNALS:
    void taskSelected(uint32_t taskId);
    void playheadRequested(uint64_t seq);
    void visibleRangeChanged(double fromSeconds, double toSeconds);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent *event) override;

private:
    void layoutGeometry();
    void syncScrollBars();
    void rangeChanged();
    std::pair<double, double> wholeRange() const;

    static constexpr double kLiveMinimumSeconds = 1.0;
    static constexpr double kLiveMinimumSteps = 40.0;
    static constexpr double kLiveMargin = 1.25; // room ahead of the playhead
    static constexpr double kPageLead = 0.1;     // where a turned page puts the playhead

    std::shared_ptr<const aw::trace::Trace> m_trace;
    TimelineModel m_model;
    std::unique_ptr<TimelineGeometry> m_geometry;
    int64_t m_selected = -1;
    int m_hoveredRow = -1;
    std::optional<bool> m_dark;
    QPoint m_pressPos;
    QPoint m_lastDragPos;
    bool m_pressed = false;
    bool m_dragging = false;
    bool m_syncing = false;
    bool m_live = false;
    bool m_followWhole = true; // until the user zooms or pans: fit follows the run
};

} // namespace awaitscope
