#include "gallery_dialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace awaitscope {

namespace {

enum Role {
    SourceRowRole = Qt::UserRole + 1,
    SearchTextRole,
};

// Docstring paragraphs are hard-wrapped; the pane reflows them, keeping list items
// ("- ...") on their own lines and `code` spans in a fixed font.
QString paragraphsToHtml(const QString &text)
{
    static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
    QString html;
    for (const QString &paragraph : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        QString body;
        for (const QString &line : paragraph.split(QLatin1Char('\n'))) {
            const QString escaped = line.trimmed().toHtmlEscaped();
            if (!body.isEmpty())
                body += line.trimmed().startsWith(QStringLiteral("- ")) ? QStringLiteral("<br>") : QStringLiteral(" ");
            body += escaped;
        }
        body.replace(code, QStringLiteral("<code>\\1</code>"));
        html += QStringLiteral("<p>%1</p>").arg(body);
    }
    return html;
}

} // namespace

GalleryDialog::GalleryDialog(const ScenarioCatalog &catalog, QWidget *parent)
    : QDialog(parent)
    , m_scenarios(catalog.scenarios())
    , m_chineseFirst(QLocale().language() == QLocale::Chinese)
{
    setWindowTitle(tr("Scenario Gallery"));

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter by title, file name or description"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    auto *filterLabel = new QLabel(tr("&Search:"), this);
    filterLabel->setBuddy(m_filter);

    m_model = new QStandardItemModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("scenarios"));
    m_list->setModel(m_proxy);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);

    m_description = new QTextBrowser(this);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setOpenLinks(false);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_description);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    m_open = buttons->button(QDialogButtonBox::Open);
    m_open->setDefault(true);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &GalleryDialog::filterChanged);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &GalleryDialog::currentChanged);
    connect(m_list, &QListView::activated, this, &GalleryDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &GalleryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GalleryDialog::reject);

    populate(catalog);
    m_filter->setFocus();
    resize(820, 520);
}

void GalleryDialog::populate(const ScenarioCatalog &catalog)
{
    for (int row = 0; row < m_scenarios.size(); ++row) {
        const ScenarioInfo &s = m_scenarios.at(row);
        auto *item = new QStandardItem(s.primaryTitle(m_chineseFirst));
        item->setData(row, SourceRowRole);
        item->setData(QStringList{s.title, s.titleChinese, s.fileName, s.description, s.descriptionChinese}
                          .join(QLatin1Char('\n')),
                      SearchTextRole);
        // Long titles are elided in the list; the tooltip has them whole.
        QStringList tip{s.primaryTitle(m_chineseFirst), s.secondaryTitle(m_chineseFirst), s.fileName};
        tip.removeAll(QString());
        item->setToolTip(tip.join(QLatin1Char('\n')));
        m_model->appendRow(item);
    }
    if (!catalog.errors().isEmpty())
        m_description->setPlainText(catalog.errors().join(QLatin1Char('\n')));
    filterChanged(QString());
}

void GalleryDialog::selectScenario(const QString &fileName)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (m_scenarios.at(index.data(SourceRowRole).toInt()).fileName == fileName) {
            m_list->setCurrentIndex(index);
            m_list->scrollTo(index);
            return;
        }
    }
}

void GalleryDialog::accept()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    m_chosenPath = m_scenarios.at(current.data(SourceRowRole).toInt()).path;
    QDialog::accept();
}

bool GalleryDialog::eventFilter(QObject *watched, QEvent *e)
{
    // Up, Down, Page Up and Page Down in the search field move through the list, so a
    // search, a few arrow presses and Enter open a scenario without leaving the keyboard.
    if (watched == m_filter && e->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(e)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
            QKeyEvent copy(QEvent::KeyPress, key, static_cast<QKeyEvent *>(e)->modifiers());
            QCoreApplication::sendEvent(m_list, &copy);
            return true;
        }
    }
    return QDialog::eventFilter(watched, e);
}

void GalleryDialog::filterChanged(const QString &text)
{
    m_proxy->setFilterFixedString(text.trimmed());
    if (!m_list->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_list->setCurrentIndex(m_proxy->index(0, 0));
    currentChanged();
}

void GalleryDialog::currentChanged()
{
    const QModelIndex current = m_list->currentIndex();
    m_open->setEnabled(current.isValid());
    if (!current.isValid()) {
        m_description->setHtml(m_proxy->rowCount() == 0 && m_model->rowCount() > 0
                                   ? QStringLiteral("<p><i>%1</i></p>").arg(tr("No scenario matches the search.").toHtmlEscaped())
                                   : QString());
        return;
    }
    m_description->setHtml(descriptionHtml(current.data(SourceRowRole).toInt()));
}

QString GalleryDialog::descriptionHtml(int sourceRow) const
{
    const ScenarioInfo &s = m_scenarios.at(sourceRow);
    QString html = QStringLiteral("<h3>%1</h3>").arg(s.primaryTitle(m_chineseFirst).toHtmlEscaped());
    const QString secondary = s.secondaryTitle(m_chineseFirst);
    if (!secondary.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(secondary.toHtmlEscaped());
    html += QStringLiteral("<p><tt>%1</tt></p>").arg(s.fileName.toHtmlEscaped());
    const QString &first = m_chineseFirst ? s.descriptionChinese : s.description;
    const QString &second = m_chineseFirst ? s.description : s.descriptionChinese;
    html += paragraphsToHtml(first);
    if (!second.isEmpty()) {
        if (!first.isEmpty())
            html += QStringLiteral("<hr>");
        html += paragraphsToHtml(second);
    }
    if (first.isEmpty() && second.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("This scenario has no description.").toHtmlEscaped());
    return html;
}

} // namespace awaitscope
