// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The floor for start-up (issue 19): the least a Qt 6 Widgets program with
// a chart and a database does before its first paint. A window with one
// QChartView (one line series on value axes) and an SQLite database opened
// and queried, reported the way the application reports its own first paint
// (PLANNER_STARTUP_TIMING=1: "first-paint <ms since epoch>" on stderr; here
// the first paint of any of its widgets, since the chart view covers the
// window, which is then never painted itself), so
// workspace_benchmark can start both in turn and give the application's
// start-up as a multiple of this one. Arguments: the database file.

#include <QApplication>
#include <QChartView>
#include <QDateTime>
#include <QLineSeries>
#include <QMainWindow>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextStream>
#include <QValueAxis>

namespace {

class FirstPaint final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()) {
            QTextStream(stderr) << "first-paint " << QDateTime::currentMSecsSinceEpoch() << Qt::endl;
            qApp->removeEventFilter(this);
        }
        return false;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        QTextStream(stderr) << "usage: startup_floor DATABASE" << Qt::endl;
        return 2;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("floor"));
        db.setDatabaseName(arguments.at(1));
        if (!db.open())
            return 1;
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, v REAL)"))
            || !query.exec(QStringLiteral("SELECT count(*) FROM t")) || !query.next())
            return 1;
    }

    QMainWindow window;
    auto *chart = new QChart;
    auto *series = new QLineSeries;
    for (int year = 2020; year <= 2035; ++year)
        series->append(year, 50.0 + (year - 2020) * 1.5);
    chart->addSeries(series);
    auto *x = new QValueAxis;
    auto *y = new QValueAxis;
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    auto *view = new QChartView(chart);
    window.setCentralWidget(view);
    window.resize(1600, 1000);
    if (qEnvironmentVariableIsSet("PLANNER_STARTUP_TIMING"))
        qApp->installEventFilter(new FirstPaint(&window));
    window.show();
    return app.exec();
}
