#pragma once
// The playhead and how it moves. The playhead is a count of events: the views show the
// run after events [0, playhead). Playing advances it in virtual time (1x: one virtual
// second per second; the events of one instant land together) or, in step mode, a few
// events per second so the order within an instant can be followed. Going backward only
// moves the playhead over the recorded trace; nothing is recomputed.
//
// Wall time enters only through advance(), which the window's frame timer calls with the
// seconds elapsed; tests call it with whatever they like.

#include "trace/trace.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

class QTimer;

namespace awaitscope {

class Playback : public QObject {
    Q_OBJECT
public:
    explicit Playback(QObject *parent = nullptr);

    // A new trace (a new run); the playhead goes to its start. `complete`: no more events
    // will be added.
    void setTrace(std::shared_ptr<const aw::trace::Trace> trace, bool complete);
    // The trace got more events, or is now complete.
    void traceGrew(bool complete);

    uint64_t playhead() const noexcept { return m_playhead; }
    // The virtual time the playhead stands at (moves smoothly while playing).
    double time() const noexcept { return m_time; }
    bool playing() const noexcept { return m_playing; }
    double speed() const noexcept { return m_speed; }
    bool stepMode() const noexcept { return m_stepMode; }
    bool atEnd() const;

    // Moves the playhead by `wallSeconds` of playing at the current speed.
    void advance(double wallSeconds);
    // Drives advance() from a wall-clock timer while playing (off in tests).
    void setFrameTimerEnabled(bool enabled) { m_useTimer = enabled; }

    static constexpr double kMinSpeed = 0.25;
    static constexpr double kMaxSpeed = 16.0;
    // Events per second in step mode at 1x.
    static constexpr double kStepsPerSecond = 4.0;

public Q_SLOTS:
    void play();
    void pause();
    void togglePlaying();
    void stepForward();
    void stepBackward();
    void nextInstant();
    void previousInstant();
    void toStart();
    void toEnd();
    void seek(quint64 playhead);
    void setSpeed(double speed);
    void faster();
    void slower();
    void setStepMode(bool on);

Q_SIGNALS:
    void playheadChanged(quint64 playhead);
    void playingChanged(bool playing);
    void speedChanged(double speed);
    // The playhead wants events the trace does not have yet (a live run).
    void needEvents(quint64 events);

private:
    void moveTo(uint64_t playhead, bool syncTime = true);
    void onFrame();
    uint64_t available() const { return m_trace ? m_trace->size() : 0; }

    std::shared_ptr<const aw::trace::Trace> m_trace;
    QTimer *m_timer;
    uint64_t m_playhead = 0;
    double m_time = 0.0;
    double m_stepCredit = 0.0; // fractional events owed in step mode
    double m_speed = 1.0;
    QElapsedTimer m_wallClock; // between frames only: the engine never sees it
    bool m_complete = false;
    bool m_playing = false;
    bool m_stepMode = false;
    bool m_useTimer = true;
};

} // namespace awaitscope
