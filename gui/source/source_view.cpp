#include "source_view.h"

#include <QFontMetrics>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QToolTip>

#include <algorithm>

namespace awaitscope {

namespace {

// Margin 0 holds the marker symbols (left of the numbers, where debuggers put them),
// margin 1 the line numbers.
constexpr int kSymbolMargin = 0;
constexpr int kNumberMargin = 1;
constexpr int kTabWidth = 4;
// A fixed style number above the Python lexer's (0-19) and Scintilla's predefined ones
// (32-39): QsciStyle's automatic numbers are never reused and would run out.
constexpr int kErrorAnnotationStyle = 128;

constexpr int markerBit(int marker) { return 1 << marker; }

QFont editorFont()
{
    // DejaVu Sans Mono has no CJK glyphs; Qt's font fallback supplies them (WenQuanYi
    // Micro Hei or Noto CJK) when drawing, so Chinese strings and comments still render.
    QFont font(QStringLiteral("DejaVu Sans Mono"));
    font.setStyleHint(QFont::Monospace);
    font.setFixedPitch(true);
    font.setPointSizeF(QGuiApplication::font().pointSizeF() > 0 ? QGuiApplication::font().pointSizeF() : 10.0);
    return font;
}

// Marker images are as wide as the margin: the running arrow sits in the left half and the
// pause bars in the right half, so a line that is both running and suspended shows both.
QImage markerCanvas(int glyph)
{
    QImage image(2 * glyph, glyph, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    return image;
}

QImage pauseImage(int glyph, const QColor &color)
{
    QImage image = markerCanvas(glyph);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    const qreal bar = glyph * 0.24;
    const qreal top = glyph * 0.14;
    const qreal height = glyph * 0.72;
    const qreal left = glyph + glyph * 0.18;
    p.drawRoundedRect(QRectF(left, top, bar, height), bar / 3, bar / 3);
    p.drawRoundedRect(QRectF(left + bar * 1.7, top, bar, height), bar / 3, bar / 3);
    return image;
}

QImage arrowImage(int glyph, const QColor &color)
{
    QImage image = markerCanvas(glyph);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    QPainterPath path;
    path.moveTo(glyph * 0.2, glyph * 0.12);
    path.lineTo(glyph * 0.95, glyph * 0.5);
    path.lineTo(glyph * 0.2, glyph * 0.88);
    path.closeSubpath();
    p.drawPath(path);
    return image;
}

QImage errorImage(int glyph, const QColor &color)
{
    QImage image = markerCanvas(glyph);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    const QRectF disc(glyph * 0.08, glyph * 0.08, glyph * 0.84, glyph * 0.84);
    p.drawEllipse(disc);
    p.setBrush(Qt::white);
    const qreal w = glyph * 0.14;
    const qreal cx = disc.center().x();
    p.drawRoundedRect(QRectF(cx - w / 2, glyph * 0.22, w, glyph * 0.36), w / 2, w / 2);
    p.drawEllipse(QPointF(cx, glyph * 0.72), w * 0.6, w * 0.6);
    return image;
}

} // namespace

SourceView::SourceView(QWidget *parent)
    : QsciScintilla(parent)
    , m_errorStyle(kErrorAnnotationStyle)
{
    setUtf8(true);
    setTabWidth(kTabWidth);
    setIndentationsUseTabs(false);
    setAutoIndent(true);
    setBraceMatching(SloppyBraceMatch);
    setEolMode(EolUnix);

    const QFont font = editorFont();
    m_lexer = new QsciLexerPython(this);
    m_lexer->setDefaultFont(font);
    m_lexer->setFont(font);
    QFont bold = font;
    bold.setBold(true);
    m_lexer->setFont(bold, QsciLexerPython::Keyword);
    m_lexer->setFont(bold, QsciLexerPython::ClassName);
    setLexer(m_lexer);
    setMarginsFont(font);

    setMarginType(kSymbolMargin, SymbolMargin);
    setMarginMarkerMask(kSymbolMargin,
                        markerBit(SuspendedMarker) | markerBit(RunningMarker) | markerBit(ErrorMarker));
    setMarginType(kNumberMargin, NumberMargin);
    setMarginLineNumbers(kNumberMargin, true);
    setMarginMarkerMask(kNumberMargin, 0);
    markerDefine(Background, RunningBackgroundMarker);

    m_errorIndicator = indicatorDefine(SquiggleIndicator);
    setIndicatorDrawUnder(false, m_errorIndicator);
    m_errorStyle.setDescription(tr("Error"));
    QFont annotationFont = font;
    annotationFont.setItalic(true);
    m_errorStyle.setFont(annotationFont);
    setAnnotationDisplay(AnnotationIndented);

    connect(this, &QsciScintilla::linesChanged, this, &SourceView::updateLineNumberWidth);
    viewport()->installEventFilter(this);

    applyColors(QGuiApplication::palette().color(QPalette::Window).lightness() < 128);
    updateLineNumberWidth();
}

void SourceView::loadText(const QString &text)
{
    setSuspendedLines({});
    setRunningLine(0);
    clearErrors();
    setText(text);
    SendScintilla(SCI_EMPTYUNDOBUFFER);
    setModified(false);
}

void SourceView::setSuspendedLines(const QList<SuspendedLine> &lines)
{
    for (const auto &[handle, tasks] : std::as_const(m_suspended))
        markerDeleteHandle(handle);
    m_suspended.clear();

    QList<std::pair<int, QString>> byLine; // 0-based line, tasks
    for (const SuspendedLine &s : lines) {
        if (s.line < 1 || s.line > this->lines())
            continue;
        auto it = std::find_if(byLine.begin(), byLine.end(), [&](const auto &e) { return e.first == s.line - 1; });
        if (it == byLine.end())
            byLine.append({s.line - 1, s.tasks});
        else if (!s.tasks.isEmpty())
            it->second = it->second.isEmpty() ? s.tasks : it->second + QStringLiteral(", ") + s.tasks;
    }
    for (const auto &[line, tasks] : std::as_const(byLine))
        m_suspended.append({markerAdd(line, SuspendedMarker), tasks});
}

void SourceView::setRunningLine(int line)
{
    for (int &handle : m_runningHandles) {
        if (handle >= 0)
            markerDeleteHandle(handle);
        handle = -1;
    }
    if (line < 1 || line > lines())
        return;
    m_runningHandles[0] = markerAdd(line - 1, RunningMarker);
    m_runningHandles[1] = markerAdd(line - 1, RunningBackgroundMarker);
}

void SourceView::showError(int line, int column, const QString &message)
{
    if (line < 1 || line > lines())
        line = std::max(1, lines());
    const int index = line - 1;
    // QScintilla's line indexes and CPython's columns both count code points.
    QList<uint> chars = text(index).toUcs4();
    while (!chars.isEmpty() && (chars.back() == '\n' || chars.back() == '\r'))
        chars.removeLast();
    const int length = static_cast<int>(chars.size());

    // Underline from the column to the end of the word there; without a usable column,
    // the line's text without its indentation.
    int from = 0;
    int to = length;
    if (column >= 1 && length > 0) {
        from = std::min(column - 1, length - 1);
        to = from + 1;
        while (to < length && (QChar::isLetterOrNumber(chars.at(to)) || chars.at(to) == '_'))
            ++to;
    } else {
        while (from < length && QChar::isSpace(chars.at(from)))
            ++from;
    }
    if (from < to)
        fillIndicatorRange(index, from, index, to, m_errorIndicator);
    if (!(markersAtLine(index) & markerBit(ErrorMarker)))
        markerAdd(index, ErrorMarker);

    const QString previous = annotation(index);
    annotate(index, previous.isEmpty() ? message : previous + QLatin1Char('\n') + message, m_errorStyle);
}

void SourceView::clearErrors()
{
    clearAnnotations();
    markerDeleteAll(ErrorMarker);
    SendScintilla(SCI_SETINDICATORCURRENT, static_cast<unsigned long>(m_errorIndicator));
    SendScintilla(SCI_INDICATORCLEARRANGE, 0UL, static_cast<long>(length()));
}

void SourceView::revealLine(int line)
{
    if (lines() == 0)
        return;
    const int index = std::clamp(line, 1, lines()) - 1;
    SendScintilla(SCI_ENSUREVISIBLE, index);
    const int display = static_cast<int>(SendScintilla(SCI_VISIBLEFROMDOCLINE, index));
    const int first = static_cast<int>(SendScintilla(SCI_GETFIRSTVISIBLELINE));
    const int onScreen = static_cast<int>(SendScintilla(SCI_LINESONSCREEN));
    if (display >= first && display < first + onScreen)
        return;
    // A third of the way down leaves room for the code the line leads into.
    SendScintilla(SCI_SETFIRSTVISIBLELINE, std::max(0, display - onScreen / 3));
}

void SourceView::setDark(bool dark)
{
    m_followPalette = false;
    applyColors(dark);
}

void SourceView::followApplicationPalette()
{
    m_followPalette = true;
    applyColors(QGuiApplication::palette().color(QPalette::Window).lightness() < 128);
}

QString SourceView::hoverText(int line) const
{
    QStringList tasks;
    for (const auto &[handle, names] : m_suspended)
        if (markerLine(handle) == line - 1 && !names.isEmpty())
            tasks.append(names);
    if (tasks.isEmpty())
        return {};
    return tr("Suspended here: %1").arg(tasks.join(QStringLiteral(", ")));
}

bool SourceView::event(QEvent *e)
{
    // The application palette reaches widgets as a PaletteChange of their inherited palette.
    if ((e->type() == QEvent::ApplicationPaletteChange || e->type() == QEvent::PaletteChange) && m_followPalette) {
        const bool dark = QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
        if (dark != m_dark)
            applyColors(dark);
    }
    return QsciScintilla::event(e);
}

bool SourceView::eventFilter(QObject *watched, QEvent *e)
{
    if (watched == viewport() && e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        const QString text = hoverText(lineAtY(help->pos().y()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QsciScintilla::eventFilter(watched, e);
}

void SourceView::applyColors(bool dark)
{
    m_dark = dark;
    m_colors = dark ? SourceColors::dark() : SourceColors::light();
    const SourceColors &c = m_colors;

    m_lexer->setDefaultPaper(c.paper);
    m_lexer->setPaper(c.paper);
    m_lexer->setDefaultColor(c.text);
    m_lexer->setColor(c.text);
    using L = QsciLexerPython;
    for (int style : {L::Comment, L::CommentBlock})
        m_lexer->setColor(c.comment, style);
    for (int style : {L::DoubleQuotedString, L::SingleQuotedString, L::TripleSingleQuotedString,
                      L::TripleDoubleQuotedString, L::DoubleQuotedFString, L::SingleQuotedFString,
                      L::TripleSingleQuotedFString, L::TripleDoubleQuotedFString, L::UnclosedString})
        m_lexer->setColor(c.string, style);
    m_lexer->setColor(c.keyword, L::Keyword);
    m_lexer->setColor(c.number, L::Number);
    m_lexer->setColor(c.definition, L::ClassName);
    m_lexer->setColor(c.definition, L::FunctionMethodName);
    m_lexer->setColor(c.decorator, L::Decorator);
    m_lexer->setColor(c.operatorText, L::Operator);
    m_lexer->setColor(c.definition, L::HighlightedIdentifier);

    setMarginsBackgroundColor(c.marginPaper);
    setMarginsForegroundColor(c.marginText);
    setSelectionBackgroundColor(c.selection);
    setCaretForegroundColor(c.caret);
    setMatchedBraceBackgroundColor(c.selection);
    setMatchedBraceForegroundColor(c.text);
    setIndicatorForegroundColor(c.error, m_errorIndicator);
    setMarkerBackgroundColor(c.runningBackground, RunningBackgroundMarker);

    // The annotation style is shared by every error annotation, so recolouring it recolours
    // the annotations already shown.
    m_errorStyle.setColor(c.errorText);
    m_errorStyle.setPaper(c.errorPaper);
    m_errorStyle.setEolFill(true);
    m_errorStyle.apply(this);

    defineMarkers();
}

void SourceView::defineMarkers()
{
    const int glyph = std::max(8, QFontMetrics(m_lexer->font(QsciLexerPython::Default)).height() - 2);
    markerDefine(pauseImage(glyph, m_colors.suspended), SuspendedMarker);
    markerDefine(arrowImage(glyph, m_colors.running), RunningMarker);
    markerDefine(errorImage(glyph, m_colors.error), ErrorMarker);
    setMarginWidth(kSymbolMargin, 2 * glyph + 4);
}

void SourceView::updateLineNumberWidth()
{
    const int digits = static_cast<int>(QString::number(std::max(1, lines())).size());
    setMarginWidth(kNumberMargin, QString(std::max(2, digits) + 1, QLatin1Char('9')));
}

int SourceView::lineAtY(int y) const
{
    const long x = static_cast<long>(SendScintilla(SCI_GETMARGINWIDTHN, kSymbolMargin)) +
                   static_cast<long>(SendScintilla(SCI_GETMARGINWIDTHN, kNumberMargin)) + 1;
    const long position = SendScintilla(SCI_POSITIONFROMPOINT, x, static_cast<long>(y));
    const int index = static_cast<int>(SendScintilla(SCI_LINEFROMPOSITION, position));
    const long lineStart = SendScintilla(SCI_POSITIONFROMLINE, index);
    const long top = SendScintilla(SCI_POINTYFROMPOSITION, 0UL, lineStart);
    const long height = SendScintilla(SCI_TEXTHEIGHT, index);
    if (y < top || y >= top + height)
        return 0;
    return index + 1;
}

} // namespace awaitscope
