// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QString>

namespace Planner::Charts {

// Where a chart is shown, which decides type sizes and line widths. The
// geometry of the chart is in points (1/72 inch) whatever the medium, so
// an exported or printed chart has the proportions of the one on screen.
struct ChartStyle
{
    enum class Medium { Screen, Thumbnail, Presentation, Print };
    Medium medium = Medium::Screen;
    bool dark = false;          // dark palette: light lines on a dark ground
    QString fontFamily;         // empty: the application's font
    double basePointSize = 9.0; // body text of the chart in points

    static ChartStyle screen(bool dark = false) { return {Medium::Screen, dark, {}, 9.0}; }
    static ChartStyle thumbnail(bool dark = false) { return {Medium::Thumbnail, dark, {}, 7.5}; }
    // From across a meeting room: large type, thick lines.
    static ChartStyle presentation(bool dark = false) { return {Medium::Presentation, dark, {}, 20.0}; }
    static ChartStyle print(const QString &family = {}) { return {Medium::Print, false, family, 8.0}; }

    // Line widths and marker sizes grow with the type.
    double scale() const { return basePointSize / 9.0; }

    // Every chart kind's type: the application's font (or fontFamily) at
    // basePointSize; titles 1.3 times that, bold.
    QFont bodyFont() const
    {
        QFont font = QGuiApplication::font();
        if (!fontFamily.isEmpty())
            font.setFamily(fontFamily);
        font.setPointSizeF(basePointSize);
        return font;
    }
    QFont titleFont() const
    {
        QFont font = bodyFont();
        font.setPointSizeF(basePointSize * 1.3);
        font.setBold(true);
        return font;
    }
};

// The colour of a target's status (achieved, on_track, at_risk, off_track;
// anything else grey), the same in the window, on slides and on paper. The
// classes of the observed trend (a city's status) share them:
// acceleration_needed as at_risk, limited_progress orange, moving_away as
// off_track.
// Always shown beside the status in words, so it reads in black and white too.
inline QColor statusColor(const QString &status, bool dark = false)
{
    if (dark) {
        // Achieved the lightest green, so it stands out most on dark ground.
        if (status == QLatin1StringView("achieved")) return QColor(0xa5, 0xd6, 0xa7);
        if (status == QLatin1StringView("on_track")) return QColor(0x43, 0xa0, 0x47);
        if (status == QLatin1StringView("at_risk")) return QColor(0xf9, 0xa8, 0x25);
        if (status == QLatin1StringView("off_track")) return QColor(0xef, 0x53, 0x50);
        if (status == QLatin1StringView("acceleration_needed")) return QColor(0xf9, 0xa8, 0x25);
        if (status == QLatin1StringView("limited_progress")) return QColor(0xff, 0x8a, 0x3d);
        if (status == QLatin1StringView("moving_away")) return QColor(0xef, 0x53, 0x50);
        return QColor(0x9e, 0x9e, 0x9e);
    }
    if (status == QLatin1StringView("achieved")) return QColor(0x1b, 0x5e, 0x20);
    if (status == QLatin1StringView("on_track")) return QColor(0x43, 0xa0, 0x47);
    if (status == QLatin1StringView("at_risk")) return QColor(0xf9, 0xa8, 0x25);
    if (status == QLatin1StringView("off_track")) return QColor(0xc6, 0x28, 0x28);
    if (status == QLatin1StringView("acceleration_needed")) return QColor(0xf9, 0xa8, 0x25);
    if (status == QLatin1StringView("limited_progress")) return QColor(0xe6, 0x5c, 0x00);
    if (status == QLatin1StringView("moving_away")) return QColor(0xc6, 0x28, 0x28);
    return QColor(0x9e, 0x9e, 0x9e);
}

} // namespace Planner::Charts
