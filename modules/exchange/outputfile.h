// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>

namespace Planner::Exchange {

// Refuses an output path that is a folder, a device, a FIFO, a socket or a
// symbolic link (also with `overwrite`: only a regular file is ever
// replaced), or an existing file unless `overwrite` is set. Sets *error and
// returns false when refused.
bool checkOutputPath(const QString &path, bool overwrite, QString *error);

// The one way the application writes a file: whole or not at all.
//
// openForWriting() checks the target (checkOutputPath) and creates a temporary file in
// the target's folder, named ".NAME.jilin-planner-PID-RANDOM.part" so that a
// leftover is obviously ours; a leftover of a process that no longer runs is
// removed when the same target is written again. Every write is checked (the
// first failure is kept with the system's reason); commit() flushes, fsyncs,
// closes (checked), renames over the target and fsyncs the folder. On any
// failure, or when the object is destroyed uncommitted, the temporary file is
// removed and the target keeps its old content. A replaced file keeps its
// permission bits; a new one gets 0666 less the umask.
//
// It is a QIODevice (write-only, sequential), so QPdfWriter and QTextStream
// can write into it.
class OutputFile final : public QIODevice
{
public:
    OutputFile(QString path, bool overwrite);
    ~OutputFile() override;
    Q_DISABLE_COPY_MOVE(OutputFile)

    // Checks the target and creates the temporary file.
    bool openForWriting(QString *error);
    // Flush, fsync, rename, fsync the folder. False (with *error) when any
    // write or step failed; the target is then untouched.
    bool commit(QString *error);
    // Removes the temporary file; the target is untouched.
    void discard();

    QString targetPath() const { return m_path; }
    QString temporaryPath() const { return m_temporary; }
    // The first failure, with the system's reason; empty when none.
    QString failure() const { return m_failure; }

    bool isSequential() const override { return true; }

    // Several files replaced as one unit (a CSV export's two tables): each is
    // written and synced first; a journal naming the renames is synced before
    // the first rename and removed after the last, and when a rename fails
    // the files already renamed get their old content back. A unit cut short
    // (the program killed between two renames) is completed the next time
    // its first file is written. All files must be in one folder.
    static bool commitTogether(const QList<OutputFile *> &files, QString *error);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    bool flushBuffer();
    bool finish(QString *error);  // flush, sync and close the temporary file
    void fail(int systemError, const QString &step);

    QString m_path;
    QString m_temporary;
    bool m_overwrite = false;
    bool m_committed = false;
    QString m_failure;
    QByteArray m_buffer;
    qintptr m_handle = -1;
    int m_keepMode = -1;  // permission bits of the file replaced, or -1
};

// Writes `bytes` to `path` through OutputFile.
bool writeOutputFile(const QString &path, const QByteArray &bytes, bool overwrite, QString *error);

} // namespace Planner::Exchange
