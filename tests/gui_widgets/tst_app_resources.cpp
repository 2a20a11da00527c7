// The application icon is embedded and registered without Q_INIT_RESOURCE, and draws.

#include "application_icon.h"

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QTest>

using namespace awaitscope;

namespace {

int opaquePixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) > 200)
                ++count;
    return count;
}

} // namespace

class TestAppResources : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void iconResourceIsEmbedded()
    {
        QFile svg(QString::fromLatin1(kApplicationIconPath));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
    }

    void iconRendersAtSmallAndLargeSizes()
    {
        const QIcon icon = applicationIcon();
        QVERIFY(!icon.isNull());
        for (int size : {16, 32, 256}) {
            const QImage image = icon.pixmap(size, size).toImage();
            QCOMPARE(image.size(), QSize(size, size));
            // The rounded square covers most of the icon; its corners stay transparent.
            QVERIFY2(opaquePixels(image) > size * size / 2, qPrintable(QString::number(size)));
            QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
        }
    }
};

QTEST_MAIN(TestAppResources)
#include "tst_app_resources.moc"
