#include "scenario_session.h"

namespace awaitscope {

ScenarioSession::ScenarioSession(QObject *parent)
    : QObject(parent)
    , m_trace(std::make_shared<aw::trace::Trace>())
{
}

ScenarioSession::~ScenarioSession() = default;

void ScenarioSession::run(const QString &source, const QString &fileName)
{
    m_run.reset();
    m_trace = std::make_shared<aw::trace::Trace>();
    m_result = {};
    m_fileName = fileName;
    m_finished = false;
    m_needed = 0;
    m_allowed = m_batch;
    aw::interp::LiveRun::Options options;
    options.eventBudget = m_budget;
    options.limits = m_limits;
    m_run = std::make_unique<aw::interp::LiveRun>(source.toStdString(), fileName.toStdString(), options);
    connect(m_run.get(), &aw::interp::LiveRun::parked, this, &ScenarioSession::onParked);
    Q_EMIT started();
    m_run->start(m_allowed);
}

void ScenarioSession::show(std::shared_ptr<aw::trace::Trace> recorded)
{
    m_run.reset();
    m_trace = std::move(recorded);
    m_result = {};
    m_fileName.clear();
    m_finished = true;
    Q_EMIT started();
    Q_EMIT traceGrew(m_trace->size());
    Q_EMIT finished();
}

void ScenarioSession::need(uint64_t events)
{
    m_needed = std::max(m_needed, events);
    // Wake the engine once the views come within half a batch of what it may record.
    if (!m_run || m_finished || m_needed + m_batch / 2 < m_allowed)
        return;
    m_allowed = std::max(m_allowed, m_needed) + m_batch;
    m_run->allow(m_allowed);
}

void ScenarioSession::onParked(quint64, bool done)
{
    if (!m_run || !m_run->catchUp(*m_trace))
        return;
    if (done) {
        m_finished = true;
        m_result = m_run->result();
    }
    Q_EMIT traceGrew(m_trace->size());
    if (done)
        Q_EMIT finished();
    else
        need(m_needed);
}

} // namespace awaitscope
