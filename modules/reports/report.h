// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/error.h"
#include "engine/simulation.h"
#include "reports/reportlayout.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace Planner::Engine { class ModuleRegistry; }
namespace Planner::Storage { class Store; }

namespace Planner::Reports {

struct ReportRequest
{
    // The first is the scenario under review; with more, a comparison
    // appendix overlays their P50 lines and lists where they differ.
    QStringList scenarios;
    // A chapter id (green_transition ...) for a chapter report; "all" or
    // empty for the full-plan report.
    QString chapter;
    int draws = 1000;
    quint64 seed = Engine::kDefaultSeed;
    // The issuing office (编制单位) on the cover; empty: the cover has no
    // such line (never an empty field).
    QString issuer;
    // The report's date on the cover; invalid: today.
    QDate date;
    // Levers whose setting in the first scenario cites a document: they
    // count as sourced in section 八 and the count of statuses resting on
    // assumptions (analysis/provenance.h). Empty: none.
    QSet<QString> documentedLevers;
};

// Identification of a scenario as printed on the cover and in the footer.
struct ScenarioStamp
{
    QString name;
    qint64 revision = 0;
    QString fingerprint;  // storage/scenariofingerprint.h
};

// A chapter or full-plan report: the numbers are worked out (projection,
// assessment, goal-seek) and the text written in the current language when
// it is built; it is laid out for a device when painted. Charts translate
// their legends when drawn, so paint in the language the report was built in.
class Report
{
    Q_DECLARE_TR_FUNCTIONS(Planner::Reports::Report)

public:
    // Errors: field "scenario" (unknown scenario, id = its name), "chapter"
    // (unknown chapter), "database", or the engine's own.
    static Engine::Expected<Report> build(const Storage::Store &store, const Engine::ModuleRegistry &modules,
                                          const ReportRequest &request);

    // The meeting handout: the presentation's slides (of one chapter, or all
    // of them), two to an A4 page, each with the number the presenter's
    // screen shows, its chart, the status of its targets and the findings.
    // Only the first scenario of the request is used.
    static Engine::Expected<Report> buildHandout(const Storage::Store &store, const Engine::ModuleRegistry &modules,
                                                 const ReportRequest &request);

    // "all" and every chapter id of the catalog.
    static QStringList chapterChoices(const Engine::Catalog &catalog);

    QString title() const { return m_title; }
    const QList<ScenarioStamp> &stamps() const { return m_stamps; }
    const PageLayout &layout() const { return m_layout; }

    // Lays the report out on the device (A4, see PageLayout::setUpDevice)
    // and paints it; returns the number of pages, 0 when nothing could be painted.
    int paint(QPagedPaintDevice *device) const;

    // Writes the PDF aside and renames it into place, so a failure leaves
    // no partial file. An existing file is replaced only when `overwrite`.
    bool writePdf(const QString &path, bool overwrite, QString *error) const;

private:
    Report(QString title, QList<ScenarioStamp> stamps, PageLayout layout);
    // The chapter a request names (nullptr: the whole plan); an error for
    // no scenario or an unknown chapter.
    static Engine::Expected<const Engine::Chapter *> requestedChapter(const Engine::Catalog &catalog,
                                                                      const ReportRequest &request);

    QString m_title;
    QList<ScenarioStamp> m_stamps;
    PageLayout m_layout;
};

} // namespace Planner::Reports
