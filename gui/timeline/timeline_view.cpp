#include "timeline_view.h"

#include "timeline_painter.h"
#include "timeline_tooltip.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace awaitscope {

namespace {

// The horizontal scrollbar's resolution: positions over the whole run.
constexpr int kScrollSteps = 1'000'000;
constexpr double kZoomStep = 1.25;
constexpr int kDragThreshold = 4;

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_geometry(std::make_unique<TimelineGeometry>(m_model))
{
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    layoutGeometry();
}

TimelineView::~TimelineView() = default;

QSize TimelineView::sizeHint() const
{
    return {900, 420};
}

void TimelineView::setTrace(std::shared_ptr<const aw::trace::Trace> trace)
{
    m_trace = std::move(trace);
    m_model = TimelineModel();
    if (m_trace)
        m_model.update(*m_trace);
    const bool step = m_geometry->stepMode();
    auto geometry = std::make_unique<TimelineGeometry>(m_model, m_geometry->metrics());
    geometry->setStepMode(step);
    m_geometry = std::move(geometry);
    m_selected = -1;
    m_hoveredRow = -1;
    layoutGeometry();
    fitToWindow();
}

void TimelineView::setLive(bool live)
{
    m_live = live;
    if (m_followWhole)
        fitToWindow();
}

// What "the whole run" means for the view: while a run is live the engine records ahead
// of the playhead, so the view grows with what has been played, not with what is recorded.
std::pair<double, double> TimelineView::wholeRange() const
{
    const auto [from, to] = m_geometry->fullRange();
    const uint64_t playhead = m_geometry->playhead();
    if (!m_live || playhead == TimelineGeometry::kNoPlayhead || playhead == 0)
        return {from, to};
    const double played = m_geometry->domainOfSeq(playhead - 1) - from;
    const double minimum = m_geometry->stepMode() ? kLiveMinimumSteps : kLiveMinimumSeconds;
    return {from, std::min(to, from + std::max(minimum, played * kLiveMargin))};
}

void TimelineView::traceGrew()
{
    if (!m_trace)
        return;
    m_model.update(*m_trace);
    m_geometry->rebuildRows();
    if (m_followWhole) {
        const auto [from, to] = wholeRange();
        m_geometry->setRange(from, to);
    }
    rangeChanged();
}

void TimelineView::setSelectedTask(int64_t taskId)
{
    if (taskId == m_selected)
        return;
    m_selected = taskId;
    const int row = taskId >= 0 ? m_geometry->rowOfTask(static_cast<uint32_t>(taskId)) : -1;
    if (row >= 0) {
        const TimelineRow &r = m_geometry->rows()[static_cast<size_t>(row)];
        const double visible = m_geometry->plotRect().height();
        if (r.top < m_geometry->scrollY() || r.top + r.height > m_geometry->scrollY() + visible)
            verticalScrollBar()->setValue(static_cast<int>(r.top - visible / 3));
    }
    viewport()->update();
}

void TimelineView::setPlayhead(uint64_t seq)
{
    const uint64_t previous = m_geometry->playhead();
    m_geometry->setPlayhead(seq);
    if (m_followWhole && m_live) {
        const auto [from, to] = wholeRange();
        m_geometry->setRange(from, to);
        rangeChanged();
        return;
    }
    // Zoomed in, a playhead moving forward out of view turns the page.
    if (seq != TimelineGeometry::kNoPlayhead && previous != TimelineGeometry::kNoPlayhead && seq > previous && seq > 0) {
        const double at = m_geometry->domainOfSeq(seq - 1);
        const double width = m_geometry->rangeTo() - m_geometry->rangeFrom();
        if (at > m_geometry->rangeTo() && !m_followWhole) {
            m_geometry->setRange(at - width * kPageLead, at + width * (1 - kPageLead));
            rangeChanged();
            return;
        }
    }
    viewport()->update();
}

uint64_t TimelineView::playhead() const
{
    return m_geometry->playhead();
}

void TimelineView::setStepMode(bool on)
{
    m_geometry->setStepMode(on);
    rangeChanged();
}

bool TimelineView::stepMode() const
{
    return m_geometry->stepMode();
}

void TimelineView::setTaskFilter(const QString &substring)
{
    m_geometry->setTaskFilter(substring);
    rangeChanged();
}

void TimelineView::setShowResources(bool on)
{
    m_geometry->setShowResources(on);
    rangeChanged();
}

void TimelineView::setCollapsed(uint32_t taskId, bool collapsed)
{
    m_geometry->setCollapsed(taskId, collapsed);
    rangeChanged();
}

void TimelineView::setDark(bool dark)
{
    m_dark = dark;
    viewport()->update();
}

bool TimelineView::isDark() const
{
    if (m_dark)
        return *m_dark;
    return palette().color(QPalette::Base).lightness() < 128;
}

std::pair<double, double> TimelineView::exportRange() const
{
    return m_geometry->timeRange();
}

void TimelineView::zoomBy(double factor)
{
    m_followWhole = false;
    m_geometry->zoom(factor, m_geometry->plotRect().center().x());
    rangeChanged();
}

void TimelineView::fitToWindow()
{
    m_followWhole = true;
    const auto [from, to] = wholeRange();
    m_geometry->setRange(from, to);
    rangeChanged();
}

void TimelineView::layoutGeometry()
{
    m_geometry->setArea(QRectF(viewport()->rect()));
}

void TimelineView::rangeChanged()
{
    syncScrollBars();
    viewport()->update();
    const auto [from, to] = m_geometry->timeRange();
    Q_EMIT visibleRangeChanged(from, to);
}

void TimelineView::syncScrollBars()
{
    m_syncing = true;
    const double visible = m_geometry->plotRect().height();
    const int vmax = static_cast<int>(std::ceil(std::max(0.0, m_geometry->contentHeight() - visible)));
    verticalScrollBar()->setRange(0, vmax);
    verticalScrollBar()->setPageStep(static_cast<int>(visible));
    verticalScrollBar()->setSingleStep(static_cast<int>(m_geometry->metrics().laneHeight));
    m_geometry->setScrollY(std::clamp(m_geometry->scrollY(), 0.0, double(vmax)));
    verticalScrollBar()->setValue(static_cast<int>(m_geometry->scrollY()));
    const auto [fullFrom, fullTo] = m_geometry->fullRange();
    const double share = (m_geometry->rangeTo() - m_geometry->rangeFrom()) / (fullTo - fullFrom);
    const int page = std::clamp(static_cast<int>(share * kScrollSteps), 1, kScrollSteps);
    horizontalScrollBar()->setRange(0, kScrollSteps - page);
    horizontalScrollBar()->setPageStep(page);
    horizontalScrollBar()->setSingleStep(std::max(1, page / 20));
    horizontalScrollBar()->setValue(
        static_cast<int>(std::lround((m_geometry->rangeFrom() - fullFrom) / (fullTo - fullFrom) * kScrollSteps)));
    m_syncing = false;
}

void TimelineView::scrollContentsBy(int dx, int)
{
    if (m_syncing)
        return;
    if (dx != 0)
        m_followWhole = false;
    m_geometry->setScrollY(verticalScrollBar()->value());
    const auto [fullFrom, fullTo] = m_geometry->fullRange();
    const double width = m_geometry->rangeTo() - m_geometry->rangeFrom();
    const double from = fullFrom + double(horizontalScrollBar()->value()) / kScrollSteps * (fullTo - fullFrom);
    m_geometry->setRange(from, from + width);
    viewport()->update();
    const auto [t0, t1] = m_geometry->timeRange();
    Q_EMIT visibleRangeChanged(t0, t1);
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    TimelinePaintOptions options;
    options.dark = isDark();
    options.selectedTask = m_selected;
    options.hoveredRow = m_hoveredRow;
    paintTimelineView(p, *m_geometry, options);
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    layoutGeometry();
    syncScrollBars();
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        m_followWhole = false;
        const double steps = delta.y() / 120.0;
        m_geometry->zoom(std::pow(kZoomStep, steps), event->position().x());
        rangeChanged();
        event->accept();
        return;
    }
    const bool sideways = (event->modifiers() & Qt::ShiftModifier) || std::abs(delta.x()) > std::abs(delta.y());
    if (sideways) {
        const int d = delta.x() != 0 ? delta.x() : delta.y();
        m_followWhole = false;
        m_geometry->panPixels(-d / 120.0 * m_geometry->plotRect().width() / 10);
        rangeChanged();
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomBy(kZoomStep * kZoomStep); break;
    case Qt::Key_Minus: zoomBy(1 / (kZoomStep * kZoomStep)); break;
    case Qt::Key_F:
    case Qt::Key_0: fitToWindow(); break;
    case Qt::Key_Left:
        m_followWhole = false;
        m_geometry->panPixels(-m_geometry->plotRect().width() / 10);
        rangeChanged();
        break;
    case Qt::Key_Right:
        m_followWhole = false;
        m_geometry->panPixels(m_geometry->plotRect().width() / 10);
        rangeChanged();
        break;
    default: QAbstractScrollArea::keyPressEvent(event); return;
    }
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    m_pressed = true;
    m_dragging = false;
    m_pressPos = m_lastDragPos = event->position().toPoint();
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_pressed) {
        if (!m_dragging && (pos - m_pressPos).manhattanLength() >= kDragThreshold) {
            m_dragging = true;
            viewport()->setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            const QPoint d = pos - m_lastDragPos;
            m_lastDragPos = pos;
            if (d.x() != 0)
                m_followWhole = false;
            m_geometry->panPixels(-d.x());
            m_geometry->setScrollY(m_geometry->scrollY() - d.y());
            rangeChanged();
        }
        return;
    }
    const int row = m_geometry->rowAt(pos.y());
    if (row != m_hoveredRow) {
        m_hoveredRow = row;
        viewport()->update();
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return QAbstractScrollArea::mouseReleaseEvent(event);
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        viewport()->unsetCursor();
        return;
    }
    const TimelineHit hit = m_geometry->hitTest(event->position());
    const TimelineRow *row = hit.row >= 0 ? &m_geometry->rows()[static_cast<size_t>(hit.row)] : nullptr;
    switch (hit.kind) {
    case TimelineHit::Kind::Expander: {
        const uint32_t task = m_model.lanes()[row->lane].taskId;
        setCollapsed(task, !row->collapsed);
        break;
    }
    case TimelineHit::Kind::Span:
    case TimelineHit::Kind::Label:
        if (row->kind == TimelineRow::Kind::Task) {
            const uint32_t task = m_model.lanes()[row->lane].taskId;
            setSelectedTask(task);
            Q_EMIT taskSelected(task);
        }
        break;
    case TimelineHit::Kind::Axis:
    case TimelineHit::Kind::EmptyLane:
    case TimelineHit::Kind::Resource:
    case TimelineHit::Kind::Nothing:
        if (m_model.eventCount() > 0 && m_geometry->plotRect().left() <= event->position().x())
            Q_EMIT playheadRequested(hit.seq);
        break;
    }
}

void TimelineView::leaveEvent(QEvent *event)
{
    m_hoveredRow = -1;
    viewport()->update();
    QAbstractScrollArea::leaveEvent(event);
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = timelineToolTip(*m_geometry, m_geometry->hitTest(help->pos()));
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && !m_dark)
        viewport()->update();
    QAbstractScrollArea::changeEvent(event);
}

} // namespace awaitscope
