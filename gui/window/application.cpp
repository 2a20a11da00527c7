#include "application.h"

#include "main_window.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace awaitscope {

bool noDisplayAvailable()
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (platform == "offscreen" || platform == "minimal")
        return true;
    return qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") && platform.isEmpty();
}

bool installTranslators(const QLocale &locale)
{
    static QTranslator qtTranslator;
    static QTranslator translator;
    QCoreApplication::removeTranslator(&qtTranslator);
    QCoreApplication::removeTranslator(&translator);
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    if (!translator.load(locale, QStringLiteral("awaitscope"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return false;
    QCoreApplication::installTranslator(&translator);
    return true;
}

int runApplication(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Awaitscope"));
    QApplication::setApplicationName(QStringLiteral("awaitscope"));
    QApplication::setApplicationDisplayName(QStringLiteral("Awaitscope"));
    QApplication::setApplicationVersion(QStringLiteral(AWAITSCOPE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("awaitscope"));

    // The interface follows the locale; Qt's own dialogs too, where Qt has a translation.
    installTranslators(QLocale());

    MainWindow window;
    window.show();
    const QStringList args = QApplication::arguments();
    if (args.size() > 1)
        window.openFile(args.at(1));
    else
        window.openStartupScenario();
    return QApplication::exec();
}

} // namespace awaitscope
