#pragma once
// The desktop application: `awaitscope [FILE.py]` opens the window (on FILE, or on what
// the last session had open, or on the default scenario at first start).

class QLocale;

namespace awaitscope {

int runApplication(int &argc, char **argv);

// Loads the interface's translation for `locale` (and Qt's own), replacing any loaded
// before; English needs none. True if a translation of the interface was found.
bool installTranslators(const QLocale &locale);

// True where no window can be shown: no X or Wayland display and no platform forced, or
// an offscreen platform asked for.
bool noDisplayAvailable();

} // namespace awaitscope
