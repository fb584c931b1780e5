// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/aboutdialog.h"

#include <QDataStream>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

namespace {

const QString kId = QStringLiteral("invalid.example.JilinPlanner");

QString installerFile(const QString &name)
{
    return QStringLiteral(PLANNER_SOURCE_DIR "/installer/") + name;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs a validator; "" when it accepted the file, else what it said.
QString runValidator(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return QStringLiteral("did not finish");
    const QString output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0
               ? QString()
               : QStringLiteral("exit %1: %2").arg(process.exitCode()).arg(output);
}

// The value of KEY in the [Desktop Entry] group (QSettings would mangle the
// ';' lists, and the format is one key=value per line).
QString desktopValue(const QByteArray &entry, const QString &key)
{
    const QRegularExpression re(QStringLiteral("^%1=(.*)$").arg(QRegularExpression::escape(key)),
                                QRegularExpression::MultilineOption);
    return re.match(QString::fromUtf8(entry)).captured(1);
}

} // namespace

class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void desktopEntryIsValid()
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (tool.isEmpty())
            QSKIP("desktop-file-validate is not installed (Debian package desktop-file-utils)");
        const QString complaint = runValidator(tool, {installerFile(kId + QStringLiteral(".desktop"))});
        QVERIFY2(complaint.isEmpty(), qPrintable(complaint));
    }

    void metainfoIsValid()
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
        if (tool.isEmpty())
            QSKIP("appstreamcli is not installed (Debian package appstream)");
        const QString complaint = runValidator(
            tool, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                   installerFile(kId + QStringLiteral(".metainfo.xml"))});
        QVERIFY2(complaint.isEmpty(), qPrintable(complaint));
    }

    // The entry starts the installed program and names the installed icon;
    // the metainfo launches this entry; the window declares the same id.
    void namesAgree()
    {
        const QByteArray entry = readAll(installerFile(kId + QStringLiteral(".desktop")));
        QVERIFY(!entry.isEmpty());
        QCOMPARE(desktopValue(entry, QStringLiteral("Exec")), QStringLiteral("jilin-planner"));
        QCOMPARE(desktopValue(entry, QStringLiteral("Icon")), QStringLiteral("jilin-planner"));
        QCOMPARE(desktopValue(entry, QStringLiteral("Name[zh_CN]")), QStringLiteral("美丽吉林规划工作台"));

        const QString metainfo = QString::fromUtf8(readAll(installerFile(kId + QStringLiteral(".metainfo.xml"))));
        QVERIFY(metainfo.contains(QStringLiteral("<id>") + kId + QStringLiteral("</id>")));
        QVERIFY(metainfo.contains(QStringLiteral("<launchable type=\"desktop-id\">") + kId
                                  + QStringLiteral(".desktop</launchable>")));
        QVERIFY(metainfo.contains(QStringLiteral("<binary>jilin-planner</binary>")));
        QCOMPARE(Planner::Shell::desktopFileName(), kId);
    }

    // Every hicolor size the package installs, rendered from the SVG master.
    void pngIcons_data()
    {
        QTest::addColumn<int>("size");
        for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
            QTest::addRow("%dx%d", size, size) << size;
    }

    void pngIcons()
    {
        QFETCH(int, size);
        const QString path = QStringLiteral(PLANNER_ICON_DIR "/%1x%1/jilin-planner.png").arg(size);
        QImage image;
        QVERIFY2(image.load(path, "PNG"), qPrintable(path));
        QCOMPARE(image.size(), QSize(size, size));
        // Transparent outside the rounded badge (but for antialiasing at
        // 16 pixels), opaque in its middle.
        QVERIFY(qAlpha(image.pixel(0, 0)) < 16);
        QVERIFY(qAlpha(image.pixel(size - 1, size - 1)) < 16);
        QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
    }

    // The Windows icon: an ICONDIR of the 8 sizes up to 256, each a PNG of
    // its declared size (0 in the directory means 256).
    void windowsIcon()
    {
        const QByteArray ico = readAll(QStringLiteral(PLANNER_ICON_ICO));
        QVERIFY(ico.size() > 6);
        QDataStream stream(ico);
        stream.setByteOrder(QDataStream::LittleEndian);
        quint16 reserved = 1, type = 0, count = 0;
        stream >> reserved >> type >> count;
        QCOMPARE(reserved, quint16(0));
        QCOMPARE(type, quint16(1));
        const QList<int> sizes{16, 22, 24, 32, 48, 64, 128, 256};
        QCOMPARE(int(count), int(sizes.size()));
        for (const int expected : sizes) {
            quint8 width = 0, height = 0, colours = 0, zero = 0;
            quint16 planes = 0, bits = 0;
            quint32 length = 0, offset = 0;
            stream >> width >> height >> colours >> zero >> planes >> bits >> length >> offset;
            QCOMPARE(width == 0 ? 256 : int(width), expected);
            QCOMPARE(height == 0 ? 256 : int(height), expected);
            QCOMPARE(bits, quint16(32));
            QVERIFY(qint64(offset) + length <= ico.size());
            const QImage image = QImage::fromData(ico.mid(offset, length), "PNG");
            QCOMPARE(image.size(), QSize(expected, expected));
        }
    }
};

QTEST_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
