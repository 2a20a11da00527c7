#include "atomic_write.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace awaitscope {

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    auto fail = [&](const QString &reason) {
        if (error)
            *error = QCoreApplication::translate("Export", "cannot write '%1': %2").arg(path, reason);
        return false;
    };
    // QSaveFile would report a directory only as a failed rename, after writing a temporary.
    if (QFileInfo(path).isDir())
        return fail(QCoreApplication::translate("Export", "it is a directory"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(reason);
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace awaitscope
