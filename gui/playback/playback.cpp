#include "playback.h"

#include <QTimer>

#include <algorithm>
#include <cmath>

namespace awaitscope {

namespace {
constexpr int kFrameMs = 16;
} // namespace

Playback::Playback(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kFrameMs);
    connect(m_timer, &QTimer::timeout, this, &Playback::onFrame);
}

void Playback::setTrace(std::shared_ptr<const aw::trace::Trace> trace, bool complete)
{
    m_trace = std::move(trace);
    m_complete = complete;
    m_stepCredit = 0;
    m_playhead = 0;
    m_time = 0;
    Q_EMIT playheadChanged(m_playhead);
}

void Playback::traceGrew(bool complete)
{
    m_complete = complete;
    if (m_playing && !m_complete && m_playhead >= available())
        Q_EMIT needEvents(m_playhead + 1);
}

bool Playback::atEnd() const
{
    return m_complete && m_playhead >= available();
}

void Playback::moveTo(uint64_t playhead, bool syncTime)
{
    playhead = std::min(playhead, available());
    if (syncTime)
        m_time = playhead > 0 ? m_trace->timeOf(playhead - 1) : 0.0;
    if (!m_complete)
        Q_EMIT needEvents(playhead + 1);
    if (playhead == m_playhead)
        return;
    m_playhead = playhead;
    Q_EMIT playheadChanged(m_playhead);
}

void Playback::advance(double wallSeconds)
{
    if (!m_trace)
        return;
    if (m_stepMode) {
        m_stepCredit += wallSeconds * m_speed * kStepsPerSecond;
        const double whole = std::floor(m_stepCredit);
        m_stepCredit -= whole;
        moveTo(m_playhead + static_cast<uint64_t>(whole));
    } else if (available() > 0) {
        // Every event up to the new time is shown; the time itself cannot pass the last
        // recorded instant while the run may still add events before it.
        const std::vector<double> &instants = m_trace->instants();
        double target = m_time + wallSeconds * m_speed;
        if (!m_complete)
            target = std::min(target, instants.back());
        const auto after = std::upper_bound(instants.begin(), instants.end(), target);
        const uint64_t shown = after == instants.end()
            ? available()
            : m_trace->firstEventAt(static_cast<size_t>(after - instants.begin()));
        m_time = std::max(m_time, target);
        moveTo(std::max(shown, m_playhead), false);
    }
    if (atEnd())
        pause();
}

void Playback::onFrame()
{
    const double elapsed = static_cast<double>(m_wallClock.restart()) / 1000.0;
    advance(std::min(elapsed, 0.25));
}

void Playback::play()
{
    if (m_playing)
        return;
    if (atEnd())
        toStart();
    m_playing = true;
    if (m_useTimer) {
        m_wallClock.start();
        m_timer->start();
    }
    Q_EMIT playingChanged(true);
}

void Playback::pause()
{
    if (!m_playing)
        return;
    m_playing = false;
    m_timer->stop();
    Q_EMIT playingChanged(false);
}

void Playback::togglePlaying()
{
    if (m_playing)
        pause();
    else
        play();
}

void Playback::stepForward()
{
    moveTo(m_playhead + 1);
}

void Playback::stepBackward()
{
    if (m_playhead > 0)
        moveTo(m_playhead - 1);
}

void Playback::nextInstant()
{
    if (m_playhead >= available()) {
        moveTo(m_playhead);
        return;
    }
    const size_t instant = m_trace->instantOf(m_playhead);
    moveTo(instant + 1 < m_trace->instants().size() ? m_trace->firstEventAt(instant + 1) : available());
}

void Playback::previousInstant()
{
    if (m_playhead == 0)
        return;
    moveTo(m_trace->firstEventAt(m_trace->instantOf(m_playhead - 1)));
}

void Playback::toStart()
{
    moveTo(0);
}

void Playback::toEnd()
{
    moveTo(available());
}

void Playback::seek(quint64 playhead)
{
    moveTo(playhead);
}

void Playback::setSpeed(double speed)
{
    speed = std::clamp(speed, kMinSpeed, kMaxSpeed);
    if (speed == m_speed)
        return;
    m_speed = speed;
    Q_EMIT speedChanged(m_speed);
}

void Playback::faster()
{
    setSpeed(m_speed * 2);
}

void Playback::slower()
{
    setSpeed(m_speed / 2);
}

void Playback::setStepMode(bool on)
{
    m_stepMode = on;
    m_stepCredit = 0;
}

} // namespace awaitscope
