// The window's actions, menus, playback bar, settings and theme.

#include "document.h"
#include "main_window.h"
#include "stored_settings.h"

#include "export/timeline_export.h"
#include "export/trace_export.h"
#include "gallery/gallery_dialog.h"
#include "gallery/scenario_catalog.h"
#include "playback/playback.h"
#include "session/scenario_session.h"
#include "source/source_view.h"
#include "timeline/timeline_legend_widget.h"
#include "timeline/timeline_view.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QSlider>
#include <QStatusBar>
#include <QStyle>
#include <QStyleFactory>
#include <QToolBar>

namespace awaitscope {

namespace {

constexpr int kMaxRecent = 10;
// What Run > Event Budget offers.
constexpr qulonglong kMinEventBudget = 1000;
constexpr qulonglong kMaxEventBudget = INT_MAX;
const double kSpeeds[] = {0.25, 0.5, 1, 2, 4, 8, 16};

QAction *makeAction(QObject *parent, const QString &text, const QKeySequence &key, const QString &name)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(name);
    if (!key.isEmpty())
        action->setShortcut(key);
    return action;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x20, 0x24), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace

void MainWindow::createActions()
{
    // Editing keys stay with the editor: playback uses function keys and Ctrl/Alt
    // combinations window-wide, and plain keys (Space, comma, period) on the timeline.
    m_playAction = makeAction(this, tr("Play"), Qt::Key_F8, QStringLiteral("play"));
    connect(m_playAction, &QAction::triggered, m_playback, &Playback::togglePlaying);
    auto *space = new QShortcut(Qt::Key_Space, m_timeline, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(space, &QShortcut::activated, m_playback, &Playback::togglePlaying);

    struct Step {
        QString text;
        QKeySequence key;
        QKeySequence timelineKey;
        QString name;
        void (Playback::*slot)();
        QStyle::StandardPixmap icon;
    };
    const Step steps[] = {
        {tr("To Start"), QKeySequence(Qt::ALT | Qt::Key_Home), Qt::Key_Home, QStringLiteral("toStart"),
         &Playback::toStart, QStyle::SP_MediaSkipBackward},
        {tr("Previous Instant"), QKeySequence(Qt::SHIFT | Qt::Key_F11), QKeySequence(Qt::SHIFT | Qt::Key_Comma),
         QStringLiteral("previousInstant"), &Playback::previousInstant, QStyle::SP_MediaSeekBackward},
        {tr("Step Backward"), QKeySequence(Qt::SHIFT | Qt::Key_F10), Qt::Key_Comma, QStringLiteral("stepBackward"),
         &Playback::stepBackward, QStyle::SP_ArrowBack},
        {tr("Step Forward"), Qt::Key_F10, Qt::Key_Period, QStringLiteral("stepForward"), &Playback::stepForward,
         QStyle::SP_ArrowForward},
        {tr("Next Instant"), Qt::Key_F11, QKeySequence(Qt::SHIFT | Qt::Key_Period), QStringLiteral("nextInstant"),
         &Playback::nextInstant, QStyle::SP_MediaSeekForward},
        {tr("To End"), QKeySequence(Qt::ALT | Qt::Key_End), Qt::Key_End, QStringLiteral("toEnd"), &Playback::toEnd,
         QStyle::SP_MediaSkipForward},
    };
    for (const Step &s : steps) {
        QAction *a = makeAction(this, s.text, s.key, s.name);
        a->setIcon(style()->standardIcon(s.icon));
        a->setToolTip(QStringLiteral("%1 (%2)").arg(s.text, s.key.toString(QKeySequence::NativeText)));
        connect(a, &QAction::triggered, m_playback, s.slot);
        auto *onTimeline = new QShortcut(s.timelineKey, m_timeline, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(onTimeline, &QShortcut::activated, m_playback, s.slot);
        addAction(a);
    }
    m_stepModeAction = makeAction(this, tr("Step Mode"), QKeySequence(Qt::CTRL | Qt::Key_T), QStringLiteral("stepMode"));
    m_stepModeAction->setCheckable(true);
    m_stepModeAction->setToolTip(tr("Spread the events of one instant apart, so their order is visible"));
    connect(m_stepModeAction, &QAction::toggled, this, [this](bool on) {
        m_playback->setStepMode(on);
        m_timeline->setStepMode(on);
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    QAction *gallery = file->addAction(tr("Open from &Gallery…"), this, &MainWindow::openGallery);
    gallery->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    file->addAction(tr("&Save"), this, &MainWindow::save)->setShortcut(QKeySequence::Save);
    file->addAction(tr("Save &As…"), this, &MainWindow::saveAs)->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    file->addAction(tr("&Export Timeline…"), this, &MainWindow::exportTimeline)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addAction(tr("&Copy Timeline Image"), this, &MainWindow::copyImage)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    file->addSeparator();
    file->addAction(tr("&Quit"), this, &QWidget::close)->setShortcut(QKeySequence::Quit);

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    QAction *runAction = run->addAction(tr("&Run Scenario"), this, &MainWindow::runScenario);
    runAction->setShortcut(Qt::Key_F5);
    runAction->setObjectName(QStringLiteral("run"));
    run->addAction(tr("Event &Budget…"), this, [this] {
        bool ok = false;
        const int budget = QInputDialog::getInt(
            this, tr("Event Budget"),
            tr("A run stops after this many events (a scenario that never ends plays until then):"),
            static_cast<int>(std::min<uint64_t>(m_session->eventBudget(), kMaxEventBudget)),
            static_cast<int>(kMinEventBudget), static_cast<int>(kMaxEventBudget), 100000, &ok);
        if (!ok)
            return;
        m_session->setEventBudget(static_cast<uint64_t>(budget));
        QSettings().setValue(QStringLiteral("run/eventBudget"), budget);
    });

    QMenu *playback = menuBar()->addMenu(tr("&Playback"));
    playback->addAction(m_playAction);
    for (const char *name : {"toStart", "previousInstant", "stepBackward", "stepForward", "nextInstant", "toEnd"})
        playback->addAction(findChild<QAction *>(QLatin1String(name)));
    playback->addSeparator();
    playback->addAction(tr("&Faster"), m_playback, &Playback::faster)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_BracketRight));
    playback->addAction(tr("&Slower"), m_playback, &Playback::slower)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_BracketLeft));
    playback->addAction(m_stepModeAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(tr("Zoom &In"), m_timeline, [this] { m_timeline->zoomBy(1.5); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Equal));
    m_viewMenu->addAction(tr("Zoom &Out"), m_timeline, [this] { m_timeline->zoomBy(1 / 1.5); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    m_viewMenu->addAction(tr("&Fit to Window"), m_timeline, &TimelineView::fitToWindow)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction *resources = m_viewMenu->addAction(tr("&Resource Lanes"));
    resources->setCheckable(true);
    resources->setChecked(true);
    connect(resources, &QAction::toggled, m_timeline, &TimelineView::setShowResources);
    m_viewMenu->addSeparator();
    QMenu *theme = m_viewMenu->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    const std::pair<QString, QString> themes[] = {
        {tr("Follow the &System"), QStringLiteral("system")},
        {tr("&Light"), QStringLiteral("light")},
        {tr("&Dark"), QStringLiteral("dark")},
    };
    for (const auto &[text, key] : themes) {
        QAction *a = theme->addAction(text);
        a->setCheckable(true);
        a->setData(key);
        m_themeGroup->addAction(a);
    }
    m_themeGroup->actions().first()->setChecked(true);
    connect(m_themeGroup, &QActionGroup::triggered, this, &MainWindow::applyTheme);
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Awaitscope"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createPlaybackBar()
{
    QToolBar *bar = addToolBar(tr("Playback"));
    bar->setObjectName(QStringLiteral("playbackBar"));
    bar->addAction(findChild<QAction *>(QStringLiteral("run")));
    findChild<QAction *>(QStringLiteral("run"))->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    bar->addSeparator();
    bar->addAction(findChild<QAction *>(QStringLiteral("toStart")));
    bar->addAction(findChild<QAction *>(QStringLiteral("previousInstant")));
    bar->addAction(findChild<QAction *>(QStringLiteral("stepBackward")));
    bar->addAction(m_playAction);
    bar->addAction(findChild<QAction *>(QStringLiteral("stepForward")));
    bar->addAction(findChild<QAction *>(QStringLiteral("nextInstant")));
    bar->addAction(findChild<QAction *>(QStringLiteral("toEnd")));
    bar->addSeparator();

    m_scrubber = new QSlider(Qt::Horizontal, bar);
    m_scrubber->setObjectName(QStringLiteral("scrubber"));
    m_scrubber->setMinimumWidth(240);
    m_scrubber->setToolTip(tr("Drag to move the playhead through the recorded events"));
    bar->addWidget(m_scrubber);
    connect(m_scrubber, &QSlider::sliderPressed, this, [this] {
        m_scrubbing = true;
        m_playback->pause();
    });
    connect(m_scrubber, &QSlider::sliderReleased, this, [this] { m_scrubbing = false; });
    connect(m_scrubber, &QSlider::valueChanged, this, [this](int value) {
        m_playback->seek(static_cast<quint64>(value));
    });

    m_speed = new QComboBox(bar);
    m_speed->setObjectName(QStringLiteral("speed"));
    m_speed->setToolTip(tr("Playback speed (virtual seconds per second)"));
    for (double s : kSpeeds)
        m_speed->addItem(tr("%1×").arg(s), s);
    m_speed->setCurrentIndex(2);
    bar->addWidget(m_speed);
    connect(m_speed, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_playback->setSpeed(m_speed->itemData(i).toDouble()); });
    connect(m_playback, &Playback::speedChanged, this, [this](double s) {
        const QSignalBlocker block(m_speed);
        m_speed->setCurrentIndex(std::max(0, m_speed->findData(s)));
    });
    bar->addAction(m_stepModeAction);
    m_clock = new QLabel(bar);
    m_clock->setObjectName(QStringLiteral("clock"));
    m_clock->setMinimumWidth(220);
    m_clock->setContentsMargins(8, 0, 8, 0);
    bar->addWidget(m_clock);
}

void MainWindow::restoreSettings()
{
    namespace stored = stored_settings;
    QSettings settings;
    const QString geometryKey = QStringLiteral("window/geometry");
    const QString stateKey = QStringLiteral("window/state");
    const std::optional<QByteArray> geometry = stored::bytes(settings, geometryKey);
    const std::optional<QByteArray> state = stored::bytes(settings, stateKey);
    // restoreState() refuses what is not a layout of this window; restoreGeometry() checks
    // only the header and reads zeros past a cut-off end, so a blob shorter than ours is
    // refused here.
    bool restored = geometry && state;
    if (geometry && (geometry->size() < saveGeometry().size() || !restoreGeometry(*geometry))) {
        stored::warnIgnored(geometryKey, "not a window geometry");
        restored = false;
    }
    if (state && !restoreState(*state)) {
        stored::warnIgnored(stateKey, "not a window layout");
        restored = false;
    }
    if (!restored) {
        // First start: room for the code beside the timeline.
        resize(1400, 900);
        const QList<QDockWidget *> docks = {findChild<QDockWidget *>(QStringLiteral("sourceDock")),
                                            findChild<QDockWidget *>(QStringLiteral("tasksDock"))};
        resizeDocks(docks, {420, 320}, Qt::Horizontal);
        resizeDocks({findChild<QDockWidget *>(QStringLiteral("outputDock"))}, {200}, Qt::Vertical);
    }
    if (const auto speed = stored::number(settings, QStringLiteral("playback/speed"), Playback::kMinSpeed, Playback::kMaxSpeed))
        m_playback->setSpeed(*speed);
    if (const auto stepMode = stored::flag(settings, QStringLiteral("playback/stepMode")))
        m_stepModeAction->setChecked(*stepMode);
    QStringList themes;
    for (const QAction *a : m_themeGroup->actions())
        themes.append(a->data().toString());
    if (const auto theme = stored::choice(settings, QStringLiteral("view/theme"), themes))
        m_themeGroup->actions().at(themes.indexOf(*theme))->setChecked(true);
    if (const auto budget = stored::count(settings, QStringLiteral("run/eventBudget"), kMinEventBudget, kMaxEventBudget))
        m_session->setEventBudget(*budget);
    // Cleaned once here, so that the menu and addRecent() read a good list.
    const QString recentKey = QStringLiteral("session/recent");
    if (settings.contains(recentKey))
        settings.setValue(recentKey, stored::paths(settings, recentKey, kMaxRecent));
    rebuildRecentMenu();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("playback/speed"), m_playback->speed());
    settings.setValue(QStringLiteral("playback/stepMode"), m_stepModeAction->isChecked());
    settings.setValue(QStringLiteral("view/theme"), m_themeGroup->checkedAction()->data());
    settings.setValue(QStringLiteral("run/eventBudget"), static_cast<qulonglong>(m_session->eventBudget()));
    if (m_document->hasPath())
        settings.setValue(QStringLiteral("session/lastFile"), m_document->path());
}

namespace {

// The palette the system gives the application, which applyTheme() may replace, and the
// one applyTheme() last set, shared by every window. Both start as the application's
// palette when the first window applies its theme.
struct Palettes {
    QPalette system;
    QPalette applied;
};

Palettes &palettes()
{
    static Palettes p{QApplication::palette(), QApplication::palette()};
    return p;
}

bool g_applyingPalette = false;

} // namespace

void MainWindow::followSystemPalette()
{
    // Each window sees every change, and applyTheme() makes changes of its own: only a
    // palette none of them set comes from the system.
    if (g_applyingPalette || QApplication::palette() == palettes().applied)
        return;
    palettes().system = QApplication::palette();
    palettes().applied = palettes().system;
    applyTheme();
}

void MainWindow::applyTheme()
{
    const QPalette systemPalette = palettes().system;
    const QString choice = m_themeGroup ? m_themeGroup->checkedAction()->data().toString() : QString();
    bool dark = false;
    if (choice == QLatin1String("dark")) {
        dark = true;
    } else if (choice == QLatin1String("light")) {
        dark = false;
    } else {
        dark = systemPalette.color(QPalette::Window).lightness() < 128;
    }
    const QPalette wanted = dark && systemPalette.color(QPalette::Window).lightness() >= 128 ? darkPalette()
                          : !dark && systemPalette.color(QPalette::Window).lightness() < 128
                          ? QApplication::style()->standardPalette()
                          : systemPalette;
    if (QApplication::palette() != wanted) {
        g_applyingPalette = true;
        QApplication::setPalette(wanted);
        g_applyingPalette = false;
        palettes().applied = QApplication::palette();
    }
    m_timeline->setDark(dark);
    m_legend->setDark(dark);
    m_source->setDark(dark);
}

bool MainWindow::save()
{
    if (!m_document->hasPath() || m_document->isBundled())
        return saveAs();
    QString error;
    if (!m_document->save(m_source->text(), &error)) {
        QMessageBox::warning(this, tr("Cannot save"), error);
        return false;
    }
    m_source->setModified(false);
    return true;
}

bool MainWindow::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Scenario"), m_document->displayName(),
                                                      tr("Python scenarios (*.py)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!m_document->saveAs(path, m_source->text(), &error)) {
        QMessageBox::warning(this, tr("Cannot save"), error);
        return false;
    }
    m_source->setModified(false);
    addRecent(m_document->path());
    updateTitle();
    return true;
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Scenario"), QString(),
                                                      tr("Python scenarios (*.py);;Awaitscope traces (*.jsonl);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openGallery()
{
    const ScenarioCatalog catalog;
    GalleryDialog dialog(catalog, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.chosenPath().isEmpty())
        openFile(dialog.chosenPath());
}

void MainWindow::exportTimeline()
{
    const QString base = QFileInfo(m_document->displayName()).completeBaseName();
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Timeline"), base + QStringLiteral(".png"),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;Perfetto / Chrome trace (*.json);;"
           "Awaitscope trace (*.jsonl)"),
        &filter);
    if (path.isEmpty())
        return;
    bool onlyInView = false;
    if (!traceFormatForPath(path)) {
        onlyInView = QMessageBox::question(this, tr("Export Timeline"), tr("Export only the part of the timeline in view?"),
                                           QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    }
    QString error;
    if (exportTo(path, onlyInView, &error))
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
    else
        QMessageBox::warning(this, tr("Export failed"), error);
}

bool MainWindow::exportTo(const QString &path, bool onlyInView, QString *error)
{
    if (traceFormatForPath(path))
        return exportTrace(*m_session->trace(), path, m_document->displayName(), error);
    ExportOptions options;
    options.title = m_document->displayName();
    options.dark = m_timeline->isDark();
    options.stepMode = m_timeline->stepMode();
    if (onlyInView) {
        const auto [from, to] = m_timeline->exportRange();
        options.timeFrom = from;
        options.timeTo = to;
    }
    return awaitscope::exportTimeline(m_timeline->model(), options, path, error);
}

void MainWindow::copyImage()
{
    ExportOptions options;
    options.title = m_document->displayName();
    options.dark = m_timeline->isDark();
    options.scale = devicePixelRatioF();
    const QImage image = renderImage(m_timeline->model(), options);
    if (image.isNull()) {
        statusBar()->showMessage(tr("Nothing to copy yet"), 5000);
        return;
    }
    QApplication::clipboard()->setImage(image);
    statusBar()->showMessage(tr("Timeline image copied to the clipboard"), 5000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Awaitscope"),
                       tr("<h3>Awaitscope %1</h3>"
                          "<p>Runs Python asyncio scenarios on a virtual clock with CPython's scheduling "
                          "rules, and shows every task's life on a timeline.</p>"
                          "<p>Built with Qt %2 and QCoro.</p>")
                           .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = stored_settings::paths(settings, QStringLiteral("session/recent"), kMaxRecent);
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("session/recent"), recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent
        = stored_settings::paths(QSettings(), QStringLiteral("session/recent"), kMaxRecent);
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openFile(path); });
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setEnabled(QFileInfo::exists(path));
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace awaitscope
