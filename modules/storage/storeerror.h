// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>

namespace Planner::Storage {

// Translation context of the storage library.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::Storage)
};

// What went wrong, as a value: the store never opens a dialog or throws.
struct StoreError
{
    enum class Code {
        None,
        NotFound,          // no such scenario / file
        Duplicate,         // a scenario of that name exists
        InvalidName,       // empty or unusable name
        InvalidValue,      // not a finite number, or outside its range
        LastScenario,      // refusing to delete the only scenario
        RevisionConflict,  // somebody else saved first
        ReadOnly,          // the database is open for viewing only
        CannotCreate,      // folder missing or not writable
        NotADatabase,      // the file is not SQLite
        Damaged,           // SQLite file that fails its integrity check
        NewerSchema,       // written by a newer version of the application
        Locked,            // another program holds a lock for too long
        Template,          // a shipped template is read-only: fork it first
        Unreachable,       // the team server cannot be reached, or the connection was lost
        Sql,               // any other database error
    };

    Code code = Code::None;
    QString message;

    bool isError() const { return code != Code::None; }
    explicit operator bool() const { return isError(); }
};

// A value or a StoreError.
template<typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}            // NOLINT(google-explicit-constructor)
    Result(StoreError error) : m_error(std::move(error)) {}   // NOLINT(google-explicit-constructor)

    bool ok() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const StoreError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    StoreError m_error;
};

} // namespace Planner::Storage
