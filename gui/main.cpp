// awaitscope: runs asyncio scenarios on a virtual clock.
//
//   awaitscope run FILE.py      prints what python3 FILE.py prints, instantly
//   awaitscope check FILE.py    syntax and unsupported constructs, as CPython reports them

#include "command_line.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName("awaitscope");
    QCoreApplication::setApplicationVersion(AWAITSCOPE_VERSION);
    return awaitscope::runCommandLine(QCoreApplication::arguments());
}
