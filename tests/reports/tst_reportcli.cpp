// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The report command end to end, the PDF read back with poppler-utils.
// Expected values come from the catalog files and the layout rules written
// in README ("Reports"): cover, summary, two indicators to a page, then the
// levers and assumptions; the fingerprint is recomputed here from the
// database's rows by the documented rule, not by the program's code.

#include "../cli/clirunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <tuple>

namespace {

const QString kBaseline = QStringLiteral("现状趋势情景");
const QString kFork = QStringLiteral("加快情景");
// A fork with no afforestation: forest coverage (chapter 5) falls short.
const QString kLowForest = QStringLiteral("low forest");
const QString kPlanTitle = QStringLiteral("《美丽吉林建设规划纲要(2024—2035年)》");

QString tool(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &pdf)
{
    static const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption);
    const auto m = pages.match(tool(QStringLiteral("pdfinfo"), {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// The text of each page (pdftotext ends every page with a form feed).
QStringList pageTexts(const QString &pdf)
{
    QStringList pages = tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
                            .split(QChar(u'\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

QString squeeze(QString text)
{
    text = text.normalized(QString::NormalizationForm_KC);
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

QJsonObject chapterJson(const QString &chapter)
{
    QFile file(QStringLiteral(PLANNER_SOURCE_DIR "/resources/catalog/%1.json").arg(chapter));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The fingerprint rule of README "Reports", written out again here.
QString fingerprintFromDatabase(const QString &path, const QString &scenario)
{
    const QString connection = QStringLiteral("fingerprint-check");
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return QString();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id FROM scenarios WHERE name = ?"));
        q.addBindValue(scenario);
        if (!q.exec() || !q.next())
            return QString();
        const qint64 id = q.value(0).toLongLong();
        const QList<std::tuple<QString, QString, QString>> tables{
            {QStringLiteral("lever_settings"), QStringLiteral("lever_id, year, value"), QString()},
            {QStringLiteral("lever_uncertainty"), QStringLiteral("lever_id, kind, spread"), QString()},
            {QStringLiteral("baseline_uncertainty"), QStringLiteral("indicator_id, kind, spread"), QString()},
            {QStringLiteral("observed_values"), QStringLiteral("indicator_id, year, value, source"), QString()},
            {QStringLiteral("projection_choices"), QStringLiteral("indicator_id, method, parameters"), QString()},
            {QStringLiteral("baseline_overrides"), QStringLiteral("indicator_id, year, value, source"), QString()},
            {QStringLiteral("target_overrides"), QStringLiteral("target_id, year, value, tolerance"), QString()},
            // The province's task records (city '') as before the cities had
            // their own; a city's record with the city as a fifth column.
            {QStringLiteral("task_progress"), QStringLiteral("task_id, status, progress, evidence"), QStringLiteral(" AND city = ''")},
            {QStringLiteral("task_progress"), QStringLiteral("task_id, status, progress, evidence, city"), QStringLiteral(" AND city <> ''")},
            {QStringLiteral("city_shares"), QStringLiteral("target_id, city, share"), QString()},
            {QStringLiteral("city_observations"), QStringLiteral("indicator_id, city, year, value, source"), QString()},
        };
        QList<QByteArray> lines;
        for (const auto &[table, columns, which] : tables) {
            QSqlQuery rows(db);
            if (!rows.exec(QStringLiteral("SELECT %1 FROM %2 WHERE scenario_id = %3%4").arg(columns, table).arg(id).arg(which)))
                return QString();
            while (rows.next()) {
                QString line = table;
                for (int c = 0; c < rows.record().count(); ++c) {
                    const QVariant v = rows.value(c);
                    QString cell;
                    if (v.isNull())
                        cell = QStringLiteral("null");
                    else if (v.typeId() == QMetaType::Double)
                        cell = QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
                    else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
                        cell = QString::number(v.toLongLong());
                    else
                        cell = v.toString().replace(QStringLiteral("\\"), QStringLiteral("\\\\"))
                                   .replace(QStringLiteral("\t"), QStringLiteral("\\t"))
                                   .replace(QStringLiteral("\n"), QStringLiteral("\\n"));
                    line += QStringLiteral("\t") + cell;
                }
                lines.append(line.toUtf8());
            }
        }
        std::sort(lines.begin(), lines.end());
        QByteArray canonical = "jilin-planner scenario inputs 1\n";
        for (const QByteArray &line : lines)
            canonical += line + "\n";
        result = QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex().left(16));
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

const QStringList kChapterFiles{QStringLiteral("green_transition"), QStringLiteral("environment"),
                                QStringLiteral("black_soil"), QStringLiteral("ecological_security"),
                                QStringLiteral("two_mountains"), QStringLiteral("governance")};

// The first line of a page that has text: its running header.
QString firstLine(const QString &page)
{
    for (const QString &line : page.split(u'\n'))
        if (!line.trimmed().isEmpty())
            return line.trimmed();
    return QString();
}

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF00 && u <= 0xFFEF);
}

} // namespace

class TestReportCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QString m_db;

    CliResult cli(QStringList arguments, const QProcessEnvironment &env = {}) const
    {
        arguments.prepend(m_db);
        arguments.prepend(QStringLiteral("--db"));
        return runCli(arguments, env.isEmpty() ? m_env : env, 120000);
    }
    QString out(const QString &name) const { return m_dir.filePath(name); }
    QStringList filesIn(const QString &folder) const { return QDir(folder).entryList(QDir::Files | QDir::Hidden); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_env = isolatedEnvironment(m_dir.path());
        m_db = m_dir.filePath(QStringLiteral("plan.sqlite"));
        QCOMPARE(cli({QStringLiteral("scenarios")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("scenario"), QStringLiteral("fork"), kBaseline, kFork, QStringLiteral("--author"),
                      QStringLiteral("张三")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("lever"), QStringLiteral("set"), QStringLiteral("--scenario"), kFork,
                      QStringLiteral("--lever"), QStringLiteral("high_standard_farmland_built_per_year"),
                      QStringLiteral("--stage"), QStringLiteral("2"), QStringLiteral("400")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("scenario"), QStringLiteral("fork"), kBaseline, kLowForest}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("lever"), QStringLiteral("set"), QStringLiteral("--scenario"), kLowForest,
                      QStringLiteral("--lever"), QStringLiteral("afforestation_per_year"), QStringLiteral("--all-years"),
                      QStringLiteral("0")}).exitCode, 0);
        QVERIFY2(!tool(QStringLiteral("pdfinfo"), {QStringLiteral("-v")}).isNull() || QFile::exists(QStringLiteral("/usr/bin/pdfinfo")),
                 "poppler-utils (pdfinfo, pdftotext, pdffonts) are needed");
    }

    void chapterReport_data()
    {
        QTest::addColumn<QString>("chapter");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("scenario");
        QTest::newRow("black soil, zh_CN") << QStringLiteral("black_soil") << QStringLiteral("zh_CN") << kFork;
        QTest::newRow("black soil, en") << QStringLiteral("black_soil") << QStringLiteral("en") << kFork;
        QTest::newRow("ecological security, zh_CN") << QStringLiteral("ecological_security") << QStringLiteral("zh_CN")
                                                    << kBaseline;
        QTest::newRow("green transition, en") << QStringLiteral("green_transition") << QStringLiteral("en")
                                              << kBaseline;
    }

    void chapterReport()
    {
        QFETCH(QString, chapter);
        QFETCH(QString, lang);
        QFETCH(QString, scenario);
        const bool zh = lang == QLatin1String("zh_CN");
        const QString pdf = out(QStringLiteral("%1-%2.pdf").arg(chapter, lang));
        const CliResult r = cli({QStringLiteral("--lang"), lang, QStringLiteral("report"), QStringLiteral("--scenario"),
                                 scenario, QStringLiteral("--chapter"), chapter, QStringLiteral("-o"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(pdf));

        const QJsonObject json = chapterJson(chapter);
        const QJsonArray indicators = json.value(QStringLiteral("indicators")).toArray();
        QVERIFY(!indicators.isEmpty());
        // Indicators shown: those with a target or a projection (P50 values
        // in the project command's JSON), in catalog order.
        const CliResult projected = cli({QStringLiteral("project"), QStringLiteral("--scenario"), scenario,
                                         QStringLiteral("--draws"), QStringLiteral("10"), QStringLiteral("--json")});
        QCOMPARE(projected.exitCode, 0);
        QSet<QString> withProjection;
        for (const QJsonValue &v : QJsonDocument::fromJson(projected.out.toUtf8()).object()
                                       .value(QStringLiteral("indicators")).toArray()) {
            for (const QJsonValue &p50 : v.toObject().value(QStringLiteral("p50")).toArray())
                if (p50.isDouble())
                    withProjection.insert(v.toObject().value(QStringLiteral("id")).toString());
        }
        QList<QJsonObject> shown;
        for (const QJsonValue &v : indicators) {
            const QJsonObject ind = v.toObject();
            if (!ind.value(QStringLiteral("targets")).toArray().isEmpty()
                || withProjection.contains(ind.value(QStringLiteral("id")).toString()))
                shown.append(ind);
        }

        const QStringList pages = pageTexts(pdf);
        const int total = pdfPages(pdf);
        QCOMPARE(pages.size(), total);
        // Cover, the one-page summary, the contents (one page for a chapter's
        // seven sections), the chapter's targets (one page for its few
        // targets), two indicators a page.
        const int indicatorPages = int((shown.size() + 1) / 2);
        const int appendixStart = 4 + indicatorPages + 1;  // 1-based
        QVERIFY2(total > appendixStart - 1, qPrintable(QString::number(total)));
        QVERIFY(squeeze(pages.at(0)).contains(squeeze(kPlanTitle)));
        QVERIFY(squeeze(pages.at(1)).startsWith(squeeze(zh ? QStringLiteral("摘要") : QStringLiteral("Summary"))));
        QVERIFY(squeeze(pages.at(2)).startsWith(squeeze(zh ? QStringLiteral("目录") : QStringLiteral("Contents"))));
        QVERIFY(squeeze(pages.at(3)).contains(squeeze(zh ? QStringLiteral("一、本章目标汇总")
                                                         : QStringLiteral("1. Summary of the chapter's targets"))));
        for (qsizetype i = 0; i < shown.size(); ++i) {
            const QString name = shown.at(i).value(zh ? QStringLiteral("name_zh") : QStringLiteral("name_en")).toString();
            const int page = 4 + int(i / 2);  // 0-based
            QVERIFY2(squeeze(pages.at(page)).contains(squeeze(name)),
                     qPrintable(QStringLiteral("%1 not on page %2").arg(name).arg(page + 1)));
        }
        QVERIFY(squeeze(pages.at(appendixStart - 1)).startsWith(squeeze(zh ? QStringLiteral("第") : QStringLiteral("Chapter")))
                || squeeze(pages.at(appendixStart - 1)).contains(squeeze(zh ? QStringLiteral("三、调控变量及分阶段设置")
                                                                            : QStringLiteral("3. Levers and their settings by stage"))));
        QVERIFY(squeeze(pages.at(appendixStart - 1)).contains(squeeze(zh ? QStringLiteral("三、调控变量及分阶段设置")
                                                                         : QStringLiteral("3. Levers and their settings by stage"))));
        QVERIFY(squeeze(pages.last()).contains(squeeze(zh ? QStringLiteral("七、数据来源与假设说明") : QStringLiteral("Method:")))
                || squeeze(pages.join(QString())).contains(squeeze(zh ? QStringLiteral("七、数据来源与假设说明")
                                                                       : QStringLiteral("7. Sources and assumptions"))));

        // Every page says which page of how many, and the scenario's fingerprint.
        const QString fingerprint = fingerprintFromDatabase(m_db, scenario);
        QCOMPARE(fingerprint.size(), 16);
        for (int p = 0; p < total; ++p) {
            const QString text = squeeze(pages.at(p));
            const QString number = zh ? QStringLiteral("第%1页共%2页").arg(p + 1).arg(total)
                                      : QStringLiteral("Page%1of%2").arg(p + 1).arg(total);
            QVERIFY2(text.contains(number), qPrintable(QStringLiteral("page %1: %2").arg(p + 1).arg(number)));
            QVERIFY2(text.contains(fingerprint), qPrintable(QStringLiteral("page %1 lacks %2").arg(p + 1).arg(fingerprint)));
            // The shipped template by its name in the report's language.
            const QString named = !zh && scenario == kBaseline ? QStringLiteral("Current trends") : scenario;
            QVERIFY2(text.contains(squeeze(named)), qPrintable(QStringLiteral("page %1 lacks %2").arg(p + 1).arg(named)));
        }

        // Every target id and target value of the chapter.
        const QString all = squeeze(pages.join(QString()));
        for (const QJsonObject &ind : std::as_const(shown)) {
            const int decimals = ind.value(QStringLiteral("decimals")).toInt(1);
            for (const QJsonValue &t : ind.value(QStringLiteral("targets")).toArray()) {
                const QJsonObject target = t.toObject();
                QVERIFY2(all.contains(target.value(QStringLiteral("id")).toString()),
                         qPrintable(target.value(QStringLiteral("id")).toString()));
                if (!target.value(QStringLiteral("value")).isNull()) {
                    // A target's value as the plan states it: the indicator's decimals
                    // without trailing zeros, with the language's digit grouping
                    // (95.0 -> "95", 10944 -> "10,944").
                    const QLocale locale = zh ? QLocale(QLocale::Chinese, QLocale::China)
                                              : QLocale(QLocale::English, QLocale::UnitedKingdom);
                    QString value = locale.toString(target.value(QStringLiteral("value")).toDouble(), 'f', decimals);
                    if (value.contains(u'.')) {
                        while (value.endsWith(u'0'))
                            value.chop(1);
                        if (value.endsWith(u'.'))
                            value.chop(1);
                    }
                    QVERIFY2(all.contains(value), qPrintable(target.value(QStringLiteral("id")).toString() + u' ' + value));
                }
            }
        }

        // Text copies out as typed: no CJK radicals (页 方 目 生 from Noto CJK would), checked without NFKC.
        const QString raw = tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        for (const QChar c : raw) {
            QVERIFY2(!(c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF),
                     qPrintable(QStringLiteral("radical U+%1").arg(c.unicode(), 4, 16)));
            QVERIFY2(!(c.unicode() >= 0xFB00 && c.unicode() <= 0xFB06),
                     qPrintable(QStringLiteral("ligature U+%1").arg(c.unicode(), 4, 16)));
        }
        if (zh) {
            QVERIFY(raw.contains(QStringLiteral("页")));
            QVERIFY(raw.contains(QStringLiteral("目标")));
        }

        // Chinese faces embedded; none of Noto CJK (radicals when copied out).
        const QString fonts = tool(QStringLiteral("pdffonts"), {pdf});
        QVERIFY(fonts.contains(QStringLiteral("WenQuanYiMicroHei")));
        QVERIFY(!fonts.contains(QStringLiteral("Noto")));
        const QStringList fontLines = fonts.split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(!fontLines.isEmpty());
        for (const QString &line : fontLines)
            QVERIFY2(line.contains(QRegularExpression(QStringLiteral("\\s+yes\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"))),
                     qPrintable(line));

        if (!zh) {
            // English: Chinese only in names (scenario, author, the plan's
            // title, catalog names, units and sources quoted in the catalog's English text,
            // coefficients' too).
            QStringList allowed{kBaseline, kFork, QStringLiteral("张三"), kPlanTitle};
            for (const QString &file : {QStringLiteral("green_transition"), QStringLiteral("environment"),
                                        QStringLiteral("black_soil"), QStringLiteral("ecological_security"),
                                        QStringLiteral("two_mountains"), QStringLiteral("governance")}) {
                const QJsonObject c = chapterJson(file);
                for (const QJsonValue &v : c.value(QStringLiteral("indicators")).toArray()) {
                    const QJsonObject ind = v.toObject();
                    const QJsonObject b = ind.value(QStringLiteral("baseline")).toObject();
                    allowed << ind.value(QStringLiteral("name_en")).toString() << ind.value(QStringLiteral("unit_en")).toString()
                            << b.value(QStringLiteral("source")).toString() << b.value(QStringLiteral("note")).toString();
                }
                for (const QJsonValue &v : c.value(QStringLiteral("levers")).toArray()) {
                    const QJsonObject l = v.toObject();
                    allowed << l.value(QStringLiteral("name_en")).toString() << l.value(QStringLiteral("unit_en")).toString()
                            << l.value(QStringLiteral("source")).toString() << l.value(QStringLiteral("note")).toString();
                }
                // Section 八 names the fixed numbers an assumption rests on,
                // with the catalog's English note (which quotes titles in Chinese).
                for (const QJsonValue &v : c.value(QStringLiteral("coefficients")).toArray()) {
                    const QJsonObject k = v.toObject();
                    allowed << k.value(QStringLiteral("name_en")).toString() << k.value(QStringLiteral("source")).toString()
                            << k.value(QStringLiteral("note")).toString();
                }
            }
            const QString allowedText = allowed.join(QChar(u'\n'));
            QString run;
            const auto check = [&] {
                if (!run.isEmpty())
                    QVERIFY2(allowedText.contains(run), qPrintable(QStringLiteral("Chinese body text: ") + run));
                run.clear();
            };
            for (const QChar c : raw) {
                if (isCjk(c))
                    run += c;
                else
                    check();
            }
            check();
        }
    }

    // The summary (page 2) is one page: the contents begin on page 3. On it
    // exactly the plan's own targets that are off track or at risk, least
    // likely first; the set is read from `project --json` (same draws and
    // seed as the report), the chapters from the catalog files.
    void summaryPage_data()
    {
        QTest::addColumn<QString>("chapter");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("scenario");
        QTest::newRow("whole plan, zh_CN") << QStringLiteral("all") << QStringLiteral("zh_CN") << kBaseline;
        QTest::newRow("whole plan, en") << QStringLiteral("all") << QStringLiteral("en") << kBaseline;
        QTest::newRow("ecological security, en") << QStringLiteral("ecological_security") << QStringLiteral("en")
                                                 << kLowForest;
        QTest::newRow("green transition, zh_CN") << QStringLiteral("green_transition") << QStringLiteral("zh_CN")
                                                 << kBaseline;
    }

    void summaryPage()
    {
        QFETCH(QString, chapter);
        QFETCH(QString, lang);
        QFETCH(QString, scenario);
        const bool zh = lang == QLatin1String("zh_CN");
        QSet<QString> inChapter;  // indicator ids of the report's chapters
        for (const QString &file : kChapterFiles)
            if (chapter == QLatin1String("all") || chapter == file)
                for (const QJsonValue &v : chapterJson(file).value(QStringLiteral("indicators")).toArray())
                    inChapter.insert(v.toObject().value(QStringLiteral("id")).toString());
        QVERIFY(!inChapter.isEmpty());

        const CliResult projected = cli({QStringLiteral("project"), QStringLiteral("--scenario"), scenario,
                                         QStringLiteral("--json")});
        QCOMPARE(projected.exitCode, 0);
        QMap<QString, double> missed;  // id -> probability
        QSet<QString> allIds;
        for (const QJsonValue &v : QJsonDocument::fromJson(projected.out.toUtf8()).object()
                                       .value(QStringLiteral("indicators")).toArray()) {
            const QJsonObject ind = v.toObject();
            for (const QJsonValue &t : ind.value(QStringLiteral("targets")).toArray()) {
                const QJsonObject target = t.toObject();
                allIds.insert(target.value(QStringLiteral("id")).toString());
                const QString status = target.value(QStringLiteral("status")).toString();
                if (inChapter.contains(ind.value(QStringLiteral("id")).toString())
                    && target.value(QStringLiteral("origin")).toString() == QLatin1String("plan")
                    && (status == QLatin1String("off_track") || status == QLatin1String("at_risk")))
                    missed.insert(target.value(QStringLiteral("id")).toString(),
                                  target.value(QStringLiteral("probability")).toDouble());
            }
        }
        // The low-forest scenario exists to have a missed target in chapter 5.
        if (scenario == kLowForest)
            QVERIFY(!missed.isEmpty());

        const QString pdf = out(QStringLiteral("summary-%1-%2.pdf").arg(chapter, lang));
        const CliResult r = cli({QStringLiteral("--lang"), lang, QStringLiteral("report"), QStringLiteral("--scenario"),
                                 scenario, QStringLiteral("--chapter"), chapter, QStringLiteral("-o"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList pages = pageTexts(pdf);
        QVERIFY(pages.size() > 4);
        QCOMPARE(firstLine(pages.at(1)), zh ? QStringLiteral("摘要") : QStringLiteral("Summary"));
        QCOMPARE(firstLine(pages.at(2)), zh ? QStringLiteral("目录") : QStringLiteral("Contents"));
        const QString summary = pages.at(1);

        // The target ids on the summary, in the order they are printed.
        static const QRegularExpression idPattern(QStringLiteral("\\b[A-Z]-\\d\\d\\b"));
        QStringList printed;
        for (auto it = idPattern.globalMatch(summary); it.hasNext();) {
            const QString id = it.next().captured();
            if (allIds.contains(id) && !printed.contains(id))
                printed.append(id);
        }
        QStringList expected = missed.keys();
        std::sort(expected.begin(), expected.end());
        QStringList found = printed;
        std::sort(found.begin(), found.end());
        QCOMPARE(found, expected);
        // Least likely first.
        for (qsizetype i = 1; i < printed.size(); ++i)
            QVERIFY2(missed.value(printed.at(i - 1)) <= missed.value(printed.at(i)),
                     qPrintable(printed.at(i - 1) + QStringLiteral(" before ") + printed.at(i)));
        // Each with what meets it: a lever's setting, or that none does (in
        // reading order: -layout puts table columns side by side).
        const QString squeezed = squeeze(tool(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("2"),
                                                                           QStringLiteral("-l"), QStringLiteral("2"), pdf,
                                                                           QStringLiteral("-")}));
        if (!expected.isEmpty()) {
            const QStringList answers = zh ? QStringList{QStringLiteral("在取值范围"), QStringLiteral("单个调控变量均无法达到"),
                                                         QStringLiteral("模型中没有调控变量作用于该指标"), QStringLiteral("里程碑目标")}
                                           : QStringList{QStringLiteral("insideitsrange"), QStringLiteral("nosinglelever"),
                                                         QStringLiteral("nolever"), QStringLiteral("amilestone")};
            int count = 0;
            for (const QString &a : answers)
                count += int(squeezed.count(a));
            QCOMPARE(count, int(expected.size()));
        }
        // The chapters' bars carry the status words (black-and-white print).
        if (chapter == QLatin1String("all")) {
            for (const QString &file : kChapterFiles) {
                const QJsonObject c = chapterJson(file).value(QStringLiteral("chapter")).toObject();
                if (zh)
                    QVERIFY(squeezed.contains(c.value(QStringLiteral("numeral")).toString() + u'、'
                                              + c.value(QStringLiteral("name_zh")).toString()));
            }
        }
        QVERIFY(squeezed.contains(zh ? QStringLiteral("规划者设定的工作目标") : QStringLiteral("workingtargets")));
    }

    // The summary's answer for a missed target keeps its promise: the lever
    // setting it names, applied every year to a fork with `lever set
    // --all-years`, meets the target with at least 90 % probability in
    // `project --json` (same draws and seed as the report). G-03 (carbon
    // peak) is off track in the current-trends scenario; its indicator is
    // moved by the energy levers (the catalog's "moves", checked against
    // the models by tst_catalog), so the answer is a lever, not "no lever".
    void summaryAnswerKeepsItsPromise()
    {
        const QString pdf = out(QStringLiteral("summary-promise.pdf"));
        const CliResult r = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("report"),
                                 QStringLiteral("--scenario"), kBaseline, QStringLiteral("--chapter"),
                                 QStringLiteral("green_transition"), QStringLiteral("-o"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // The words of the summary page with their positions: the answer is
        // the words of the third column on G-03's row (from G-03's line to
        // the next target id in the first column).
        struct Word
        {
            double x;
            double y;
            QString text;
        };
        QList<Word> words;
        static const QRegularExpression wordPattern(
            QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\"[^>]*>([^<]*)</word>"));
        const QString boxes = tool(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"),
                                                                 QStringLiteral("2"), QStringLiteral("-bbox"), pdf,
                                                                 QStringLiteral("-")});
        for (auto it = wordPattern.globalMatch(boxes); it.hasNext();) {
            const auto m = it.next();
            QString text = m.captured(3);
            text.replace(QStringLiteral("&apos;"), QStringLiteral("'")).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
            words.append({m.captured(1).toDouble(), m.captured(2).toDouble(), text});
        }
        const auto find = [&](const QString &text) {
            return std::find_if(words.cbegin(), words.cend(), [&](const Word &w) { return w.text == text; });
        };
        const auto header = find(QStringLiteral("Yearly"));
        const auto g03 = find(QStringLiteral("G-03"));
        QVERIFY(header != words.cend() && g03 != words.cend());
        static const QRegularExpression idPattern(QStringLiteral("^[A-Z]-\\d\\d$"));
        double rowEnd = 1e9;
        for (const Word &w : std::as_const(words))
            if (w.x <= g03->x + 1 && w.y > g03->y + 1 && idPattern.match(w.text).hasMatch())
                rowEnd = std::min(rowEnd, w.y);
        QList<Word> cell;
        for (const Word &w : std::as_const(words))
            if (w.x >= header->x - 1 && w.y >= g03->y - 1 && w.y < rowEnd - 1)
                cell.append(w);
        std::stable_sort(cell.begin(), cell.end(), [](const Word &a, const Word &b) {
            return std::abs(a.y - b.y) > 1 ? a.y < b.y : a.x < b.x;
        });
        QString row;
        for (const Word &w : std::as_const(cell))
            row += w.text;
        row = squeeze(row);
        QString leverId;
        double setting = std::nan("");
        for (const QJsonValue &v : chapterJson(QStringLiteral("green_transition")).value(QStringLiteral("levers")).toArray()) {
            const QJsonObject lever = v.toObject();
            const QRegularExpression answer(QRegularExpression::escape(squeeze(lever.value(QStringLiteral("name_en")).toString()))
                                            + QStringLiteral(":(-?\\d+(?:\\.\\d+)?)"));
            const auto m = answer.match(row);
            if (!m.hasMatch())
                continue;
            leverId = lever.value(QStringLiteral("id")).toString();
            setting = m.captured(1).toDouble();
            QVERIFY2(lever.value(QStringLiteral("moves")).toArray().contains(QStringLiteral("energy_co2_emissions_index")),
                     qPrintable(leverId));
        }
        QVERIFY2(!leverId.isEmpty(), qPrintable(row));

        const QString fork = QStringLiteral("G-03 rescue");
        QCOMPARE(cli({QStringLiteral("scenario"), QStringLiteral("fork"), kBaseline, fork}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("lever"), QStringLiteral("set"), QStringLiteral("--scenario"), fork,
                      QStringLiteral("--lever"), leverId, QStringLiteral("--all-years"), QString::number(setting)})
                     .exitCode,
                 0);
        const CliResult projected = cli({QStringLiteral("project"), QStringLiteral("--scenario"), fork, QStringLiteral("--json")});
        QCOMPARE(projected.exitCode, 0);
        double probability = -1.0;
        for (const QJsonValue &v : QJsonDocument::fromJson(projected.out.toUtf8()).object()
                                       .value(QStringLiteral("indicators")).toArray())
            for (const QJsonValue &t : v.toObject().value(QStringLiteral("targets")).toArray())
                if (t.toObject().value(QStringLiteral("id")).toString() == QLatin1String("G-03"))
                    probability = t.toObject().value(QStringLiteral("probability")).toDouble();
        QVERIFY2(probability >= 0.9, qPrintable(QStringLiteral("%1 = %2: G-03 at %3").arg(leverId).arg(setting).arg(probability)));
    }

    // Every entry of the contents names the page its heading is drawn on:
    // walking the entries in order, the page listed is the first page from
    // the previous entry's on (after the contents) whose text has the heading.
    void contentsPageNumbers_data()
    {
        QTest::addColumn<QString>("chapter");
        QTest::addColumn<QString>("lang");
        QTest::newRow("whole plan, zh_CN") << QStringLiteral("all") << QStringLiteral("zh_CN");
        QTest::newRow("whole plan, en") << QStringLiteral("all") << QStringLiteral("en");
        QTest::newRow("ecological security, zh_CN") << QStringLiteral("ecological_security") << QStringLiteral("zh_CN");
    }

    void contentsPageNumbers()
    {
        QFETCH(QString, chapter);
        QFETCH(QString, lang);
        const bool zh = lang == QLatin1String("zh_CN");
        const QString pdf = out(QStringLiteral("contents-%1-%2.pdf").arg(chapter, lang));
        const CliResult r = cli({QStringLiteral("--lang"), lang, QStringLiteral("report"), QStringLiteral("--scenario"),
                                 kBaseline, QStringLiteral("--chapter"), chapter, QStringLiteral("-o"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const int total = pdfPages(pdf);
        // pdftotext page by page.
        QStringList pages;
        for (int p = 1; p <= total; ++p)
            pages.append(tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-f"),
                                                            QString::number(p), QStringLiteral("-l"), QString::number(p),
                                                            pdf, QStringLiteral("-")}));
        const QString contentsHeader = zh ? QStringLiteral("目录") : QStringLiteral("Contents");
        int lastContentsPage = 0;  // 1-based
        QList<QPair<QString, int>> entries;
        static const QRegularExpression entry(QStringLiteral("^\\s*(\\S.*\\S)\\s{2,}(\\d+)\\s*$"));
        for (int p = 1; p <= total; ++p) {
            if (firstLine(pages.at(p - 1)) != contentsHeader)
                continue;
            lastContentsPage = p;
            for (const QString &line : pages.at(p - 1).split(u'\n')) {
                const auto m = entry.match(line);
                // Not the footer ("… 第 3 页 共 75 页" ends in a word).
                if (m.hasMatch() && !m.captured(1).contains(QStringLiteral("fingerprint"))
                    && !m.captured(1).contains(QStringLiteral("指纹")))
                    entries.append({m.captured(1).simplified(), m.captured(2).toInt()});
            }
        }
        QCOMPARE(lastContentsPage > 2, true);
        // Whole plan: overview, 6 chapters (each its heading and 7 sections),
        // then the implementation section; a chapter: its 7 sections.
        QCOMPARE(entries.size(), chapter == QLatin1String("all") ? 1 + 6 * 8 + 1 : 7);
        int cursor = lastContentsPage + 1;
        for (const auto &[text, listed] : std::as_const(entries)) {
            int drawn = 0;
            for (int p = cursor; p <= total && drawn == 0; ++p)
                if (squeeze(pages.at(p - 1)).contains(squeeze(text)))
                    drawn = p;
            QVERIFY2(drawn == listed, qPrintable(QStringLiteral("%1: listed on page %2, drawn on page %3")
                                                     .arg(text).arg(listed).arg(drawn)));
            cursor = listed;
        }
    }

    // The cover: the issuing office given on the command line, or the one
    // saved once in the settings, or no such line; the date written the
    // language's way; the author a person; no line left empty.
    void cover_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("issuerOption");
        QTest::addColumn<QString>("issuerSaved");
        QTest::addColumn<QString>("issuerShown");
        const QString office = QStringLiteral("吉林省生态环境厅");
        QTest::newRow("zh, --issuer") << QStringLiteral("zh_CN") << kFork << office << QString() << office;
        QTest::newRow("en, --issuer") << QStringLiteral("en") << kBaseline << QStringLiteral("Jilin Department of Ecology and Environment")
                                      << QString() << QStringLiteral("Jilin Department of Ecology and Environment");
        QTest::newRow("zh, saved") << QStringLiteral("zh_CN") << kBaseline << QString() << office << office;
        QTest::newRow("zh, --issuer over saved") << QStringLiteral("zh_CN") << kBaseline << QStringLiteral("长春市生态环境局")
                                                 << office << QStringLiteral("长春市生态环境局");
        QTest::newRow("zh, none") << QStringLiteral("zh_CN") << kBaseline << QString() << QString() << QString();
    }

    void cover()
    {
        QFETCH(QString, lang);
        QFETCH(QString, scenario);
        QFETCH(QString, issuerOption);
        QFETCH(QString, issuerSaved);
        QFETCH(QString, issuerShown);
        const bool zh = lang == QLatin1String("zh_CN");
        // The settings file the program reads (QSettings, organisation
        // JilinPlanner, application jilin-planner, under XDG_CONFIG_HOME).
        const QString config = m_dir.filePath(QStringLiteral("config/JilinPlanner/jilin-planner.conf"));
        QFile::remove(config);
        if (!issuerSaved.isEmpty()) {
            QSettings settings(config, QSettings::IniFormat);
            settings.setValue(QStringLiteral("report/issuer"), issuerSaved);
        }
        const QString pdf = out(QStringLiteral("cover-%1.pdf").arg(QString::fromUtf8(QTest::currentDataTag())
                                                                   .replace(QRegularExpression(QStringLiteral("\\W+")),
                                                                            QStringLiteral("-"))));
        QStringList args{QStringLiteral("--lang"), lang, QStringLiteral("report"), QStringLiteral("--scenario"), scenario,
                         QStringLiteral("--chapter"), QStringLiteral("governance"), QStringLiteral("-o"), pdf};
        if (!issuerOption.isEmpty())
            args << QStringLiteral("--issuer") << issuerOption;
        const CliResult r = cli(args);
        QFile::remove(config);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString cover = pageTexts(pdf).value(0);
        const QString flat = squeeze(cover);

        const QString label = zh ? QStringLiteral("编制单位：") : QStringLiteral("Issued by:");
        if (issuerShown.isEmpty())
            QVERIFY2(!flat.contains(squeeze(label)), qPrintable(cover));
        else
            QVERIFY2(flat.contains(squeeze(label + issuerShown)), qPrintable(cover));

        // Today, as a reader of the language writes it.
        const QDate today = QDate::currentDate();
        const QStringList months{QStringLiteral("January"), QStringLiteral("February"), QStringLiteral("March"),
                                 QStringLiteral("April"), QStringLiteral("May"), QStringLiteral("June"),
                                 QStringLiteral("July"), QStringLiteral("August"), QStringLiteral("September"),
                                 QStringLiteral("October"), QStringLiteral("November"), QStringLiteral("December")};
        const QString date = zh ? QStringLiteral("%1年%2月%3日").arg(today.year()).arg(today.month()).arg(today.day())
                                : QStringLiteral("%1 %2 %3").arg(today.day()).arg(months.at(today.month() - 1)).arg(today.year());
        QVERIFY2(flat.contains(squeeze(date)), qPrintable(date + QStringLiteral(" not on ") + cover));

        // The fingerprint; the author a person, never the program.
        QVERIFY(flat.contains(fingerprintFromDatabase(m_db, scenario)));
        QVERIFY(!flat.contains(QStringLiteral("jilin-planner")));
        if (scenario == kFork)
            QVERIFY(flat.contains(squeeze((zh ? QStringLiteral("作者") : QStringLiteral("Author")) + QStringLiteral("张三"))));
        // No empty field and no placeholder: every label of the cover's
        // table is followed by text on its line.
        const QStringList labels = zh ? QStringList{QStringLiteral("章节"), QStringLiteral("情景"), QStringLiteral("作者"),
                                                    QStringLiteral("输入指纹"), QStringLiteral("修订号"),
                                                    QStringLiteral("最后修改"), QStringLiteral("预测方法")}
                                      : QStringList{QStringLiteral("Chapter"), QStringLiteral("Scenario"), QStringLiteral("Author"),
                                                    QStringLiteral("Fingerprint of its inputs"), QStringLiteral("Revision"),
                                                    QStringLiteral("Last changed"), QStringLiteral("Projection")};
        for (const QString &line : cover.split(u'\n')) {
            const QString t = line.trimmed();
            for (const QString &l : labels)
                QVERIFY2(t != l, qPrintable(QStringLiteral("empty field: ") + l));
        }
        for (const QString &placeholder : {QStringLiteral("not recorded"), QStringLiteral("未记录"), QStringLiteral("TODO"),
                                           QStringLiteral("N/A")})
            QVERIFY(!cover.contains(placeholder));
    }

    // The handout: the presentation's slides (every indicator with a target,
    // chapters in plan order) two to a page, each with the number the
    // presenter's screen shows; charts as vectors (no raster image).
    void handout_data()
    {
        QTest::addColumn<QString>("chapter");
        QTest::addColumn<QString>("lang");
        QTest::newRow("all, zh_CN") << QStringLiteral("all") << QStringLiteral("zh_CN");
        QTest::newRow("ecological security, en") << QStringLiteral("ecological_security") << QStringLiteral("en");
    }

    void handout()
    {
        QFETCH(QString, chapter);
        QFETCH(QString, lang);
        const bool zh = lang == QLatin1String("zh_CN");
        QList<int> numbers;  // the presenter's numbers of the slides printed
        int slides = 0;
        for (const QString &file : kChapterFiles) {
            for (const QJsonValue &v : chapterJson(file).value(QStringLiteral("indicators")).toArray()) {
                if (v.toObject().value(QStringLiteral("targets")).toArray().isEmpty())
                    continue;
                ++slides;
                if (chapter == QLatin1String("all") || chapter == file)
                    numbers.append(slides);
            }
        }
        QVERIFY(!numbers.isEmpty());
        const QString pdf = out(QStringLiteral("handout-%1-%2.pdf").arg(chapter, lang));
        const CliResult r = cli({QStringLiteral("--lang"), lang, QStringLiteral("report"), QStringLiteral("--handout"),
                                 QStringLiteral("--scenario"), kBaseline, QStringLiteral("--chapter"), chapter,
                                 QStringLiteral("-o"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList pages = pageTexts(pdf);
        QCOMPARE(pdfPages(pdf), int((numbers.size() + 1) / 2));
        QCOMPARE(pages.size(), int((numbers.size() + 1) / 2));
        for (qsizetype i = 0; i < numbers.size(); ++i) {
            const QString label = zh ? QStringLiteral("第%1张/共%2张").arg(numbers.at(i)).arg(slides)
                                     : QStringLiteral("Slide%1/%2").arg(numbers.at(i)).arg(slides);
            QVERIFY2(squeeze(pages.at(i / 2)).contains(label),
                     qPrintable(label + QStringLiteral(" not on page ") + QString::number(i / 2 + 1)));
        }
        // Vector output: pdfimages lists no image at all (header lines only).
        const QStringList images = tool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
                                       .split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(images.size(), 2);
        // Two scenarios are refused: the handout shows one.
        const CliResult two = cli({QStringLiteral("report"), QStringLiteral("--handout"), QStringLiteral("--scenario"),
                                   kBaseline, QStringLiteral("--scenario"), kFork, QStringLiteral("-o"),
                                   out(QStringLiteral("two.pdf"))});
        QCOMPARE(two.exitCode, 2);
    }

    void sameScenarioSameText()
    {
        const QString a = out(QStringLiteral("same-a.pdf"));
        const QString b = out(QStringLiteral("same-b.pdf"));
        for (const QString &pdf : {a, b})
            QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("--scenario"), kFork, QStringLiteral("--chapter"),
                          QStringLiteral("environment"), QStringLiteral("-o"), pdf}).exitCode, 0);
        const QString first = tool(QStringLiteral("pdftotext"), {a, QStringLiteral("-")});
        QVERIFY(!first.isEmpty());
        QCOMPARE(tool(QStringLiteral("pdftotext"), {b, QStringLiteral("-")}), first);
    }

    void newRevisionNewFingerprint()
    {
        const QString scenario = QStringLiteral("Revision check");
        QCOMPARE(cli({QStringLiteral("scenario"), QStringLiteral("fork"), kBaseline, scenario}).exitCode, 0);
        const QString before = fingerprintFromDatabase(m_db, scenario);
        // Same inputs as its parent: the same fingerprint.
        QCOMPARE(before, fingerprintFromDatabase(m_db, kBaseline));
        QCOMPARE(cli({QStringLiteral("lever"), QStringLiteral("set"), QStringLiteral("--scenario"), scenario,
                      QStringLiteral("--lever"), QStringLiteral("afforestation_per_year"), QStringLiteral("--all-years"),
                      QStringLiteral("20")}).exitCode, 0);
        const QString after = fingerprintFromDatabase(m_db, scenario);
        QVERIFY(after != before);
        const QString pdf = out(QStringLiteral("revision.pdf"));
        const CliResult r = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("report"),
                                 QStringLiteral("--scenario"), scenario, QStringLiteral("--chapter"),
                                 QStringLiteral("ecological_security"), QStringLiteral("-o"), pdf});
        QCOMPARE(r.exitCode, 0);
        const QString text = squeeze(tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}));
        QVERIFY(text.contains(QStringLiteral("revision2·fingerprint") + after));
        QVERIFY(!text.contains(before));
        // A city's own record of a task is an input too (a line with the
        // city as its fifth column): revision 3, another fingerprint.
        QCOMPARE(cli({QStringLiteral("task"), QStringLiteral("set"), QStringLiteral("--scenario"), scenario,
                      QStringLiteral("--task"), QStringLiteral("T-02-01-1"), QStringLiteral("--city"),
                      QStringLiteral("吉林市"), QStringLiteral("--progress"), QStringLiteral("30")}).exitCode, 0);
        const QString withCity = fingerprintFromDatabase(m_db, scenario);
        QVERIFY(withCity != after);
        QCOMPARE(cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("report"), QStringLiteral("--scenario"),
                      scenario, QStringLiteral("--chapter"), QStringLiteral("ecological_security"), QStringLiteral("-o"),
                      pdf, QStringLiteral("--force")}).exitCode, 0);
        QVERIFY(squeeze(tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}))
                    .contains(QStringLiteral("revision3·fingerprint") + withCity));
    }

    void fullReportWithComparison()
    {
        const QString pdf = out(QStringLiteral("full.pdf"));
        const CliResult r = cli({QStringLiteral("report"), QStringLiteral("--scenario"), kBaseline,
                                 QStringLiteral("--scenario"), kFork, QStringLiteral("-o"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList pages = pageTexts(pdf);
        QCOMPARE(pages.size(), pdfPages(pdf));
        const QString all = squeeze(pages.join(QString()));
        QVERIFY(all.contains(squeeze(QStringLiteral("总览：规划的全部目标"))));
        QVERIFY(all.contains(squeeze(QStringLiteral("附录：情景比较"))));
        // Every chapter, every target of the plan.
        for (const QString &file : {QStringLiteral("green_transition"), QStringLiteral("environment"),
                                    QStringLiteral("black_soil"), QStringLiteral("ecological_security"),
                                    QStringLiteral("two_mountains"), QStringLiteral("governance")}) {
            const QJsonObject c = chapterJson(file);
            const QJsonObject chapter = c.value(QStringLiteral("chapter")).toObject();
            QVERIFY(all.contains(squeeze(QStringLiteral("%1、%2").arg(chapter.value(QStringLiteral("numeral")).toString(),
                                                                       chapter.value(QStringLiteral("name_zh")).toString()))));
            for (const QJsonValue &v : c.value(QStringLiteral("indicators")).toArray())
                for (const QJsonValue &t : v.toObject().value(QStringLiteral("targets")).toArray())
                    QVERIFY(all.contains(t.toObject().value(QStringLiteral("id")).toString()));
        }
        // The fork moved stage 2 of one lever: that row is in the lever comparison, with 400,
        // by the lever's name (its id is for the command line, never printed).
        const qsizetype appendix = all.indexOf(squeeze(QStringLiteral("设置不同的调控变量")));
        QVERIFY(appendix > 0);
        const QString tail = all.mid(appendix);
        QVERIFY(tail.contains(QStringLiteral("高标准农田年建设面积")));
        QVERIFY(!all.contains(QStringLiteral("high_standard_farmland_built_per_year")));
        QVERIFY(tail.contains(QStringLiteral("264/400/264")));
    }

    // A chapter report prints the decomposition of its targets with each
    // city's observed value and status; the full report has the
    // implementation section: tasks by status per chapter and the composite
    // index with its method in words. Both languages.
    void implementationInReports()
    {
        const QString scenario = QStringLiteral("cities report");
        QCOMPARE(cli({QStringLiteral("scenario"), QStringLiteral("fork"), kBaseline, scenario}).exitCode, 0);
        // S-02 (forest coverage >= 46 % in 2035) to three cities: parts
        // 18.4, 18.4 and 9.2 (share / 100 x 46).
        CliResult r = cli({QStringLiteral("decompose"), QStringLiteral("--scenario"), scenario, QStringLiteral("--target"),
                           QStringLiteral("S-02"), QStringLiteral("--share"), QStringLiteral("长春市=40"),
                           QStringLiteral("--share"), QStringLiteral("吉林市=40"), QStringLiteral("--share"),
                           QStringLiteral("四平市=20")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // The cities' monitoring table. By hand (trend test from 2015):
        //   长春市 18.5 in 2023 >= 18.4: achieved;
        //   吉林市 16 -> 16.8 (2015-2023): R = (1.05^(1/8) - 1) / (1.15^(1/20) - 1)
        //          = 0.0061174 / 0.0070126 = 0.87, acceleration needed;
        //   四平市 9.0 -> 8.8 while forest cover should rise: moving away.
        const QString csv = out(QStringLiteral("cities.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("indicator,city,year,value\n"
                    "forest_coverage,长春市,2015,16\nforest_coverage,长春市,2023,18.5\n"
                    "forest_coverage,吉林市,2015,16\nforest_coverage,吉林市,2023,16.8\n"
                    "forest_coverage,四平市,2015,9.0\nforest_coverage,四平市,2023,8.8\n");
        }
        r = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("import"), csv, QStringLiteral("--scenario"),
                 scenario});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("forest_coverage Changchun 2023 = 18.5")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("6 new, 0 changed, 0 unchanged, 0 rejected")), qPrintable(r.out));
        // Two of green transition's 13 tasks (all seeded not started, 0 %):
        // one done (100 %), one in progress at 50 %. Its row: 11 not
        // started, 1 in progress, 1 done, 13 tasks, mean (100 + 50) / 13 = 11.5 %.
        QCOMPARE(cli({QStringLiteral("task"), QStringLiteral("set"), QStringLiteral("--scenario"), scenario,
                      QStringLiteral("--task"), QStringLiteral("T-02-01-1"), QStringLiteral("--status"), QStringLiteral("done"),
                      QStringLiteral("--progress"), QStringLiteral("100")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("task"), QStringLiteral("set"), QStringLiteral("--scenario"), scenario,
                      QStringLiteral("--task"), QStringLiteral("T-02-01-2"), QStringLiteral("--status"),
                      QStringLiteral("in_progress"), QStringLiteral("--progress"), QStringLiteral("50")}).exitCode, 0);
        // 吉林市's own records: T-02-01-1 done (100 %), T-02-02-1 in progress
        // at 30 %. Its row among the cities' records: 0 not started, 1 in
        // progress, 1 done, 2 tasks, mean (100 + 30) / 2 = 65.0 %; the
        // province's rows above stay as they were (11.5 % for chapter 二).
        QCOMPARE(cli({QStringLiteral("task"), QStringLiteral("set"), QStringLiteral("--scenario"), scenario,
                      QStringLiteral("--task"), QStringLiteral("T-02-01-1"), QStringLiteral("--city"), QStringLiteral("吉林市"),
                      QStringLiteral("--status"), QStringLiteral("done"), QStringLiteral("--progress"),
                      QStringLiteral("100")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("task"), QStringLiteral("set"), QStringLiteral("--scenario"), scenario,
                      QStringLiteral("--task"), QStringLiteral("T-02-02-1"), QStringLiteral("--city"), QStringLiteral("Jilin City"),
                      QStringLiteral("--status"), QStringLiteral("in_progress"), QStringLiteral("--progress"),
                      QStringLiteral("30")}).exitCode, 0);

        for (const QString &lang : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
            const bool zh = lang == QLatin1String("zh_CN");
            const QString pdf = out(QStringLiteral("cities-%1.pdf").arg(lang));
            r = cli({QStringLiteral("--lang"), lang, QStringLiteral("report"), QStringLiteral("--scenario"), scenario,
                     QStringLiteral("--chapter"), QStringLiteral("ecological_security"), QStringLiteral("-o"), pdf});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const QString text = squeeze(pageTexts(pdf).join(QString()));
            const qsizetype at = text.indexOf(squeeze(zh ? QStringLiteral("目标分解到各市")
                                                          : QStringLiteral("The targets' decomposition to the cities")));
            QVERIFY2(at > 0, qPrintable(lang));
            const QString table = text.mid(at, 1200);
            const QStringList rows = zh ? QStringList{QStringLiteral("S-02长春市40.00%"), QStringLiteral("已达成"),
                                                      QStringLiteral("S-02吉林市40.00%"), QStringLiteral("需加速"),
                                                      QStringLiteral("S-02四平市20.00%"), QStringLiteral("背离目标")}
                                        : QStringList{QStringLiteral("S-02Changchun40.00%"), QStringLiteral("achieved"),
                                                      QStringLiteral("S-02JilinCity40.00%"),
                                                      QStringLiteral("accelerationneeded"),
                                                      QStringLiteral("S-02Siping20.00%"), QStringLiteral("movingaway")};
            qsizetype from = 0;
            for (const QString &cell : rows) {
                const qsizetype found = table.indexOf(cell, from);
                QVERIFY2(found >= 0, qPrintable(lang + QStringLiteral(": ") + cell + QStringLiteral(" in ") + table));
                from = found + cell.size();
            }
            // 长春市: its part 18.40 % (40 % of 46), its latest value 18.50 % (2023),
            // in the indicator's two decimals.
            QVERIFY2(table.contains(QStringLiteral("18.40%18.50%(2023)")), qPrintable(table));
            // No other chapter's report has a decomposition.
            const QString other = out(QStringLiteral("green-%1.pdf").arg(lang));
            r = cli({QStringLiteral("--lang"), lang, QStringLiteral("report"), QStringLiteral("--scenario"), scenario,
                     QStringLiteral("--chapter"), QStringLiteral("green_transition"), QStringLiteral("-o"), other});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY(!squeeze(pageTexts(other).join(QString()))
                         .contains(squeeze(zh ? QStringLiteral("目标分解到各市")
                                              : QStringLiteral("The targets' decomposition to the cities"))));

            // The full report: its implementation section.
            const QString full = out(QStringLiteral("cities-full-%1.pdf").arg(lang));
            r = cli({QStringLiteral("--lang"), lang, QStringLiteral("report"), QStringLiteral("--scenario"), scenario,
                     QStringLiteral("-o"), full});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const QString all = squeeze(pageTexts(full).join(QString()));
            const qsizetype tasks = all.indexOf(squeeze(zh ? QStringLiteral("规划任务的状态")
                                                            : QStringLiteral("The plan's tasks by status")));
            const qsizetype index = all.indexOf(squeeze(zh ? QStringLiteral("综合评估指数")
                                                            : QStringLiteral("The composite assessment index")),
                                                tasks);
            QVERIFY2(tasks > 0 && index > tasks, qPrintable(lang));
            const QString taskTable = all.mid(tasks, index - tasks);
            QVERIFY2(taskTable.contains(QStringLiteral("11111311.5%")), qPrintable(taskTable));
            // Governance: its 14 tasks untouched.
            QVERIFY2(taskTable.contains(QStringLiteral("1400140.0%")), qPrintable(taskTable));
            const qsizetype cityRecords = taskTable.indexOf(squeeze(zh ? QStringLiteral("各市自己的任务记录")
                                                                        : QStringLiteral("The cities' own records of the tasks")));
            QVERIFY2(cityRecords > 0, qPrintable(taskTable));
            QVERIFY2(taskTable.mid(cityRecords).contains(zh ? QStringLiteral("吉林市011265.0%")
                                                            : QStringLiteral("JilinCity011265.0%")),
                     qPrintable(taskTable.mid(cityRecords)));
            // The method in words, with the component weights of plan_tasks.json (0.7 / 0.3).
            QJsonObject weights;
            {
                QFile f(QStringLiteral(PLANNER_SOURCE_DIR "/resources/catalog/plan_tasks.json"));
                QVERIFY(f.open(QIODevice::ReadOnly));
                weights = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("assessment_weights")).toObject();
            }
            const QString method = all.mid(index, 900);
            QVERIFY2(method.contains(QString::number(weights.value(QStringLiteral("targets")).toDouble()))
                         && method.contains(QString::number(weights.value(QStringLiteral("tasks")).toDouble())),
                     qPrintable(method));
            QVERIFY(method.contains(zh ? QStringLiteral("100×(预测值−起点值)÷(目标值−起点值)")
                                       : QStringLiteral("100×(projected−start)÷(target−start)")));
        }

        // 四平市 changes its own share of S-02 from 20 to 23 (decompose
        // --city): 40 + 40 + 23 = 103 %, which the chapter report says under
        // the table; 四平市's part is 23 % of 46 = 10.58 %.
        r = cli({QStringLiteral("decompose"), QStringLiteral("--scenario"), scenario, QStringLiteral("--target"),
                 QStringLiteral("S-02"), QStringLiteral("--city"), QStringLiteral("四平市"), QStringLiteral("--share"),
                 QStringLiteral("23")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString pdf = out(QStringLiteral("cities-103.pdf"));
        r = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("report"), QStringLiteral("--scenario"),
                 scenario, QStringLiteral("--chapter"), QStringLiteral("ecological_security"), QStringLiteral("-o"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = squeeze(pageTexts(pdf).join(QString()));
        QVERIFY2(text.contains(QStringLiteral("S-02Siping23.00%10.58%")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("addupto103.00%,not100%")), qPrintable(text));
    }

    void withoutDisplay()
    {
        QProcessEnvironment env = m_env;
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        const QString pdf = out(QStringLiteral("headless.pdf"));
        const CliResult r = cli({QStringLiteral("report"), QStringLiteral("--scenario"), kBaseline,
                                 QStringLiteral("--chapter"), QStringLiteral("governance"), QStringLiteral("-o"), pdf},
                                env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(pdfPages(pdf) > 2);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString o = QStringLiteral("-o");
        const QString pdf = QStringLiteral("@/bad.pdf");
        QTest::newRow("unknown chapter") << QStringList{QStringLiteral("report"), QStringLiteral("--scenario"), kBaseline,
                                                        QStringLiteral("--chapter"), QStringLiteral("nine"), o, pdf}
                                         << 1 << QStringLiteral("nine");
        QTest::newRow("unknown scenario") << QStringList{QStringLiteral("report"), QStringLiteral("--scenario"),
                                                         QStringLiteral("nobody"), o, pdf}
                                          << 1 << QStringLiteral("nobody");
        QTest::newRow("wrong language") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("report"),
                                                       QStringLiteral("--scenario"), kBaseline, o, pdf}
                                        << 2 << QStringLiteral("fr");
        QTest::newRow("no output") << QStringList{QStringLiteral("report"), QStringLiteral("--scenario"), kBaseline}
                                   << 2 << QStringLiteral("-o");
        QTest::newRow("not a pdf name") << QStringList{QStringLiteral("report"), QStringLiteral("--scenario"), kBaseline,
                                                       o, QStringLiteral("@/bad.txt")}
                                        << 2 << QStringLiteral(".pdf");
        QTest::newRow("folder missing") << QStringList{QStringLiteral("report"), QStringLiteral("--scenario"), kBaseline,
                                                       o, QStringLiteral("@/no/such/folder/x.pdf")}
                                        << 1 << QStringLiteral("folder");
        QTest::newRow("unwritable place") << QStringList{QStringLiteral("report"), QStringLiteral("--scenario"), kBaseline,
                                                         QStringLiteral("--chapter"), QStringLiteral("governance"), o,
                                                         QStringLiteral("/proc/jilin-report.pdf")}
                                          << 1 << QStringLiteral("/proc/jilin-report.pdf");
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString folder = out(QStringLiteral("bad-%1").arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'-'));
        QVERIFY(QDir().mkpath(folder));
        for (QString &a : arguments)
            a.replace(QStringLiteral("@"), folder);
        const CliResult r = cli(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(filesIn(folder).isEmpty(), qPrintable(filesIn(folder).join(u' ')));
        QVERIFY(!QFile::exists(QStringLiteral("/proc/jilin-report.pdf")));
    }

    void existingFileIsKept()
    {
        const QString folder = out(QStringLiteral("existing"));
        QVERIFY(QDir().mkpath(folder));
        const QString pdf = folder + QStringLiteral("/kept.pdf");
        {
            QFile file(pdf);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not a report");
        }
        const QStringList args{QStringLiteral("report"), QStringLiteral("--scenario"), kBaseline,
                               QStringLiteral("--chapter"), QStringLiteral("governance"), QStringLiteral("-o"), pdf};
        const CliResult refused = cli(args);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains(QStringLiteral("--force")));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("not a report"));
        file.close();
        QCOMPARE(filesIn(folder), QStringList{QStringLiteral("kept.pdf")});

        // A folder in the way is refused even with --force, and stays.
        const QString dirPdf = folder + QStringLiteral("/folder.pdf");
        QVERIFY(QDir().mkpath(dirPdf));
        const CliResult folderRefused = cli({QStringLiteral("report"), QStringLiteral("--scenario"), kBaseline,
                                             QStringLiteral("-o"), dirPdf, QStringLiteral("--force")});
        QCOMPARE(folderRefused.exitCode, 1);
        QVERIFY(QFileInfo(dirPdf).isDir());

        QCOMPARE(cli(QStringList(args) << QStringLiteral("--force")).exitCode, 0);
        QVERIFY(pdfPages(pdf) > 2);
        QCOMPARE(filesIn(folder), QStringList{QStringLiteral("kept.pdf")});
    }
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
