#include "timeline_geometry.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace awaitscope {

QString formatSeconds(double t, double step)
{
    QString number;
    if (step > 0) {
        const int decimals = std::clamp(static_cast<int>(-std::floor(std::log10(step) + 1e-9)), 0, 9);
        number = QString::number(std::abs(t) < step * 1e-6 ? 0.0 : t, 'f', decimals);
    } else {
        number = QString::number(t, 'g', 6);
    }
    return QCoreApplication::translate("Timeline", "%1 s").arg(number);
}

TimelineGeometry::TimelineGeometry(const TimelineModel &model, Metrics metrics)
    : m_model(&model)
    , m_metrics(metrics)
{
    rebuildRows();
    setArea(QRectF());
    const auto [from, to] = fullRange();
    setRange(from, to);
}

void TimelineGeometry::setStepMode(bool on)
{
    if (on == m_stepMode)
        return;
    // Keep the same stretch of the run in view across the switch.
    const auto [t0, t1] = timeRange();
    m_stepMode = on;
    if (on) {
        const double from = domainOfTime(t0);
        const double to = std::max(from + 1, domainOfSeq(m_model->firstEventAtOrAfter(std::nextafter(t1, INFINITY))));
        setRange(from, to);
    } else {
        setRange(t0, t1 > t0 ? t1 : fullRange().second);
    }
}

void TimelineGeometry::setTaskFilter(const QString &substring)
{
    m_filter = substring;
    rebuildRows();
}

void TimelineGeometry::setShowResources(bool on)
{
    m_showResources = on;
    rebuildRows();
}

void TimelineGeometry::setCollapsed(uint32_t taskId, bool collapsed)
{
    const int64_t lane = m_model->laneOf(taskId);
    if (lane < 0)
        return;
    if (static_cast<size_t>(lane) >= m_collapsed.size())
        m_collapsed.resize(static_cast<size_t>(lane) + 1, 0);
    m_collapsed[static_cast<size_t>(lane)] = collapsed;
    rebuildRows();
}

bool TimelineGeometry::isCollapsed(uint32_t taskId) const
{
    const int64_t lane = m_model->laneOf(taskId);
    return lane >= 0 && static_cast<size_t>(lane) < m_collapsed.size() && m_collapsed[static_cast<size_t>(lane)];
}

void TimelineGeometry::rebuildRows()
{
    const auto &lanes = m_model->lanes();
    // With a filter, a task is shown when it or a descendant matches, so the tree stays whole.
    std::vector<uint8_t> matching(lanes.size(), m_filter.isEmpty() ? 1 : 0);
    if (!m_filter.isEmpty()) {
        for (size_t i = 0; i < lanes.size(); ++i) {
            if (!lanes[i].name.contains(m_filter, Qt::CaseInsensitive)
                && !lanes[i].coroutine.contains(m_filter, Qt::CaseInsensitive))
                continue;
            for (int64_t l = static_cast<int64_t>(i); l >= 0 && !matching[static_cast<size_t>(l)];
                 l = lanes[static_cast<size_t>(l)].parent)
                matching[static_cast<size_t>(l)] = 1;
        }
    }
    m_rows.clear();
    m_rowOfLane.assign(lanes.size(), -1);
    double top = 0;
    int hiddenBelowDepth = -1; // inside a collapsed subtree: rows deeper than this are hidden
    for (size_t index : m_model->order()) {
        const TaskLane &lane = lanes[index];
        if (hiddenBelowDepth >= 0 && lane.depth > hiddenBelowDepth)
            continue;
        hiddenBelowDepth = -1;
        if (!matching[index])
            continue;
        TimelineRow row;
        row.kind = TimelineRow::Kind::Task;
        row.lane = static_cast<uint32_t>(index);
        row.depth = static_cast<uint16_t>(std::min(lane.depth, 0xFFFF));
        row.hasChildren = !lane.children.empty();
        row.collapsed = index < m_collapsed.size() && m_collapsed[index];
        row.top = top;
        row.height = m_metrics.laneHeight;
        top += row.height;
        m_rowOfLane[index] = static_cast<int>(m_rows.size());
        m_rows.push_back(row);
        if (row.collapsed)
            hiddenBelowDepth = lane.depth;
    }
    const auto &resources = m_model->resources();
    if (!m_showResources || resources.empty())
        return;
    m_rows.push_back({TimelineRow::Kind::ResourceHeader, 0, 0, false, false, top, m_metrics.headerHeight});
    top += m_metrics.headerHeight;
    // The loop-blocked lane first: when it has anything, it explains every other lane's gaps.
    std::vector<uint32_t> resourceOrder;
    for (size_t i = 0; i < resources.size(); ++i) {
        if (resources[i].kind == ResourceLaneKind::LoopBlocked)
            resourceOrder.insert(resourceOrder.begin(), static_cast<uint32_t>(i));
        else
            resourceOrder.push_back(static_cast<uint32_t>(i));
    }
    for (uint32_t i : resourceOrder) {
        m_rows.push_back({TimelineRow::Kind::Resource, i, 0, false, false, top, m_metrics.resourceLaneHeight});
        top += m_metrics.resourceLaneHeight;
    }
}

double TimelineGeometry::contentHeight() const noexcept
{
    return m_rows.empty() ? 0.0 : m_rows.back().top + m_rows.back().height;
}

int TimelineGeometry::rowOfTask(uint32_t taskId) const
{
    const int64_t lane = m_model->laneOf(taskId);
    return lane < 0 ? -1 : rowOfLane(static_cast<size_t>(lane));
}

int TimelineGeometry::rowOfLane(size_t lane) const noexcept
{
    return lane < m_rowOfLane.size() ? m_rowOfLane[lane] : -1;
}

void TimelineGeometry::setArea(const QRectF &area)
{
    m_area = area;
    m_plot = QRectF(area.left() + m_metrics.labelWidth, area.top() + m_metrics.axisHeight,
                    std::max(1.0, area.width() - m_metrics.labelWidth - 12),
                    std::max(0.0, area.height() - m_metrics.axisHeight));
}

QRectF TimelineGeometry::labelRect() const noexcept
{
    return QRectF(m_area.left(), m_area.top() + m_metrics.axisHeight, m_metrics.labelWidth,
                  std::max(0.0, m_area.height() - m_metrics.axisHeight));
}

QRectF TimelineGeometry::axisRect() const noexcept
{
    return QRectF(m_area.left(), m_area.top(), m_area.width(), m_metrics.axisHeight);
}

std::pair<double, double> TimelineGeometry::fullRange() const
{
    if (m_stepMode)
        return {0.0, static_cast<double>(std::max<uint64_t>(m_model->eventCount(), 1))};
    // A run that all happens at t = 0 still gets a readable axis.
    const double end = m_model->endTime() > 0 ? m_model->endTime() : 1.0;
    return {0.0, endsInDeadlock() ? end * (1 + kDeadlockTail) : end};
}

bool TimelineGeometry::endsInDeadlock() const noexcept
{
    return !m_stepMode && m_model->deadlockTime() >= 0;
}

void TimelineGeometry::setRange(double from, double to)
{
    m_from = from;
    m_to = to > from ? to : from + (m_stepMode ? 1.0 : 1e-9);
}

void TimelineGeometry::zoom(double factor, double anchorX)
{
    const auto [fullFrom, fullTo] = fullRange();
    const double minWidth = m_stepMode ? 4.0 : 1e-6;
    const double anchor = domainAt(anchorX);
    const double width = std::clamp((m_to - m_from) / factor, minWidth, fullTo - fullFrom);
    const double share = (anchor - m_from) / (m_to - m_from);
    double from = anchor - share * width;
    from = std::clamp(from, fullFrom, fullTo - width);
    setRange(from, from + width);
}

void TimelineGeometry::panPixels(double dx)
{
    const auto [fullFrom, fullTo] = fullRange();
    const double width = m_to - m_from;
    const double from = std::clamp(m_from + dx * width / plotRect().width(), fullFrom, std::max(fullFrom, fullTo - width));
    setRange(from, from + width);
}

std::pair<double, double> TimelineGeometry::timeRange() const
{
    if (!m_stepMode)
        return {m_from, m_to};
    const uint64_t last = m_model->eventCount() ? m_model->eventCount() - 1 : 0;
    const auto seqOf = [&](double d) { return static_cast<uint64_t>(std::clamp(std::floor(d), 0.0, double(last))); };
    return {m_model->timeOfEvent(seqOf(m_from)), m_model->timeOfEvent(seqOf(std::ceil(m_to) - 1))};
}

double TimelineGeometry::xOf(double domain) const noexcept
{
    return m_plot.left() + (domain - m_from) / (m_to - m_from) * m_plot.width();
}

double TimelineGeometry::domainAt(double x) const noexcept
{
    return m_from + (x - m_plot.left()) / m_plot.width() * (m_to - m_from);
}

double TimelineGeometry::domainOfTime(double t) const
{
    return m_stepMode ? static_cast<double>(m_model->firstEventAtOrAfter(t)) : t;
}

double TimelineGeometry::domainOfSeq(uint64_t seq) const
{
    return m_stepMode ? static_cast<double>(seq) : m_model->timeOfEvent(seq);
}

double TimelineGeometry::timeAt(double x) const
{
    return m_stepMode ? m_model->timeOfEvent(seqAt(x)) : domainAt(x);
}

uint64_t TimelineGeometry::seqAt(double x) const
{
    const uint64_t count = m_model->eventCount();
    if (count == 0)
        return 0;
    const double d = domainAt(x);
    if (m_stepMode)
        return static_cast<uint64_t>(std::clamp(std::floor(d), 0.0, double(count - 1)));
    const auto &times = m_model->instants();
    const auto next = std::upper_bound(times.begin(), times.end(), d) - times.begin();
    if (static_cast<size_t>(next) == times.size())
        return count - 1;
    const uint32_t start = m_model->instantStarts()[static_cast<size_t>(next)];
    return start > 0 ? start - 1 : 0;
}

double TimelineGeometry::playheadX() const
{
    return m_stepMode ? xOf(double(m_playhead) + 1) : xOf(m_model->timeOfEvent(m_playhead));
}

double TimelineGeometry::clipDomain() const
{
    // At the end of the trace nothing is hidden, not even what lasts past its last instant.
    if (m_playhead == kNoPlayhead || m_playhead >= m_model->eventCount())
        return INFINITY;
    return m_stepMode ? double(m_playhead) + 1 : m_model->timeOfEvent(m_playhead);
}

double TimelineGeometry::rowTop(int row) const
{
    return plotRect().top() - m_scrollY + m_rows[static_cast<size_t>(row)].top;
}

int TimelineGeometry::rowAt(double y) const
{
    if (y < plotRect().top() || y >= plotRect().bottom())
        return -1;
    const double content = y - plotRect().top() + m_scrollY;
    const auto it = std::upper_bound(m_rows.begin(), m_rows.end(), content,
                                     [](double v, const TimelineRow &r) { return v < r.top; });
    if (it == m_rows.begin())
        return -1;
    const auto row = static_cast<int>(it - m_rows.begin() - 1);
    const TimelineRow &r = m_rows[static_cast<size_t>(row)];
    return content < r.top + r.height ? row : -1;
}

std::pair<int, int> TimelineGeometry::visibleRows() const
{
    const QRectF plot = plotRect();
    const double top = m_scrollY;
    const double bottom = m_scrollY + plot.height();
    const auto first = std::partition_point(m_rows.begin(), m_rows.end(),
                                            [&](const TimelineRow &r) { return r.top + r.height <= top; });
    const auto last = std::partition_point(first, m_rows.end(), [&](const TimelineRow &r) { return r.top < bottom; });
    return {static_cast<int>(first - m_rows.begin()), static_cast<int>(last - m_rows.begin())};
}

QRectF TimelineGeometry::expanderRect(int row) const
{
    const TimelineRow &r = m_rows[static_cast<size_t>(row)];
    const double size = m_metrics.expanderWidth;
    return QRectF(m_area.left() + 4 + r.depth * m_metrics.indent, rowTop(row) + (r.height - size) / 2, size, size);
}

TimelineHit TimelineGeometry::hitTest(QPointF pos) const
{
    TimelineHit hit;
    const QRectF plot = plotRect();
    hit.seq = seqAt(std::clamp(pos.x(), plot.left(), plot.right()));
    if (axisRect().contains(pos)) {
        hit.kind = TimelineHit::Kind::Axis;
        return hit;
    }
    hit.row = rowAt(pos.y());
    if (hit.row < 0)
        return hit;
    const TimelineRow &row = m_rows[static_cast<size_t>(hit.row)];
    if (pos.x() < plot.left()) {
        const bool expander = row.hasChildren && expanderRect(hit.row).adjusted(-3, -3, 3, 3).contains(pos);
        hit.kind = expander ? TimelineHit::Kind::Expander : TimelineHit::Kind::Label;
        return hit;
    }
    hit.item = row.kind == TimelineRow::Kind::ResourceHeader ? -1 : itemAt(hit.row, pos.x());
    if (row.kind == TimelineRow::Kind::Resource && hit.item >= 0)
        hit.kind = TimelineHit::Kind::Resource;
    else
        hit.kind = hit.item >= 0 && row.kind == TimelineRow::Kind::Task ? TimelineHit::Kind::Span
                                                                        : TimelineHit::Kind::EmptyLane;
    return hit;
}

} // namespace awaitscope
