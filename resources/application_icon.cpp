#include "application_icon.h"

namespace awaitscope {

QIcon applicationIcon()
{
    return QIcon(QString::fromLatin1(kApplicationIconPath));
}

} // namespace awaitscope
