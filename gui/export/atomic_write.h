#pragma once
// Every export is written beside its target and renamed into place (QSaveFile), so a failed
// write (no permission, disk full, a bad path) leaves any existing file untouched.

#include <QByteArray>
#include <QString>

namespace awaitscope {

// False, with `error` saying why ("cannot write 'out.png': Permission denied"), on failure.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

} // namespace awaitscope
