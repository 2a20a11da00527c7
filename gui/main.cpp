// awaitscope: runs asyncio scenarios on a virtual clock.
//
//   awaitscope run FILE.py      prints what python3 FILE.py prints, instantly
//   awaitscope run FILE.py --trace OUT.json    also writes a Chrome trace (Perfetto);
//                                              OUT.jsonl writes awaitscope's own trace
//   awaitscope check FILE.py    syntax and unsupported constructs, as CPython reports them
//   awaitscope render FILE.py -o OUT.png|OUT.svg|OUT.pdf [options]
//                               the scenario's timeline as an image, without a window
//   awaitscope --help           every option

#include "command_line.h"

#include <QGuiApplication>

#include <cstring>
#include <memory>

int main(int argc, char **argv)
{
    // Drawing text needs a QGuiApplication; headless, it draws offscreen.
    const bool render = argc > 1 && std::strcmp(argv[1], "render") == 0;
    if (render && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> holder;
    if (render)
        holder = std::make_unique<QGuiApplication>(argc, argv);
    else
        holder = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *holder;
    (void)app;
    QCoreApplication::setApplicationName("awaitscope");
    QCoreApplication::setApplicationVersion(AWAITSCOPE_VERSION);
    return awaitscope::runCommandLine(QCoreApplication::arguments());
}
