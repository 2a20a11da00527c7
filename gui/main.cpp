// awaitscope: runs asyncio scenarios on a virtual clock and shows them on a timeline.
//
//   awaitscope [FILE.py]        the window, on FILE (headless where there is no display)
//   awaitscope run FILE.py      prints what python3 FILE.py prints, instantly
//   awaitscope run FILE.py --trace OUT.json    also writes a Chrome trace (Perfetto);
//                                              OUT.jsonl writes awaitscope's own trace
//   awaitscope check FILE.py    syntax and unsupported constructs, as CPython reports them
//   awaitscope render FILE.py -o OUT.png|OUT.svg|OUT.pdf [options]
//                               the scenario's timeline as an image, without a window
//   awaitscope --help           every option

#include "command_line.h"
#include "window/application.h"

#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

bool isCommand(const char *arg)
{
    for (const char *command : {"run", "check", "render", "--help", "-h", "--version"}) {
        if (std::strcmp(arg, command) == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 1 || !isCommand(argv[1])) {
        if (!awaitscope::noDisplayAvailable())
            return awaitscope::runApplication(argc, argv);
        std::fputs("awaitscope: no display, so running headless (awaitscope --help lists the commands)\n", stderr);
    }
    // Drawing text needs a QGuiApplication; headless, it draws offscreen.
    const bool render = argc > 1 && std::strcmp(argv[1], "render") == 0;
    if (render && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> holder;
    if (render)
        holder = std::make_unique<QGuiApplication>(argc, argv);
    else
        holder = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName("awaitscope");
    QCoreApplication::setApplicationVersion(AWAITSCOPE_VERSION);
    QStringList arguments = QCoreApplication::arguments();
    if (argc == 1 || !isCommand(argv[1]))
        arguments.insert(1, QStringLiteral("run"));
    if (arguments.size() == 2)
        arguments.append(QStringLiteral(":/scenarios/default.py"));
    return awaitscope::runCommandLine(arguments);
}
