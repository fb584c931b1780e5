// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The application builds on Windows too (installer/README.md), so app/ and
// modules/ may use POSIX-only headers, calls and paths only inside a block
// guarded for Unix (#ifdef Q_OS_UNIX, #if defined(Q_OS_LINUX), #ifndef
// Q_OS_WIN, or the #else of a Windows block). Tests are not scanned.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <vector>

namespace {

struct Rule
{
    QRegularExpression pattern;
    const char *why;
};

const std::vector<Rule> &rules()
{
    // Calls are matched as free functions: "process.kill()" or a method named
    // fork(source, name) is not a POSIX call.
    static const QString freeCall = QStringLiteral("(?<![\\w.>])(?<!\\w::)");
    static const std::vector<Rule> list{
        {QRegularExpression(QStringLiteral(
             "#\\s*include\\s*<(unistd|pwd|grp|dlfcn|termios|poll|spawn|syslog|libgen|fnmatch|glob|"
             "sys/(wait|socket|mman|ioctl|select|un|utsname|resource|time|stat|file|statvfs))\\.h>")),
         "POSIX-only header"},
        {QRegularExpression(freeCall + QStringLiteral("(fork|vfork|getpid|getppid|getuid|geteuid|getgid)\\s*\\(\\s*\\)")),
         "POSIX process call"},
        {QRegularExpression(freeCall + QStringLiteral("kill\\s*\\([^(),]+,")), "POSIX kill()"},
        {QRegularExpression(freeCall + QStringLiteral("(exec[lv]p?e?|popen|pclose|waitpid|setenv|unsetenv|"
                                                  "chmod|chown|symlink|readlink|realpath|mkstemp|mkfifo|"
                                                  "usleep|getpwuid|getpwnam|umask)\\s*\\(")),
         "POSIX-only call (use Qt: QProcess, qputenv, QFile::setPermissions, QTemporaryFile, QThread::msleep)"},
        {QRegularExpression(QStringLiteral("\"(/tmp|/home/|/usr/|/etc/|/var/|/dev/null|~/)")),
         "hard-coded Unix path (use QStandardPaths, QDir::tempPath, QTemporaryDir)"},
    };
    return list;
}

enum class Platform { Unix, Windows, Other };

Platform classify(const QString &directive, const QString &condition)
{
    static const QRegularExpression unixMacro(
        QStringLiteral("^(Q_OS_(UNIX|LINUX|MACOS|DARWIN|FREEBSD|OPENBSD|NETBSD|BSD4|HURD|SOLARIS)|__unix__|__linux__|__APPLE__)$"));
    static const QRegularExpression windowsMacro(QStringLiteral("^(Q_OS_WIN|Q_OS_WIN32|Q_OS_WIN64|Q_OS_WINDOWS|_WIN32|_WIN64)$"));
    static const QRegularExpression macroUse(QStringLiteral("(!?)\\s*defined\\s*\\(?\\s*(\\w+)\\s*\\)?"));
    const QString c = condition.trimmed();
    if (directive == QLatin1StringView("ifdef"))
        return unixMacro.match(c).hasMatch() ? Platform::Unix
               : windowsMacro.match(c).hasMatch() ? Platform::Windows : Platform::Other;
    if (directive == QLatin1StringView("ifndef"))
        return windowsMacro.match(c).hasMatch() ? Platform::Unix
               : unixMacro.match(c).hasMatch() ? Platform::Windows : Platform::Other;
    // #if / #elif: every defined() in it names a Unix system (or negates Windows).
    bool any = false, allUnix = true, allWindows = true;
    for (auto it = macroUse.globalMatch(c); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        any = true;
        const bool negated = !m.captured(1).isEmpty();
        const bool isUnix = unixMacro.match(m.captured(2)).hasMatch();
        const bool isWindows = windowsMacro.match(m.captured(2)).hasMatch();
        allUnix = allUnix && ((isUnix && !negated) || (isWindows && negated));
        allWindows = allWindows && ((isWindows && !negated) || (isUnix && negated));
    }
    if (!any || c.contains(QLatin1StringView("&&")))
        return Platform::Other;
    return allUnix ? Platform::Unix : allWindows ? Platform::Windows : Platform::Other;
}

// The code of a line with comments removed; string literals are kept.
QString stripComments(const QString &line, bool *inBlockComment)
{
    QString code;
    bool inString = false;
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        const QChar next = i + 1 < line.size() ? line.at(i + 1) : QChar();
        if (*inBlockComment) {
            if (c == u'*' && next == u'/') {
                *inBlockComment = false;
                ++i;
            }
            continue;
        }
        if (inString) {
            code.append(c);
            if (c == u'\\' && i + 1 < line.size())
                code.append(line.at(++i));
            else if (c == quote)
                inString = false;
            continue;
        }
        if (c == u'/' && next == u'/')
            break;
        if (c == u'/' && next == u'*') {
            *inBlockComment = true;
            ++i;
            continue;
        }
        if (c == u'"' || c == u'\'') {
            inString = true;
            quote = c;
        }
        code.append(c);
    }
    return code;
}

// "<name>:<line>: <why>: <code>" for every POSIX-only use outside a Unix block.
QStringList findings(const QString &name, const QString &text)
{
    struct Level
    {
        bool guarded;
        bool elseGuarded;
    };
    static const QRegularExpression directiveRe(QStringLiteral("^#\\s*(\\w+)\\s*(.*)$"));
    std::vector<Level> levels;
    bool inBlockComment = false;
    QStringList found;
    const QStringList lines = text.split(u'\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString code = stripComments(lines.at(n), &inBlockComment).trimmed();
        const QRegularExpressionMatch d = directiveRe.match(code);
        if (d.hasMatch()) {
            const QString directive = d.captured(1);
            if (directive == QLatin1StringView("if") || directive == QLatin1StringView("ifdef")
                || directive == QLatin1StringView("ifndef")) {
                const Platform p = classify(directive, d.captured(2));
                levels.push_back({p == Platform::Unix, p == Platform::Windows});
                continue;
            }
            if (directive == QLatin1StringView("elif") && !levels.empty()) {
                levels.back() = {classify(directive, d.captured(2)) == Platform::Unix, false};
                continue;
            }
            if (directive == QLatin1StringView("else") && !levels.empty()) {
                levels.back() = {levels.back().elseGuarded, false};
                continue;
            }
            if (directive == QLatin1StringView("endif") && !levels.empty()) {
                levels.pop_back();
                continue;
            }
        }
        bool guarded = false;
        for (const Level &level : levels)
            guarded = guarded || level.guarded;
        if (guarded)
            continue;
        for (const Rule &rule : rules()) {
            if (rule.pattern.match(code).hasMatch())
                found.append(QStringLiteral("%1:%2: %3: %4")
                                 .arg(name)
                                 .arg(n + 1)
                                 .arg(QString::fromLatin1(rule.why), code));
        }
    }
    return found;
}

} // namespace

class TestPortability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The scanner itself, on code written for the purpose.
    void scanner_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("expected");
        const auto row = [](const char *name, const char *code, int expected) {
            QTest::newRow(name) << QString::fromUtf8(code) << expected;
        };
        row("unistd", "#include <unistd.h>\n", 1);
        row("sys/wait", "#include <sys/wait.h>\n", 1);
        row("qt header", "#include <QProcess>\n#include <cstdio>\n", 0);
        row("fork()", "pid_t p = fork();\n", 1);
        row("fork method", "Result<Scenario> fork(const QString &source, const QString &newName) const;\n", 0);
        row("repository fork", "auto r = repository.fork(a, b, c);\n", 0);
        row("kill", "kill(pid, SIGTERM);\n", 1);
        row("QProcess::kill", "process.kill();\n", 0);
        row("chmod", "::chmod(path, 0600);\n", 1);
        row("setenv", "setenv(\"LANG\", \"C\", 1);\n", 1);
        row("/tmp literal", "QString p = QStringLiteral(\"/tmp/x.sqlite\");\n", 1);
        row("home literal", "QString p = QStringLiteral(\"~/.local/share\");\n", 1);
        row("in a comment", "// never write to \"/tmp\" or call fork()\n", 0);
        row("in a block comment", "/* kill(pid, 9);\n   chmod(f, 0) */ int x = 0;\n", 0);
        row("ifdef Q_OS_UNIX", "#ifdef Q_OS_UNIX\n#include <unistd.h>\nint u = getuid();\n#endif\n", 0);
        row("if defined linux", "#if defined(Q_OS_LINUX) || defined(Q_OS_MACOS)\nusleep(10);\n#endif\n", 0);
        row("ifndef Q_OS_WIN", "#ifndef Q_OS_WIN\nusleep(10);\n#endif\n", 0);
        row("else of windows", "#ifdef Q_OS_WIN\nSleep(10);\n#else\nusleep(10);\n#endif\n", 0);
        row("else of unix", "#ifdef Q_OS_UNIX\nusleep(10);\n#else\nusleep(10);\n#endif\n", 1);
        row("after the block", "#ifdef Q_OS_UNIX\nusleep(1);\n#endif\nusleep(2);\n", 1);
        row("other condition", "#if QT_VERSION >= 0x060400\nusleep(1);\n#endif\n", 1);
        row("nested", "#ifdef Q_OS_UNIX\n#if QT_VERSION > 0\nusleep(1);\n#endif\n#endif\n", 0);
    }

    void scanner()
    {
        QFETCH(QString, code);
        QFETCH(int, expected);
        const QStringList found = findings(QStringLiteral("sample.cpp"), code);
        QVERIFY2(found.size() == expected, qPrintable(found.join(u'\n')));
    }

    void sourcesArePortable()
    {
        QStringList found;
        int files = 0;
        for (const char *root : {"app", "modules"}) {
            QDirIterator it(QStringLiteral(PLANNER_SOURCE_DIR "/") + QLatin1StringView(root),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile file(path);
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
                ++files;
                found += findings(path.mid(qsizetype(sizeof(PLANNER_SOURCE_DIR))), QString::fromUtf8(file.readAll()));
            }
        }
        QVERIFY2(files > 50, qPrintable(QString::number(files)));
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("POSIX-only code outside a Q_OS_UNIX block:\n")
                                             + found.join(u'\n')));
    }
};

QTEST_MAIN(TestPortability)
#include "tst_portability.moc"
