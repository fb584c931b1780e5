// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Planner::Engine {

// What went wrong, as a value: the engine never throws or asserts on bad
// input. `message` is a whole English sentence that already names the field,
// the id and the year (for logs and the JSON output); the other members let a
// caller (the command line's JSON, a dialog) point at the culprit. Where a
// person reads the error, `code` and `args` are put into words in the
// reader's language at the edge (Analysis::Wording::errorText), never here.
struct Error
{
    QString field;    // "value", "year", "draws", "spread", "consumes" ...
    QString id;       // the lever, indicator, target or model concerned
    int year = 0;     // 0 when no year is concerned
    QString message;
    QString code;     // what went wrong ("goalseek.milestone" ...); empty: only the message
    QStringList args; // the code's parameters, in the order Wording::errorText reads them

    bool isError() const { return !message.isEmpty(); }
    explicit operator bool() const { return isError(); }
};

inline Error makeError(QString field, QString id, int year, QString message)
{
    return Error{std::move(field), std::move(id), year, std::move(message), QString(), QStringList()};
}

// An error with a code and its parameters for the words at the edge.
inline Error makeCodedError(QString field, QString id, int year, QString code, QStringList args, QString message)
{
    return Error{std::move(field), std::move(id), year, std::move(message), std::move(code), std::move(args)};
}

// A value or an Error.
template<typename T>
class Expected
{
public:
    Expected(T value) : m_value(std::move(value)) {}        // NOLINT(google-explicit-constructor)
    Expected(Error error) : m_error(std::move(error)) {}    // NOLINT(google-explicit-constructor)

    bool ok() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    T takeValue() { return std::move(*m_value); }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

} // namespace Planner::Engine
