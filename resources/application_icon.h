#pragma once
// The application icon, embedded as the resource :/icons/awaitscope.svg.

#include <QIcon>

namespace awaitscope {

inline constexpr auto kApplicationIconPath = ":/icons/awaitscope.svg";

// Scales to any size (SVG icon engine); for QApplication::setWindowIcon and the about box.
QIcon applicationIcon();

} // namespace awaitscope
