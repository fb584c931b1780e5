// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/aboutdialog.h"

#include "i18n/i18n.h"

#include <QLabel>
#include <QTest>

using namespace Planner;

class TestAbout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void text_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("expected");
        // The version is the CMake project's (EXPECTED_VERSION), the plan's title
        // is the plan's own, the sources are the published figures the catalog names.
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN")
                               << QStringList{QStringLiteral("版本 " EXPECTED_VERSION),
                                              QStringLiteral("《美丽吉林建设规划纲要(2024—2035年)》"),
                                              QStringLiteral("美丽吉林规划工作台"),
                                              QStringLiteral("吉林省生态环境状况公报"),
                                              QStringLiteral("国函〔2023〕147号"),
                                              QStringLiteral("GPL-3.0-or-later")};
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList{QStringLiteral("Version " EXPECTED_VERSION),
                                           QStringLiteral("《美丽吉林建设规划纲要(2024—2035年)》"),
                                           QStringLiteral("Beautiful Jilin planning desk"),
                                           QStringLiteral("ecological and environmental status bulletins"),
                                           QStringLiteral("国函〔2023〕147号"),
                                           QStringLiteral("GPL-3.0-or-later")};
    }

    void text()
    {
        QFETCH(QString, code);
        QFETCH(QStringList, expected);
        const I18n::Language language = *I18n::languageFromCode(code);
        I18n::setLanguage(language);
        const QString text = Shell::AboutDialog::text();
        for (const QString &part : expected)
            QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral(" is missing from: ") + text));
        // Each language shows only its own words around the plan's title.
        const QString other = language == I18n::Language::Chinese ? QStringLiteral("Data sources")
                                                                   : QStringLiteral("数据来源");
        QVERIFY2(!text.contains(other), qPrintable(text));
    }

    void dialogShowsTextAndEmblem()
    {
        I18n::setLanguage(I18n::Language::English);
        Shell::AboutDialog dialog;
        const auto *label = dialog.findChild<QLabel *>(QStringLiteral("aboutText"));
        QVERIFY(label);
        QVERIFY(label->text().contains(QStringLiteral("Version " EXPECTED_VERSION)));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("About"));
    }

    void iconHasEveryEmbeddedSize()
    {
        // The sizes embedded as :/icons/ (installer/icons.cmake, 512 left out).
        const QIcon icon = Shell::applicationIcon();
        QVERIFY(!icon.isNull());
        for (const int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
            QVERIFY2(icon.availableSizes().contains(QSize(size, size)), qPrintable(QString::number(size)));
            const QImage image = icon.pixmap(size, size).toImage();
            QCOMPARE(image.size(), QSize(size, size));
            // The badge: rounded corners are transparent, the middle is opaque.
            QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
            QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
        }
    }
};

QTEST_MAIN(TestAbout)
#include "tst_about.moc"
