// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>

namespace Planner::Engine { class Catalog; }
namespace Planner::Analysis { struct Projection; }
namespace Planner::Engine { struct Tornado; }

namespace Planner::Charts {

// Observed data older than this many years before the plan are left off
// charts and sparklines: the plan's period is what they are about.
inline constexpr int kHistoryYears = 10;

// One scenario's projection of an indicator: the P50 line (the central,
// deterministic run while no draws are in) and the P10-P90 band.
struct ScenarioTrace
{
    QString scenario;
    QList<QPointF> median;   // (year, value)
    QList<QPointF> low;      // P10; empty: no band (a deterministic run)
    QList<QPointF> high;     // P90
    bool monteCarlo = false;
    int draws = 1;
    quint64 seed = 0;
};

// Qt Charts' nice number (QValueAxis::applyNiceNumbers): 1, 2, 5 or 10 times
// a power of ten, the next above `x` (ceiling) or the nearest.
double niceNumber(double x, bool ceiling);

// A target value at a milestone year, drawn as a marker.
struct MilestoneMarker
{
    QString targetId;
    int year = 0;
    double value = 0.0;
};

// A plan stage shaded behind the chart.
// A floor or ceiling the plan sets and today's value already keeps: a
// level to stay on the right side of, drawn as a line, not a path.
struct Threshold
{
    QString targetId;
    bool floor = true;   // at least (true) or at most (false)
    double level = 0.0;
    int fromYear = 0;    // the plan's first year, or the start of the run when earlier
    int toYear = 0;      // the target's year
};

// A target of timing only ("peak before 2030"): a line at its year.
struct YearMarker
{
    QString targetId;
    int year = 0;
};

struct StageSpan
{
    int first = 0;
    int last = 0;
    QString label;  // 第一阶段 2024–2027
};

// Everything one indicator's chart shows, as numbers and words, before any
// drawing: the screen, the presentation view, PNG/SVG export and the PDF
// reports all draw from this.
struct ChartData
{
    QString indicatorId;
    QString name;                // in the current language
    QString unit;
    int decimals = 1;
    int firstYear = 0;           // x axis
    int lastYear = 0;
    QList<QPointF> observed;     // data points, oldest first
    QList<ScenarioTrace> scenarios;  // the first is the scenario under review
    QList<QPointF> targetPath;   // latest observed value -> each target that needs a change
    QList<Threshold> thresholds; // floors and ceilings already kept
    QList<YearMarker> peaks;     // peak-before targets
    QStringList qualitative;     // targets with nothing to draw (milestones): their ids
    QList<MilestoneMarker> milestones;
    QList<StageSpan> stages;
    QString caption;             // scenario, draws and seed

    // Nothing to draw: no data, no projection (a qualitative indicator).
    bool isEmpty() const { return observed.isEmpty() && scenarios.isEmpty(); }
    // The y range every series needs (observed, band, targets), unpadded.
    std::pair<double, double> valueRange() const;

    // The value axis a chart drawn afresh gives these data, on screen and on
    // paper alike: room above for the milestones' labels, zero below when
    // it is near; counts (no decimals) on whole ticks of 1, 2, 5, 10...
    // (never "3, 3, 3"), other values on Qt Charts' nice numbers with five
    // ticks and as many decimals as neighbouring ticks need to differ.
    struct ValueTicks
    {
        double min = 0.0;
        double max = 1.0;
        QList<double> ticks;
        int decimals = 0;
        double step() const { return ticks.size() > 1 ? ticks.at(1) - ticks.at(0) : max - min; }
    };
    ValueTicks valueTicks() const;
};

// A tornado (engine/sensitivity.h) as a chart shows it: for each lever that
// moves the indicator, the indicator's value in `year` with that lever at its
// minimum and at its maximum, every other lever as the scenario sets it;
// bars in the engine's order (largest swing first, drawn at the top) as
// changes from the scenario's own value.
struct TornadoBar
{
    QString lever;          // the lever's name in the current language
    QString leverId;
    QString range;          // "0 – 500 万亩/年": the settings tried
    double atMin = 0.0;     // the indicator's value with the lever at its minimum
    double atMax = 0.0;
    double swing = 0.0;
};

struct TornadoData
{
    QString indicatorId;
    QString name;           // indicator, in the current language
    QString unit;
    int decimals = 1;
    int year = 0;
    double scenarioValue = 0.0;
    QList<TornadoBar> bars;
    QString caption;        // scenario, the year and the value the bars start from

    bool isEmpty() const { return bars.isEmpty(); }
};

class ChartDataBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Planner::Charts::ChartData)

public:
    // The chart of an indicator in a projection, with the catalog's targets
    // of that indicator. Years: observed data from at most ten years before
    // the plan, the projection to its last year.
    static ChartData indicatorChart(const Engine::Catalog &catalog, const Analysis::Projection &projection,
                                    const QString &indicatorId);

    // Overlays another scenario's projection (comparison); its band is not
    // drawn, only its P50 line.
    static void addScenario(ChartData &data, const Analysis::Projection &projection);

    // A tornado of the engine's, named in the current language from the
    // catalog. Levers that do not move the indicator in that year (a swing
    // of 0) are left off; `maxBars` > 0 keeps only the largest (a printed
    // half page has room for about eight).
    static TornadoData tornadoChart(const Engine::Catalog &catalog, const Engine::Tornado &tornado,
                                    const QString &scenario, int maxBars = 0);

    // "Scenario 现状趋势情景 · 1,000 draws · seed 20240528" for the traces shown.
    static QString captionFor(const ChartData &data);
};

} // namespace Planner::Charts
