#include "timeline_legend_widget.h"

#include "timeline_painter.h"

#include <QPainter>

#include <cmath>

namespace awaitscope {

TimelineLegendWidget::TimelineLegendWidget(QWidget *parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void TimelineLegendWidget::setDark(bool dark)
{
    m_dark = dark;
    update();
}

int TimelineLegendWidget::heightForWidth(int width) const
{
    return static_cast<int>(std::ceil(legendHeight(width)));
}

QSize TimelineLegendWidget::sizeHint() const
{
    return {600, heightForWidth(600)};
}

void TimelineLegendWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const bool dark = m_dark ? *m_dark : palette().color(QPalette::Window).lightness() < 128;
    paintLegend(p, QRectF(rect()), dark);
}

} // namespace awaitscope
