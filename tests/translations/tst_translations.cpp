// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Every user-visible string is translated: lupdate, run over the sources
// into a copy of each .ts file, finds nothing new, nothing unfinished and
// nothing obsolete.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("language");
        // English is the source language: only Chinese has a .ts file.
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void complete()
    {
        QFETCH(QString, language);
        const QString source = QStringLiteral(PLANNER_SOURCE_DIR);
        const QString ts = source + QStringLiteral("/translations/jilin-planner_%1.ts").arg(language);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("copy.ts"));
        QVERIFY(QFile::copy(ts, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        QProcess lupdate;
        lupdate.setWorkingDirectory(source);
        lupdate.start(QStringLiteral(PLANNER_LUPDATE),
                      {QStringLiteral("-locations"), QStringLiteral("none"), source + QStringLiteral("/app"),
                       source + QStringLiteral("/modules"), QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);

        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString context;
        QString sourceText;
        QStringList unfinished;
        QStringList obsolete;
        int messages = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1StringView("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1StringView("source")) {
                sourceText = xml.readElementText();
                ++messages;
            } else if (xml.name() == QLatin1StringView("translation")) {
                const QString type = xml.attributes().value(QLatin1StringView("type")).toString();
                const QString text = xml.readElementText();
                const QString where = context + QStringLiteral(": ") + sourceText;
                if (type == QLatin1StringView("unfinished") || text.isEmpty())
                    unfinished.append(where);
                else if (type == QLatin1StringView("obsolete") || type == QLatin1StringView("vanished"))
                    obsolete.append(where);
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 0);
        QVERIFY2(unfinished.isEmpty(), qPrintable(QStringLiteral("untranslated (run the update_translations target "
                                                                 "and translate): ") + unfinished.join(u'\n')));
        QVERIFY2(obsolete.isEmpty(), qPrintable(QStringLiteral("obsolete entries: ") + obsolete.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
