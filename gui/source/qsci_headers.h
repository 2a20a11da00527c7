#pragma once
// QScintilla's headers write `signals:` and `public slots:`, which the project-wide
// QT_NO_KEYWORDS removes; include them through this file so they compile either way.

#include <QObject>

#ifdef QT_NO_KEYWORDS
#define signals Q_SIGNALS
#define slots Q_SLOTS
#endif

#include <Qsci/qscilexerpython.h>
#include <Qsci/qsciscintilla.h>
#include <Qsci/qscistyle.h>

#ifdef QT_NO_KEYWORDS
#undef signals
#undef slots
#endif
