// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Files and databases under attack, as a hostile tester tried them: a full
// disk (a 2 MB tmpfs this test mounts when it runs as root), special files
// and symbolic links as outputs, a read-only database read by another user
// (runuser as nobody), a reader while another program writes, crafted
// numbers, names and JSON, negative numbers on the command line, strict batch
// quoting, and memory caps (ulimit -v). Every case checks what the attack
// used to do against what must hold now (README "Data exchange",
// "The command line").

#include "clirunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

// AddressSanitizer (GCC defines __SANITIZE_ADDRESS__, clang has the feature).
#if defined(__SANITIZE_ADDRESS__)
#define PLANNER_TEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PLANNER_TEST_ASAN 1
#endif
#endif

namespace {

const QString kBaseline = QStringLiteral("现状趋势情景");

struct ShellResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a POSIX shell script; "$BIN" is the built jilin-planner.
ShellResult shell(const QString &script, const QProcessEnvironment &env, int timeoutMs = 120000)
{
    QProcess process;
    QProcessEnvironment e = env;
    e.insert(QStringLiteral("BIN"), QStringLiteral(PLANNER_BINARY));
    process.setProcessEnvironment(e);
    process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    ShellResult r;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

QByteArray bytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

// Temporary files of ours left in a folder (".NAME.jilin-planner-…").
QStringList leftovers(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral(".*jilin-planner-*")},
                                  QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

bool isRoot()
{
    return ::geteuid() == 0;
}

// A tmpfs mounted for the test, unmounted when it goes.
class Tmpfs
{
public:
    explicit Tmpfs(const QString &where, const QString &size) : m_where(where)
    {
        QDir().mkpath(where);
        m_mounted = QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                                                QStringLiteral("-o"), QStringLiteral("size=") + size,
                                                                QStringLiteral("tmpfs"), where}) == 0;
    }
    ~Tmpfs()
    {
        if (m_mounted && QProcess::execute(QStringLiteral("umount"), {m_where}) != 0)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_where});
    }
    Q_DISABLE_COPY_MOVE(Tmpfs)
    bool mounted() const { return m_mounted; }

private:
    QString m_where;
    bool m_mounted = false;
};

// Fills the file system of `folder` with one file until the system says it
// is full, then frees `leaveBytes` (rounded to pages by tmpfs) again.
bool fill(const QString &folder, qint64 leaveBytes = 0)
{
    const QString filler = QDir(folder).filePath(QStringLiteral("filler"));
    QFile::remove(filler);
    QStorageInfo storage(folder);
    storage.refresh();
    const qint64 want = storage.bytesAvailable() - leaveBytes;
    QFile f(filler);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    const QByteArray block(4096, 'f');
    qint64 written = 0;
    while (written < want) {
        const qint64 n = f.write(block.constData(), qMin<qint64>(block.size(), want - written));
        if (n <= 0 || !f.flush())
            break;
        written += n;
    }
    f.close();
    return true;
}

} // namespace

class TestHostileFiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_env = isolatedEnvironment(m_dir.path());
        m_env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        m_db = m_dir.filePath(QStringLiteral("hostile.sqlite"));
        QCOMPARE(run({QStringLiteral("scenario"), QStringLiteral("create"), QStringLiteral("h")}).exitCode, 0);
    }

    // --- The command line -------------------------------------------------

    void negativeNumbers()
    {
        // grain_yield_growth ranges from -3 to 5 %/yr (resources/catalog/black_soil.json).
        CliResult r = run({QStringLiteral("lever"), QStringLiteral("set"), QStringLiteral("--scenario"), QStringLiteral("h"),
                           QStringLiteral("--lever"), QStringLiteral("grain_yield_growth"), QStringLiteral("--all-years"),
                           QStringLiteral("-2.5")});
        // Before: exit 2, "Unknown option '2'"; the value had to follow "--".
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject file = exported(QStringLiteral("h"));
        const QJsonObject grain = file.value(QStringLiteral("levers")).toObject().value(QStringLiteral("grain_yield_growth")).toObject();
        QCOMPARE(grain.value(QStringLiteral("2024")).toDouble(), -2.5);
        QCOMPARE(grain.value(QStringLiteral("2035")).toDouble(), -2.5);

        // -7 is a number below the range: refused as such (exit 1), not as an option.
        r = run({QStringLiteral("lever"), QStringLiteral("set"), QStringLiteral("--scenario"), QStringLiteral("h"),
                 QStringLiteral("--lever"), QStringLiteral("grain_yield_growth"), QStringLiteral("--all-years"),
                 QStringLiteral("-7")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(!r.err.contains(QStringLiteral("Unknown option")), qPrintable(r.err));

        // A name that starts with '-' goes after "--" (documented in --help).
        QCOMPARE(run({QStringLiteral("scenario"), QStringLiteral("create"), QStringLiteral("-draft")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("scenario"), QStringLiteral("create"), QStringLiteral("--"), QStringLiteral("-draft")}).exitCode, 0);
        QVERIFY(scenarioNames().contains(QStringLiteral("-draft")));
        const CliResult help = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
        QVERIFY(help.out.contains(QStringLiteral("scenario create -- -draft")));
        QVERIFY(help.out.contains(QStringLiteral("written twice")));
    }

    void batchQuoting()
    {
        const QString file = m_dir.filePath(QStringLiteral("quotes.txt"));
        // "" inside quotes is one quote: the name is  q "x" y
        QVERIFY(writeBytes(file, "scenario create \"q \"\"x\"\" y\"\n"));
        CliResult r = run({QStringLiteral("batch"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(scenarioNames().contains(QStringLiteral("q \"x\" y")));

        // Before: an open quote was accepted silently and "open" created.
        QVERIFY(writeBytes(file, "scenario create \"open\nscenario create after\n"));
        r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("batch"), file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Line 1")), qPrintable(r.err));
        QVERIFY(!scenarioNames().contains(QStringLiteral("open")));
        QVERIFY(!scenarioNames().contains(QStringLiteral("after")));

        QVERIFY(writeBytes(file, "scenario create ab\"c\n"));
        QCOMPARE(run({QStringLiteral("batch"), file}).exitCode, 2);

        // A line that is not UTF-8 (0xFF cannot occur in UTF-8) is refused, not stored as U+FFFD.
        QVERIFY(writeBytes(file, "scenario create bad\xff\xfe" "name\n"));
        r = run({QStringLiteral("batch"), file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!scenarioNames().join(u'|').contains(QChar::ReplacementCharacter));
    }

    void invalidUtf8Argument()
    {
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("DB"), m_db);
        const ShellResult r = shell(QStringLiteral("\"$BIN\" --db \"$DB\" scenario create \"$(printf 'x\\377y')\""), env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!scenarioNames().join(u'|').contains(QChar::ReplacementCharacter));
    }

    // --- Names and scenario files -------------------------------------------

    void normalisedNames()
    {
        // "Café" with é as U+00E9 (NFC) and as e + U+0301 (NFD) look the same: one name.
        QCOMPARE(run({QStringLiteral("scenario"), QStringLiteral("create"), QStringLiteral("Caf\u00e9")}).exitCode, 0);
        const CliResult r = run({QStringLiteral("scenario"), QStringLiteral("create"), QStringLiteral("Cafe\u0301")});
        QCOMPARE(r.exitCode, 1);  // before: 0, and two scenarios that look alike
        QCOMPARE(scenarioNames().count(QStringLiteral("Caf\u00e9")), 1);
        // Found under either spelling.
        QCOMPARE(run({QStringLiteral("scenario"), QStringLiteral("fork"), QStringLiteral("Cafe\u0301"), QStringLiteral("Caf\u00e9 2")}).exitCode, 0);
    }

    void importSuffixKeepsGraphemes()
    {
        // 95 letters and 😀 (U+1F600, two UTF-16 units) = 97 units. " (2)" needs
        // 4 of the 100 allowed: the stem may keep 96 units, which would end in
        // half the emoji; whole graphemes leave the 95 letters.
        const QString name = QString(95, u'a') + QString::fromUcs4(U"\U0001F600");
        QCOMPARE(name.size(), 97);
        QCOMPARE(run({QStringLiteral("scenario"), QStringLiteral("create"), name}).exitCode, 0);
        const QString file = m_dir.filePath(QStringLiteral("emoji.json"));
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--scenario"), name, QStringLiteral("-o"), file}).exitCode, 0);
        const CliResult r = run({QStringLiteral("import"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString expected = QString(95, u'a') + QStringLiteral(" (2)");
        QVERIFY2(scenarioNames().contains(expected), qPrintable(scenarioNames().join(u'\n')));
        for (const QString &n : scenarioNames())
            QVERIFY(n.isValidUtf16());
    }

    void duplicateKeysRefused()
    {
        const QString file = m_dir.filePath(QStringLiteral("dup.json"));
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--scenario"), QStringLiteral("h"), QStringLiteral("-o"), file}).exitCode, 0);
        QByteArray json = bytes(file);
        QVERIFY(json.contains("\"author\": "));
        // Two "author" keys in the top object; QJsonDocument alone keeps the last.
        json.replace("\"author\": ", "\"author\": \"first\", \"author\": ");
        QVERIFY(writeBytes(file, json));
        const CliResult r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("import"), file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("\"author\" appears twice")), qPrintable(r.err));
    }

    void exportRefusesWhatImportCannotRead()
    {
        // 17 MB of notes: the file would pass the 16 MB an import reads.
        const QString batch = m_dir.filePath(QStringLiteral("big.txt"));
        QVERIFY(writeBytes(batch, "scenario create big --notes " + QByteArray(17 * 1024 * 1024, 'n') + "\n"));
        CliResult r = run({QStringLiteral("batch"), batch});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err.left(400)));
        const QString out = m_dir.filePath(QStringLiteral("big.json"));
        r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("export"), QStringLiteral("--scenario"),
                 QStringLiteral("big"), QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 1);  // before: 0 and a 17 MB file that import refused
        QVERIFY2(r.err.contains(QStringLiteral("at most 16 MB")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(out));
        QCOMPARE(run({QStringLiteral("scenario"), QStringLiteral("delete"), QStringLiteral("big"), QStringLiteral("--yes")}).exitCode, 0);
    }

    // --- Numbers in -----------------------------------------------------------

    void ambiguousNumbersRejected()
    {
        // Semicolon-separated, as a European spreadsheet writes it. "1,5" was
        // read as 15 and "1.234,5" as 1.2345; only 45.25 is in the one format.
        const QString csv = m_dir.filePath(QStringLiteral("numbers.csv"));
        QVERIFY(writeBytes(csv, "indicator;year;value\nforest_coverage;2019;1,5\nforest_coverage;2020;1.234,5\n"
                                "forest_coverage;2021;1 234\nforest_coverage;2022;45.25\n"));
        const CliResult r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("import"), csv,
                                 QStringLiteral("--scenario"), QStringLiteral("h")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("rejected   row 2: value \"1,5\" is not a number")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("rejected   row 3: value \"1.234,5\"")));
        QVERIFY(r.out.contains(QStringLiteral("rejected   row 4: value \"1 234\"")));
        QVERIFY(r.out.contains(QStringLiteral("1 new, 0 changed, 0 unchanged, 3 rejected.")));
        // Stored: only 2022 = 45.25, nothing for the three rejected years.
        const QJsonArray observed = exported(QStringLiteral("h")).value(QStringLiteral("observed")).toObject()
                                        .value(QStringLiteral("forest_coverage")).toArray();
        QCOMPARE(observed.size(), 1);
        QCOMPARE(observed.at(0).toObject().value(QStringLiteral("year")).toInt(), 2022);
        QCOMPARE(observed.at(0).toObject().value(QStringLiteral("value")).toDouble(), 45.25);
    }

    void messagesQuoteAtMost80Characters()
    {
        // 100 rows whose value cell holds 100,000 characters each: before, every
        // rejected row echoed its cell (10 MB of messages).
        const QString csv = m_dir.filePath(QStringLiteral("long.csv"));
        QByteArray table("indicator,year,value\n");
        const QByteArray cell(100000, 'x');
        for (int i = 0; i < 100; ++i)
            table += "forest_coverage,2020," + cell + "\n";
        QVERIFY(writeBytes(csv, table));
        const CliResult r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("import"), csv,
                                 QStringLiteral("--scenario"), QStringLiteral("h"), QStringLiteral("--dry-run")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n');
        int rejected = 0;
        for (const QString &line : lines) {
            if (!line.contains(QStringLiteral("rejected   row")))
                continue;
            ++rejected;
            // 80 x and "…" quoted, plus the fixed words of the message.
            QVERIFY2(line.contains(QString(80, u'x') + QChar(0x2026) + u'"'), qPrintable(line.left(200)));
            QVERIFY(!line.contains(QString(81, u'x')));
            QVERIFY(line.size() < 250);
        }
        QCOMPARE(rejected, 100);
    }

    // --- Special files and links as outputs ------------------------------------

    void specialFilesNeverReplaced()
    {
        const QString fifo = m_dir.filePath(QStringLiteral("pipe.json"));
        QCOMPARE(QProcess::execute(QStringLiteral("mkfifo"), {fifo}), 0);
        CliResult r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("export"), QStringLiteral("--scenario"),
                           QStringLiteral("h"), QStringLiteral("-o"), fifo, QStringLiteral("--force")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not an ordinary file")), qPrintable(r.err));
        QVERIFY(QFileInfo(fifo).exists() && !QFileInfo(fifo).isFile());  // still the FIFO

        // A link to a file that is not ours (a system file): never followed.
        const QString victim = m_dir.filePath(QStringLiteral("system-file.txt"));
        QVERIFY(writeBytes(victim, "precious\n"));
        for (const QString &name : {QStringLiteral("link.json"), QStringLiteral("link.csv"), QStringLiteral("link.pdf")}) {
            const QString link = m_dir.filePath(name);
            QVERIFY(QFile::link(victim, link));
            QStringList args{QStringLiteral("--lang"), QStringLiteral("en")};
            if (name.endsWith(QStringLiteral(".pdf")))
                args << QStringLiteral("report") << QStringLiteral("--scenario") << QStringLiteral("h")
                     << QStringLiteral("--chapter") << QStringLiteral("black_soil");
            else
                args << QStringLiteral("export") << QStringLiteral("--scenario") << QStringLiteral("h")
                     << QStringLiteral("--draws") << QStringLiteral("10");
            args << QStringLiteral("-o") << link << QStringLiteral("--force");
            r = run(args);
            QCOMPARE(r.exitCode, 1);  // before (report): 0, and the system file overwritten
            QVERIFY2(r.err.contains(QStringLiteral("symbolic link")), qPrintable(r.err));
            QCOMPARE(bytes(victim), QByteArray("precious\n"));
            QVERIFY(QFileInfo(link).isSymLink());
        }

        if (isRoot()) {
            // A device node (char 1,7 is what /dev/full is), made in our folder.
            const QString node = m_dir.filePath(QStringLiteral("device.json"));
            QCOMPARE(QProcess::execute(QStringLiteral("mknod"), {node, QStringLiteral("c"), QStringLiteral("1"), QStringLiteral("7")}), 0);
            r = run({QStringLiteral("export"), QStringLiteral("--scenario"), QStringLiteral("h"), QStringLiteral("-o"), node,
                     QStringLiteral("--force")});
            QCOMPARE(r.exitCode, 1);  // before: 0, the device replaced by a regular file
            const ShellResult kind = shell(QStringLiteral("stat -c %F '%1'").arg(node), m_env);
            QCOMPARE(kind.out.trimmed(), QStringLiteral("character special file"));
        }
        QVERIFY(leftovers(m_dir.path()).isEmpty());
    }

    void deviceIsNoDatabase()
    {
        const bool journalBefore = QFileInfo::exists(QStringLiteral("/dev/null-journal"));
        const CliResult r = runOn(QStringLiteral("/dev/null"), {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("scenarios")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not an ordinary file")), qPrintable(r.err));
        if (!journalBefore)
            QVERIFY(!QFileInfo::exists(QStringLiteral("/dev/null-journal")));  // before: created
    }

    // --- A full disk ------------------------------------------------------------

    void fullDisk()
    {
        if (!isRoot())
            QSKIP("mounting a 2 MB tmpfs needs root (CI runs as root)");
        const QString where = m_dir.filePath(QStringLiteral("small"));
        Tmpfs tmpfs(where, QStringLiteral("2m"));
        if (!tmpfs.mounted())
            QSKIP("mount -t tmpfs failed here (no CAP_SYS_ADMIN in this container)");

        // Good files first, while there is room.
        const QString json = QDir(where).filePath(QStringLiteral("keep.json"));
        const QString csv = QDir(where).filePath(QStringLiteral("t.csv"));
        const QString assessments = QDir(where).filePath(QStringLiteral("t.assessments.csv"));
        const QString pdf = QDir(where).filePath(QStringLiteral("r.pdf"));
        const QString db = QDir(where).filePath(QStringLiteral("full.sqlite"));
        // A database of its own on the small disk (the test's main one has grown).
        QCOMPARE(runOn(db, {QStringLiteral("scenario"), QStringLiteral("create"), QStringLiteral("h")}).exitCode, 0);
        QCOMPARE(export_({QStringLiteral("-o"), json}).exitCode, 0);
        QCOMPARE(export_({QStringLiteral("-o"), csv, QStringLiteral("--draws"), QStringLiteral("10")}).exitCode, 0);
        CliResult r = run({QStringLiteral("report"), QStringLiteral("--scenario"), QStringLiteral("h"), QStringLiteral("--chapter"),
                           QStringLiteral("black_soil"), QStringLiteral("-o"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray goodJson = bytes(json), goodCsv = bytes(csv), goodAssessments = bytes(assessments), goodPdf = bytes(pdf);
        QVERIFY2(QJsonDocument::fromJson(goodJson).isObject() && goodCsv.size() > 10000 && goodAssessments.size() > 1000,
                 qPrintable(QStringLiteral("%1 %2 %3").arg(goodJson.size()).arg(goodCsv.size()).arg(goodAssessments.size())));
        QVERIFY(goodPdf.endsWith("%%EOF\n") || goodPdf.trimmed().endsWith("%%EOF"));

        // The disk full to the last page.
        QVERIFY(fill(where));
        // Before: "Wrote scenario…", exit 0 and keep.json at 0 bytes.
        r = export_({QStringLiteral("-o"), json, QStringLiteral("--force")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("No space left on device")), qPrintable(r.err));
        QCOMPARE(bytes(json), goodJson);
        r = export_({QStringLiteral("-o"), csv, QStringLiteral("--draws"), QStringLiteral("10"), QStringLiteral("--force")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("No space left on device")), qPrintable(r.err));
        QCOMPARE(bytes(csv), goodCsv);
        QCOMPARE(bytes(assessments), goodAssessments);
        r = run({QStringLiteral("report"), QStringLiteral("--scenario"), QStringLiteral("h"), QStringLiteral("--chapter"),
                 QStringLiteral("black_soil"), QStringLiteral("-o"), pdf, QStringLiteral("--force")});
        QCOMPARE(r.exitCode, 1);  // before: 0 with the PDF cut short
        QCOMPARE(bytes(pdf), goodPdf);
        QVERIFY2(leftovers(where).isEmpty(), qPrintable(leftovers(where).join(u' ')));

        // Reading needs no write: the database on the full disk still answers.
        r = runOn(db, {QStringLiteral("scenarios")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("h")));
        r = runOn(db, {QStringLiteral("index"), QStringLiteral("--scenario"), QStringLiteral("h"), QStringLiteral("--draws"), QStringLiteral("10")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // Room for the new trajectories but not for the assessments as well:
        // the two are one unit, so both keep their old content.
        QVERIFY(QFile::remove(QDir(where).filePath(QStringLiteral("filler"))));
        const qint64 page = 4096;
        const qint64 roomForOne = (goodCsv.size() + page - 1) / page * page + page;
        QVERIFY(fill(where, roomForOne));
        r = export_({QStringLiteral("-o"), csv, QStringLiteral("--draws"), QStringLiteral("10"), QStringLiteral("--force")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(bytes(csv), goodCsv);
        QCOMPARE(bytes(assessments), goodAssessments);
        QVERIFY(leftovers(where).isEmpty());
    }

    // --- Reading as another user, in read-only places, beside a writer ---------

    void readOnlyUser()
    {
        if (!isRoot() || QStandardPaths::findExecutable(QStringLiteral("runuser")).isEmpty())
            QSKIP("needs root and runuser to run as nobody");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile::setPermissions(dir.path(), QFile::Permissions(0x7777));  // rwx for all: nobody could create files
        const QString db = QDir(dir.path()).filePath(QStringLiteral("shared.sqlite"));
        QVERIFY(QFile::copy(m_db, db));
        QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));  // chmod 444
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("DB"), db);
        env.insert(QStringLiteral("NOBODY_HOME"), QDir(dir.path()).filePath(QStringLiteral("home")));
        // The program as nobody can reach it: the build folder may sit below
        // a folder only root may enter (a CI clone in a mode-700 temporary
        // folder), so nobody runs a copy in the test's own folder.
        const QString bin = QDir(dir.path()).filePath(QStringLiteral("jilin-planner"));
        QVERIFY(QFile::copy(QStringLiteral(PLANNER_BINARY), bin));
        QVERIFY(QFile::setPermissions(bin, QFile::Permissions(0x7555)));
        env.insert(QStringLiteral("NOBODY_BIN"), bin);
        // Under the sanitizers the leak suppressions file sits in that same
        // clone: nobody reads a copy too.
        const QString lsan = env.value(QStringLiteral("LSAN_OPTIONS"));
        const QRegularExpression suppressions(QStringLiteral("suppressions=([^:]+)"));
        if (const QRegularExpressionMatch m = suppressions.match(lsan); m.hasMatch()) {
            const QString copy = QDir(dir.path()).filePath(QStringLiteral("lsan.supp"));
            QVERIFY(QFile::copy(m.captured(1), copy));
            QVERIFY(QFile::setPermissions(copy, QFile::Permissions(0x4444)));
            env.insert(QStringLiteral("LSAN_OPTIONS"), QString(lsan).replace(m.captured(1), copy));
        }
        const QString asNobody = QStringLiteral(
            "runuser -u nobody -- env HOME=\"$NOBODY_HOME\" XDG_DATA_HOME=\"$NOBODY_HOME\" "
            "XDG_CONFIG_HOME=\"$NOBODY_HOME\" LANG=C.UTF-8 \"$NOBODY_BIN\" --lang en --db \"$DB\" ");
        // Twice: before, the first run left mode-444 -wal/-shm files of nobody's
        // and the second failed until -shm was deleted by hand.
        for (int i = 0; i < 2; ++i) {
            const ShellResult r = shell(asNobody + QStringLiteral("scenarios"), env);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY(r.out.contains(kBaseline));
            QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal")));
            QVERIFY(!QFileInfo::exists(db + QStringLiteral("-shm")));
        }
        ShellResult r = shell(asNobody + QStringLiteral("scenario create n"), env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("read-only")), qPrintable(r.err));

        // A database left in WAL mode (as earlier versions left it), in a
        // folder nobody may write: before, "damaged".
        {
            QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("wal"));
            sql.setDatabaseName(db);
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            q.finish();
            sql.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("wal"));
        QCOMPARE(bytes(db).mid(18, 2), QByteArray("\x02\x02", 2));  // WAL in the header
        QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal")));
        QFile::setPermissions(dir.path(), QFile::Permissions(0x7555));  // chmod 555
        r = shell(asNobody + QStringLiteral("scenarios"), env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("damaged")));
        // The same in a folder nobody may write to: no side files left.
        QFile::setPermissions(dir.path(), QFile::Permissions(0x7777));
        r = shell(asNobody + QStringLiteral("scenarios"), env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(db + QStringLiteral("-shm")));
    }

    void readingBesideAWriter_data()
    {
        QTest::addColumn<QString>("journal");
        QTest::newRow("rollback journal") << QStringLiteral("DELETE");
        QTest::newRow("WAL") << QStringLiteral("WAL");
    }

    void readingBesideAWriter()
    {
        QFETCH(QString, journal);
        const QString db = m_dir.filePath(QStringLiteral("busy-%1.sqlite").arg(journal));
        QFile::remove(db);
        QVERIFY(QFile::copy(m_db, db));
        QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
        const QString connection = QStringLiteral("writer-") + journal;
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            sql.setDatabaseName(db);
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = %1").arg(journal)));
            q.finish();
            // Another program holds a write transaction (the write lock) open.
            QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY(q.exec(QStringLiteral("UPDATE scenarios SET notes = 'being edited' WHERE name = 'h'")));
            QElapsedTimer timer;
            timer.start();
            CliResult r = runOn(db, {QStringLiteral("scenarios")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));  // before: exit 1 after 5 s, "locked"
            r = runOn(db, {QStringLiteral("export"), QStringLiteral("--scenario"), QStringLiteral("h"), QStringLiteral("-o"),
                           m_dir.filePath(QStringLiteral("busy-%1.json").arg(journal)), QStringLiteral("--force")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY2(timer.elapsed() < 4500, qPrintable(QString::number(timer.elapsed())));  // no 5 s lock wait
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            q.finish();
            sql.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }

    // --- Bounded memory -----------------------------------------------------------

    void allScenariosStreamed()
    {
        // 40 scenarios (the baseline and 39 forks) exported with 2,000 draws
        // each. Measured on the development machine (GNU time, maximum
        // resident set): 914 MB when every scenario's results were kept until
        // the end (before), 48 MB one scenario at a time; under ulimit -v
        // 900000 the old program died of std::bad_alloc, the new one runs
        // under 300000. The test caps the address space at 400 MB and checks
        // the peak resident set (VmHWM, read while it runs) stays under 200 MB.
        const QString db = m_dir.filePath(QStringLiteral("many.sqlite"));
        QFile::remove(db);
        QString lines;
        for (int i = 0; i < 39; ++i)
            lines += QStringLiteral("scenario fork %1 s%2\n").arg(kBaseline).arg(i);
        const QString batch = m_dir.filePath(QStringLiteral("many.txt"));
        QVERIFY(writeBytes(batch, lines.toUtf8()));
        QCOMPARE(runOn(db, {QStringLiteral("batch"), batch}).exitCode, 0);
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("BIN"), QStringLiteral(PLANNER_BINARY));
        env.insert(QStringLiteral("DB"), db);
        env.insert(QStringLiteral("OUT"), m_dir.filePath(QStringLiteral("many.csv")));
#if defined(PLANNER_TEST_ASAN)
        // AddressSanitizer reserves terabytes of address space for its shadow
        // memory: no ulimit -v, and its resident set is about three times larger.
        const QString cap;
        const qint64 peakLimitKb = 600 * 1024;
#else
        const QString cap = QStringLiteral("ulimit -v %1 && ").arg(400 * 1024);
        const qint64 peakLimitKb = 200 * 1024;
#endif
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), cap + QStringLiteral(
            "exec \"$BIN\" --db \"$DB\" export --all-scenarios --format csv -o \"$OUT\" --draws 2000 --force")});
        QVERIFY(process.waitForStarted());
        const QString status = QStringLiteral("/proc/%1/status").arg(process.processId());
        qint64 peakKb = 0;
        while (!process.waitForFinished(50)) {
            QFile f(status);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            for (const QByteArray &line : f.readAll().split('\n')) {
                if (line.startsWith("VmHWM:"))
                    peakKb = qMax(peakKb, line.mid(6).trimmed().split(' ').first().toLongLong());
            }
        }
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 qPrintable(QString::fromUtf8(process.readAllStandardError())));
        QVERIFY2(peakKb > 0 && peakKb < peakLimitKb, qPrintable(QStringLiteral("peak %1 kB").arg(peakKb)));
        const QByteArray table = bytes(m_dir.filePath(QStringLiteral("many.csv")));
        const QByteArray baselineRow = QByteArray("\r\n") + kBaseline.toUtf8() + QByteArray(",");
        QVERIFY(table.contains("\r\ns38,"));
        QCOMPARE(table.count("\r\ns38,"), table.count(baselineRow));  // every scenario has all its rows
    }

private:
    CliResult run(QStringList arguments)
    {
        return runOn(m_db, std::move(arguments));
    }

    CliResult runOn(const QString &db, QStringList arguments)
    {
        arguments.prepend(db);
        arguments.prepend(QStringLiteral("--db"));
        return runCli(arguments, m_env, 300000);
    }

    CliResult export_(QStringList more)
    {
        return run(QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("export"),
                               QStringLiteral("--scenario"), QStringLiteral("h")} + more);
    }

    QJsonObject exported(const QString &scenario)
    {
        const QString file = m_dir.filePath(QStringLiteral("exported.json"));
        const CliResult r = run({QStringLiteral("export"), QStringLiteral("--scenario"), scenario, QStringLiteral("-o"), file,
                                 QStringLiteral("--force")});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(bytes(file)).object();
    }

    QStringList scenarioNames()
    {
        const CliResult r = run({QStringLiteral("scenarios"), QStringLiteral("--json")});
        QStringList names;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            names.append(v.toObject().value(QStringLiteral("name")).toString());
        return names;
    }

    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
