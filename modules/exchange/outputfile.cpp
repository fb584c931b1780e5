// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/outputfile.h"

#include "exchange/exchangetr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

#ifdef Q_OS_WIN
#include <io.h>
#include <process.h>
#include <qt_windows.h>
#include <share.h>
#include <fcntl.h>
#endif

namespace Planner::Exchange {

namespace {

constexpr qsizetype kBufferSize = 64 * 1024;

enum class Kind { Missing, Regular, Folder, Link, Special, Unknown };

struct Target
{
    Kind kind = Kind::Missing;
    int mode = -1;      // permission bits of an existing regular file
    int error = 0;      // errno of a failed look-up other than "missing"
};

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(QDir::toNativeSeparators(path));
}

// The platform's calls, each returning 0 or the system's error number.
#ifdef Q_OS_UNIX
Target inspect(const QString &path)
{
    struct stat st {};
    if (::lstat(encoded(path).constData(), &st) != 0)
        return errno == ENOENT ? Target{} : Target{Kind::Unknown, -1, errno};
    if (S_ISLNK(st.st_mode))
        return {Kind::Link, -1, 0};
    if (S_ISDIR(st.st_mode))
        return {Kind::Folder, -1, 0};
    if (S_ISREG(st.st_mode))
        return {Kind::Regular, int(st.st_mode & 07777), 0};
    return {Kind::Special, -1, 0};
}

int createExclusive(const QString &path, qintptr *handle)
{
    int fd = -1;
    do {
        fd = ::open(encoded(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0666);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return errno;
    *handle = fd;
    return 0;
}

int writeAll(qintptr handle, const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::write(int(handle), data, size_t(size));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (n == 0)
            return ENOSPC;
        data += n;
        size -= n;
    }
    return 0;
}

int setMode(qintptr handle, int mode)
{
    return ::fchmod(int(handle), mode_t(mode)) == 0 ? 0 : errno;
}

int syncFile(qintptr handle)
{
    return ::fsync(int(handle)) == 0 ? 0 : errno;
}

int closeFile(qintptr handle)
{
    // close() can report a failed write-back (NFS, a full quota); it is not
    // retried on EINTR (the descriptor is gone on Linux either way).
    return ::close(int(handle)) == 0 ? 0 : errno;
}

int renameOver(const QString &from, const QString &to)
{
    return ::rename(encoded(from).constData(), encoded(to).constData()) == 0 ? 0 : errno;
}

int syncFolder(const QString &folder)
{
    const int fd = ::open(encoded(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return errno;
    int result = ::fsync(fd) == 0 ? 0 : errno;
    // Some file systems cannot sync a folder; that is not a failed write.
    if (result == EINVAL || result == EROFS)
        result = 0;
    ::close(fd);
    return result;
}

int hardLink(const QString &existing, const QString &link)
{
    return ::link(encoded(existing).constData(), encoded(link).constData()) == 0 ? 0 : errno;
}

qint64 processId()
{
    return qint64(::getpid());
}

bool processRuns(qint64 pid)
{
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}
#endif

#ifdef Q_OS_WIN
Target inspect(const QString &path)
{
    const QFileInfo info(path);
    if (info.isSymLink() || info.isShortcut())
        return {Kind::Link, -1, 0};
    if (!info.exists())
        return {};
    if (info.isDir())
        return {Kind::Folder, -1, 0};
    if (info.isFile())
        return {Kind::Regular, -1, 0};
    return {Kind::Special, -1, 0};
}

int createExclusive(const QString &path, qintptr *handle)
{
    int fd = -1;
    const errno_t e = ::_wsopen_s(&fd, reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(path).utf16()),
                                  _O_WRONLY | _O_CREAT | _O_EXCL | _O_BINARY | _O_NOINHERIT, _SH_DENYNO,
                                  0x0100 | 0x0080);  // _S_IREAD | _S_IWRITE
    if (e != 0)
        return e;
    *handle = fd;
    return 0;
}

int writeAll(qintptr handle, const char *data, qint64 size)
{
    while (size > 0) {
        const unsigned chunk = unsigned(qMin<qint64>(size, 1 << 30));
        const int n = ::_write(int(handle), data, chunk);
        if (n < 0)
            return errno;
        if (n == 0)
            return ENOSPC;
        data += n;
        size -= n;
    }
    return 0;
}

int setMode(qintptr, int)
{
    return 0;
}

int syncFile(qintptr handle)
{
    return ::_commit(int(handle)) == 0 ? 0 : errno;
}

int closeFile(qintptr handle)
{
    return ::_close(int(handle)) == 0 ? 0 : errno;
}

int renameOver(const QString &from, const QString &to)
{
    const QString f = QDir::toNativeSeparators(from);
    const QString t = QDir::toNativeSeparators(to);
    if (::MoveFileExW(reinterpret_cast<const wchar_t *>(f.utf16()), reinterpret_cast<const wchar_t *>(t.utf16()),
                      MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return 0;
    return EIO;
}

int syncFolder(const QString &)
{
    return 0;  // MOVEFILE_WRITE_THROUGH has flushed the rename
}

int hardLink(const QString &existing, const QString &link)
{
    const QString e = QDir::toNativeSeparators(existing);
    const QString l = QDir::toNativeSeparators(link);
    return ::CreateHardLinkW(reinterpret_cast<const wchar_t *>(l.utf16()), reinterpret_cast<const wchar_t *>(e.utf16()),
                             nullptr)
               ? 0
               : EIO;
}

qint64 processId()
{
    return qint64(::_getpid());
}

bool processRuns(qint64 pid)
{
    HANDLE process = ::OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process)
        return ::GetLastError() == ERROR_ACCESS_DENIED;
    DWORD code = 0;
    const bool running = ::GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    ::CloseHandle(process);
    return running;
}
#endif

QString systemReason(int error)
{
    return qt_error_string(error);
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString temporaryPrefix(const QString &fileName)
{
    return QStringLiteral(".%1.jilin-planner-").arg(fileName);
}

QString journalPath(const QString &path)
{
    const QFileInfo info(path);
    return info.dir().filePath(QStringLiteral(".%1.jilin-planner-unit").arg(info.fileName()));
}

// Removes temporary files of ours for this target that a process which no
// longer runs left behind (killed while writing).
void removeLeftovers(const QString &path)
{
    const QFileInfo info(path);
    const QString prefix = temporaryPrefix(info.fileName());
    QDir folder = info.dir();
    const QStringList names = folder.entryList({prefix + QStringLiteral("*.part")},
                                               QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    static const QRegularExpression pidPart(QStringLiteral("^(\\d+)-[0-9a-f]+\\.part$"));
    for (const QString &name : names) {
        const QRegularExpressionMatch m = pidPart.match(name.mid(prefix.size()));
        if (!m.hasMatch())
            continue;
        const qint64 pid = m.captured(1).toLongLong();
        if (pid != processId() && !processRuns(pid))
            folder.remove(name);
    }
}

// Completes a unit of files whose renames were cut short: the journal lists
// "temporary<TAB>target" by file name; every temporary still there is renamed.
void completeInterruptedUnit(const QString &path)
{
    const QString journal = journalPath(path);
    QFile file(journal);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QList<QByteArray> lines = file.readAll().split('\n');
    file.close();
    const QDir folder = QFileInfo(path).dir();
    for (const QByteArray &line : lines) {
        const QList<QByteArray> parts = line.split('\t');
        if (parts.size() != 2)
            continue;
        const QString from = folder.filePath(QString::fromUtf8(parts.at(0)));
        const QString to = folder.filePath(QString::fromUtf8(parts.at(1)));
        if (QFileInfo::exists(from))
            renameOver(from, to);
        QFile::remove(from + QStringLiteral(".old"));
    }
    syncFolder(folder.absolutePath());
    QFile::remove(journal);
    syncFolder(folder.absolutePath());
}

} // namespace

bool checkOutputPath(const QString &path, bool overwrite, QString *error)
{
    if (path.isEmpty()) {
        *error = Tr::tr("No output file is given.");
        return false;
    }
    const Target target = inspect(path);
    switch (target.kind) {
    case Kind::Missing:
        break;
    case Kind::Folder:
        *error = Tr::tr("\"%1\" is a folder; give a file name.").arg(nativePath(path));
        return false;
    case Kind::Link:
        *error = Tr::tr("\"%1\" is a symbolic link; nothing was written. A link is never followed or replaced: "
                        "give the path of an ordinary file.").arg(nativePath(path));
        return false;
    case Kind::Special:
        *error = Tr::tr("\"%1\" is not an ordinary file (a device, pipe or socket); nothing was written. Only an "
                        "ordinary file is ever replaced, also with --force.").arg(nativePath(path));
        return false;
    case Kind::Unknown:
        *error = Tr::tr("Cannot write \"%1\": %2").arg(nativePath(path), systemReason(target.error));
        return false;
    case Kind::Regular:
        if (!overwrite) {
            *error = Tr::tr("\"%1\" exists; nothing was written. Use --force to replace it.").arg(nativePath(path));
            return false;
        }
        break;
    }
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.isDir()) {
        *error = Tr::tr("Cannot write \"%1\": the folder %2 does not exist.")
                     .arg(nativePath(path), nativePath(folder.filePath()));
        return false;
    }
    return true;
}

OutputFile::OutputFile(QString path, bool overwrite)
    : m_path(QFileInfo(path).absoluteFilePath()), m_overwrite(overwrite)
{
}

OutputFile::~OutputFile()
{
    if (!m_committed)
        discard();
}

bool OutputFile::openForWriting(QString *error)
{
    completeInterruptedUnit(m_path);
    if (!checkOutputPath(m_path, m_overwrite, error))
        return false;
    const Target target = inspect(m_path);
    m_keepMode = target.kind == Kind::Regular ? target.mode : -1;
    removeLeftovers(m_path);
    const QFileInfo info(m_path);
    const QString prefix = info.dir().filePath(temporaryPrefix(info.fileName()));
    int result = EEXIST;
    for (int attempt = 0; attempt < 16 && result == EEXIST; ++attempt) {
        m_temporary = QStringLiteral("%1%2-%3.part")
                          .arg(prefix).arg(processId())
                          .arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
        result = createExclusive(m_temporary, &m_handle);
    }
    if (result != 0) {
        m_temporary.clear();
        *error = Tr::tr("Cannot write \"%1\": %2").arg(nativePath(m_path), systemReason(result));
        return false;
    }
    if (m_keepMode >= 0)
        setMode(m_handle, m_keepMode);
    m_failure.clear();
    m_buffer.reserve(kBufferSize);
    QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    return true;
}

void OutputFile::fail(int systemError, const QString &step)
{
    Q_UNUSED(step);
    if (m_failure.isEmpty())
        m_failure = Tr::tr("Cannot write \"%1\": %2. Nothing was changed.")
                        .arg(nativePath(m_path), systemReason(systemError));
}

qint64 OutputFile::readData(char *, qint64)
{
    return -1;
}

qint64 OutputFile::writeData(const char *data, qint64 size)
{
    if (m_handle < 0 || !m_failure.isEmpty())
        return -1;
    if (m_buffer.size() + size > kBufferSize) {
        if (!flushBuffer())
            return -1;
        if (size >= kBufferSize) {
            if (const int e = writeAll(m_handle, data, size)) {
                fail(e, QStringLiteral("write"));
                return -1;
            }
            return size;
        }
    }
    m_buffer.append(data, size);
    return size;
}

bool OutputFile::flushBuffer()
{
    if (m_buffer.isEmpty())
        return m_failure.isEmpty();
    const int e = writeAll(m_handle, m_buffer.constData(), m_buffer.size());
    m_buffer.clear();
    if (e) {
        fail(e, QStringLiteral("write"));
        return false;
    }
    return true;
}

bool OutputFile::finish(QString *error)
{
    if (m_handle < 0) {
        *error = m_failure.isEmpty() ? Tr::tr("Cannot write \"%1\": it was not opened.").arg(nativePath(m_path))
                                     : m_failure;
        return false;
    }
    flushBuffer();
    if (m_failure.isEmpty()) {
        if (const int e = syncFile(m_handle))
            fail(e, QStringLiteral("fsync"));
    }
    const int closed = closeFile(m_handle);
    m_handle = -1;
    if (closed && m_failure.isEmpty())
        fail(closed, QStringLiteral("close"));
    QIODevice::close();
    if (!m_failure.isEmpty()) {
        *error = m_failure;
        discard();
        return false;
    }
    return true;
}

bool OutputFile::commit(QString *error)
{
    if (!finish(error))
        return false;
    if (const int e = renameOver(m_temporary, m_path)) {
        fail(e, QStringLiteral("rename"));
        *error = m_failure;
        discard();
        return false;
    }
    m_temporary.clear();
    m_committed = true;
    if (const int e = syncFolder(QFileInfo(m_path).absolutePath())) {
        // The file is in place; whether its name survives a power cut is not sure.
        fail(e, QStringLiteral("fsync folder"));
        *error = m_failure;
        return false;
    }
    return true;
}

void OutputFile::discard()
{
    if (m_handle >= 0) {
        closeFile(m_handle);
        m_handle = -1;
    }
    if (isOpen())
        QIODevice::close();
    m_buffer.clear();
    if (!m_temporary.isEmpty()) {
        QFile::remove(m_temporary);
        m_temporary.clear();
    }
}

bool OutputFile::commitTogether(const QList<OutputFile *> &files, QString *error)
{
    if (files.isEmpty())
        return true;
    const auto discardAll = [&] {
        for (OutputFile *f : files)
            f->discard();
    };
    for (OutputFile *f : files) {
        if (!f->finish(error)) {
            discardAll();
            return false;
        }
    }
    if (files.size() == 1)
        return files.first()->commit(error) || (discardAll(), false);

    const QString folder = QFileInfo(files.first()->m_path).absolutePath();
    // Old contents are kept under a name of ours until every rename is done,
    // so that a failed rename can put them back.
    QStringList backups;
    for (OutputFile *f : files)
        backups.append(f->m_keepMode >= 0 ? f->m_temporary + QStringLiteral(".old") : QString());

    QByteArray journal;
    for (OutputFile *f : files)
        journal += QFileInfo(f->m_temporary).fileName().toUtf8() + '\t' + QFileInfo(f->m_path).fileName().toUtf8() + '\n';
    {
        // The journal itself is written whole (a temporary renamed into place).
        OutputFile unit(journalPath(files.first()->m_path), true);
        QString journalError;
        if (!unit.openForWriting(&journalError) || unit.write(journal) != journal.size() || !unit.commit(&journalError)) {
            *error = journalError.isEmpty() ? unit.failure() : journalError;
            discardAll();
            return false;
        }
    }
    const auto rollBack = [&](int renamed, int systemError) {
        for (int i = 0; i < renamed; ++i) {
            OutputFile *f = files.at(i);
            if (!backups.at(i).isEmpty())
                renameOver(backups.at(i), f->m_path);
            else
                QFile::remove(f->m_path);
        }
        for (const QString &b : std::as_const(backups))
            if (!b.isEmpty())
                QFile::remove(b);
        discardAll();
        QFile::remove(journalPath(files.first()->m_path));
        syncFolder(folder);
        *error = Tr::tr("Cannot write \"%1\": %2. Nothing was changed.")
                     .arg(nativePath(files.at(renamed)->m_path), systemReason(systemError));
    };
    for (int i = 0; i < files.size(); ++i) {
        OutputFile *f = files.at(i);
        if (!backups.at(i).isEmpty()) {
            // A hard link keeps the old content reachable without copying it.
            if (hardLink(f->m_path, backups.at(i)) != 0 && !QFile::copy(f->m_path, backups.at(i)))
                backups[i].clear();
        }
    }
    for (int i = 0; i < files.size(); ++i) {
        OutputFile *f = files.at(i);
        if (const int e = renameOver(f->m_temporary, f->m_path)) {
            rollBack(i, e);
            return false;
        }
    }
    for (OutputFile *f : files) {
        f->m_temporary.clear();
        f->m_committed = true;
    }
    const int synced = syncFolder(folder);
    QFile::remove(journalPath(files.first()->m_path));
    for (const QString &b : std::as_const(backups))
        if (!b.isEmpty())
            QFile::remove(b);
    syncFolder(folder);
    if (synced) {
        *error = Tr::tr("Cannot write \"%1\": %2").arg(nativePath(files.first()->m_path), systemReason(synced));
        return false;
    }
    return true;
}

bool writeOutputFile(const QString &path, const QByteArray &bytes, bool overwrite, QString *error)
{
    OutputFile file(path, overwrite);
    if (!file.openForWriting(error))
        return false;
    file.write(bytes);
    return file.commit(error);
}

} // namespace Planner::Exchange
