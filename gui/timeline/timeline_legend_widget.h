#pragma once
// The timeline's legend as a widget for the window: the same drawing as in exports, so
// the colours on screen and on paper are explained the same way.

#include <QWidget>

#include <optional>

namespace awaitscope {

class TimelineLegendWidget : public QWidget {
    Q_OBJECT
public:
    explicit TimelineLegendWidget(QWidget *parent = nullptr);
    // Light or dark; until called, follows the widget's palette.
    void setDark(bool dark);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::optional<bool> m_dark;
};

} // namespace awaitscope
