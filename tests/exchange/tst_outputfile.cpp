// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The one file writer (exchange/outputfile.h): whole or absent, never a
// special file or a link's target, permissions kept, leftovers of a killed
// writer removed, several files as one unit (also when cut short), and the
// system's reason when the disk is full (/dev/full: every write fails with
// ENOSPC, so the failure is certain, not timed).

#include "exchange/outputfile.h"
#include "storage/textrules.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using Planner::Exchange::OutputFile;

namespace {

QByteArray bytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void put(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

QStringList ours(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral(".*jilin-planner-*")}, QDir::Files | QDir::Hidden | QDir::System);
}

} // namespace

class TestOutputFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void wholeOrAbsent()
    {
        const QString target = m_dir.filePath(QStringLiteral("a.txt"));
        QString error;
        {
            OutputFile file(target, false);
            QVERIFY2(file.openForWriting(&error), qPrintable(error));
            QVERIFY(QFileInfo(file.temporaryPath()).dir() == QFileInfo(target).dir());
            QVERIFY(QFileInfo(file.temporaryPath()).fileName().startsWith(QStringLiteral(".a.txt.jilin-planner-")));
            file.write("half");
            QVERIFY(!QFileInfo::exists(target));  // nothing under the name until commit
        }
        // Destroyed without commit: no target, no temporary.
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY(ours(m_dir.path()).isEmpty());

        QVERIFY2(Planner::Exchange::writeOutputFile(target, "whole", false, &error), qPrintable(error));
        QCOMPARE(bytes(target), QByteArray("whole"));
        QVERIFY(!Planner::Exchange::writeOutputFile(target, "again", false, &error));  // exists, no overwrite
        QCOMPARE(bytes(target), QByteArray("whole"));
        QVERIFY(Planner::Exchange::writeOutputFile(target, QByteArray(300000, 'z'), true, &error));  // past the buffer
        QCOMPARE(bytes(target), QByteArray(300000, 'z'));
        QVERIFY(ours(m_dir.path()).isEmpty());
    }

    void permissionsKept()
    {
        const QString target = m_dir.filePath(QStringLiteral("mode.txt"));
        put(target, "old");
        const QFile::Permissions mode = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup;  // 0640
        QVERIFY(QFile::setPermissions(target, mode));
        QString error;
        QVERIFY2(Planner::Exchange::writeOutputFile(target, "new", true, &error), qPrintable(error));
        QCOMPARE(bytes(target), QByteArray("new"));
        // Owner, group and other bits (Qt's "User" bits depend on who asks).
        QCOMPARE(QFileInfo(target).permissions() & 0x7077, mode & 0x7077);
    }

    void linksAndSpecialFilesRefused()
    {
        const QString victim = m_dir.filePath(QStringLiteral("victim"));
        put(victim, "precious");
        const QString link = m_dir.filePath(QStringLiteral("link"));
        QVERIFY(QFile::link(victim, link));
        QString error;
        QVERIFY(!Planner::Exchange::writeOutputFile(link, "x", true, &error));
        QVERIFY2(error.contains(QStringLiteral("symbolic link")), qPrintable(error));
        QCOMPARE(bytes(victim), QByteArray("precious"));
        QVERIFY(QFileInfo(link).isSymLink());

        // /dev/full with overwrite: refused before anything is written.
        error.clear();
        QVERIFY(!Planner::Exchange::writeOutputFile(QStringLiteral("/dev/full"), "x", true, &error));
        QVERIFY2(error.contains(QStringLiteral("not an ordinary file")), qPrintable(error));
        QVERIFY(!QFileInfo(QStringLiteral("/dev/full")).isFile());

        QVERIFY(!Planner::Exchange::writeOutputFile(m_dir.path(), "x", true, &error));
        QVERIFY(error.contains(QStringLiteral("folder")));
        QVERIFY(!Planner::Exchange::writeOutputFile(m_dir.filePath(QStringLiteral("no/such/a.txt")), "x", true, &error));
    }

    void leftoverOfAKilledWriterRemoved()
    {
        const QString target = m_dir.filePath(QStringLiteral("k.json"));
        // PID 4194305 is above Linux's largest pid_max (2^22), so no process has it.
        const QString dead = m_dir.filePath(QStringLiteral(".k.json.jilin-planner-4194305-00000000deadbeef.part"));
        put(dead, "half a file");
        QString error;
        QVERIFY2(Planner::Exchange::writeOutputFile(target, "{}", false, &error), qPrintable(error));
        QVERIFY(!QFileInfo::exists(dead));
        QVERIFY(ours(m_dir.path()).isEmpty());
    }

    void unitIsAllOrNothing()
    {
        const QString first = m_dir.filePath(QStringLiteral("u.csv"));
        const QString second = m_dir.filePath(QStringLiteral("u.assessments.csv"));
        put(first, "old 1");
        put(second, "old 2");
        QString error;
        {
            OutputFile a(first, true), b(second, true);
            QVERIFY(a.openForWriting(&error) && b.openForWriting(&error));
            a.write("new 1");
            b.write("new 2");
            QVERIFY2(OutputFile::commitTogether({&a, &b}, &error), qPrintable(error));
        }
        QCOMPARE(bytes(first), QByteArray("new 1"));
        QCOMPARE(bytes(second), QByteArray("new 2"));
        QVERIFY(ours(m_dir.path()).isEmpty());

        // The second rename fails (its target became a folder after the
        // check, as another program could make it): the first gets its old
        // content back, so neither changes.
        {
            OutputFile a(first, true), b(second, true);
            QVERIFY(a.openForWriting(&error) && b.openForWriting(&error));
            a.write("newer 1");
            b.write("newer 2");
            QVERIFY(QFile::remove(second));
            QVERIFY(QDir().mkpath(second + QStringLiteral("/inside")));
            QVERIFY(!OutputFile::commitTogether({&a, &b}, &error));
            QVERIFY(!error.isEmpty());
        }
        QCOMPARE(bytes(first), QByteArray("new 1"));
        QVERIFY(QFileInfo(second).isDir());
        QVERIFY2(ours(m_dir.path()).isEmpty(), qPrintable(ours(m_dir.path()).join(u' ')));
    }

    void unitCutShortIsCompleted()
    {
        // The state a kill between the two renames leaves: the journal names
        // both renames, the first is done, the second's temporary is still there.
        const QString first = m_dir.filePath(QStringLiteral("c.csv"));
        const QString second = m_dir.filePath(QStringLiteral("c.assessments.csv"));
        put(first, "new 1");
        put(second, "old 2");
        const QString temporary2 = QStringLiteral(".c.assessments.csv.jilin-planner-4194305-0000000000000002.part");
        put(m_dir.filePath(temporary2), "new 2");
        put(m_dir.filePath(QStringLiteral(".c.csv.jilin-planner-unit")),
            ".c.csv.jilin-planner-4194305-0000000000000001.part\tc.csv\n" + temporary2.toUtf8()
                + "\tc.assessments.csv\n");
        OutputFile next(first, false);
        QString error;
        QVERIFY(!next.openForWriting(&error));  // c.csv exists and no overwrite: refused, after completing the unit
        QCOMPARE(bytes(first), QByteArray("new 1"));
        QCOMPARE(bytes(second), QByteArray("new 2"));  // all new, not new beside old
        QVERIFY2(ours(m_dir.path()).isEmpty(), qPrintable(ours(m_dir.path()).join(u' ')));
    }

    void textRules()
    {
        using namespace Planner::Storage;
        // e + U+0301 and U+00E9: one name after NFC.
        QCOMPARE(normalizedName(QStringLiteral("Cafe\u0301")), QStringLiteral("Caf\u00e9"));
        // 😀 is two UTF-16 units: a cut at 3 of "ab😀" keeps "ab", never half.
        const QString emoji = QStringLiteral("ab") + QString::fromUcs4(U"\U0001F600");
        QCOMPARE(cutAtGrapheme(emoji, 3), QStringLiteral("ab"));
        QCOMPARE(cutAtGrapheme(emoji, 4), emoji);
        // e + U+0301 is one grapheme: a cut at 2 of "xe\u0301" keeps "x".
        QCOMPARE(cutAtGrapheme(QStringLiteral("xe\u0301"), 2), QStringLiteral("x"));
        QCOMPARE(quotedExcerpt(QString(80, u'a')), QString(80, u'a'));
        QCOMPARE(quotedExcerpt(QString(81, u'a')), QString(80, u'a') + QChar(0x2026));
        QVERIFY(!isCleanText(QString::fromUtf8("a\xff" "b")));
        QVERIFY(isCleanText(QStringLiteral("吉林")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestOutputFile)
#include "tst_outputfile.moc"
