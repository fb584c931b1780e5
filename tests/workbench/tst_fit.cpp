// SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The window at a projector's 1024×768, at 1440×900 and at 1600×1000, in
// Chinese and in English, offscreen: every lever's three stages and its
// goal-seek button lie inside the lever panel's width; the overview's
// names keep a readable width; the presentation's slides have type of at
// least 20 pixels and no text cut short ("…") or lying over another, on
// the slide (labels) or in the chart (axis labels, stage names, legend).
// Each page and slide is saved as a PNG under artefacts/ in the build tree.

#include "common/windowfixture.h"
#include "modules.h"
#include "shell/mainwindow.h"

#include "charts/chartview.h"
#include "engine/registry.h"
#include "i18n/i18n.h"
#include "storage/store.h"
#include "workbench/chapterpage.h"
#include "workbench/dashboardpage.h"
#include "workbench/dashboardmodel.h"
#include "workbench/leverpanel.h"
#include "workbench/pageregistry.h"
#include "workbench/presentationview.h"
#include "workbench/scenariodocument.h"

#include <QAbstractScrollArea>
#include <QDir>
#include <QDoubleSpinBox>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QSet>
#include <QSettings>
#include <QStatusBar>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeView>

using namespace Planner;

namespace {

struct TextBox
{
    QString text;
    QRectF rect;
    int pixelSize;
};

// The texts a chart draws: axis labels and titles, stage names, legend.
QList<TextBox> chartTexts(Charts::ChartView *view)
{
    QList<TextBox> boxes;
    for (QGraphicsItem *item : view->scene()->items()) {
        if (!item->isVisible() || item->opacity() == 0.0)
            continue;
        QString text;
        QFont font;
        if (auto *t = dynamic_cast<QGraphicsTextItem *>(item)) {
            text = t->toPlainText();
            font = t->font();
        } else if (auto *s = dynamic_cast<QGraphicsSimpleTextItem *>(item)) {
            text = s->text();
            font = s->font();
        } else {
            continue;
        }
        if (text.trimmed().isEmpty())
            continue;
        boxes.append({text, item->sceneBoundingRect(), QFontInfo(font).pixelSize()});
    }
    return boxes;
}

bool elided(const QString &text)
{
    return text.contains(QChar(0x2026)) || text.contains(QLatin1String("..."));
}

} // namespace

class TestFit final : public QObject, private Testing::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error = setUpWindowTest(QStringLiteral("tst_fit"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = openStore(QStringLiteral("f.sqlite"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QDir().mkpath(QStringLiteral("artefacts"));
    }

    void fits_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const char *language : {"zh", "en"}) {
            for (const QSize size : {QSize(1024, 768), QSize(1440, 900), QSize(1600, 1000)})
                QTest::addRow("%s-%dx%d", language, size.width(), size.height()) << QString::fromLatin1(language) << size;
        }
    }

    void fits()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        I18n::setLanguage(language == QLatin1String("zh") ? I18n::Language::Chinese : I18n::Language::English);
        QSettings().clear();  // the sizes a fresh window chooses, not the last test's
        const QString tag = QStringLiteral("%1-%2x%3").arg(language).arg(size.width()).arg(size.height());

        Shell::MainWindow window(*m_store, m_modules, m_pages);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.document()->waitForDraws();
        // The window takes the size asked for: no page needs more room
        // than a projector's 1024 × 768 gives.
        QCOMPARE(window.size(), size);

        // A first start (nothing remembered): the status bar's hint reads
        // whole, left of the permanent fields, as QStatusBar draws it (from
        // x = 6 to just left of the leftmost permanent field).
        const QString hint = window.statusBar()->currentMessage();
        QVERIFY(!hint.isEmpty());
        int right = window.statusBar()->width() - 12;
        for (QWidget *field : window.statusBar()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
            if (field->isVisible() && field->x() > 0)
                right = std::min(right, field->x() - 1);
        QVERIFY2(window.statusBar()->fontMetrics().horizontalAdvance(hint) <= right - 6,
                 qPrintable(QStringLiteral("%1: the status bar's hint needs %2 px, has %3")
                                .arg(tag)
                                .arg(window.statusBar()->fontMetrics().horizontalAdvance(hint))
                                .arg(right - 6)));

        // Chapter pages: the lever panel shows all three stages and the button.
        for (const QString &chapter : {QStringLiteral("green_transition"), QStringLiteral("environment"),
                                       QStringLiteral("black_soil"), QStringLiteral("ecological_security"),
                                       QStringLiteral("two_mountains")}) {
            window.showPage(chapter);
            QCoreApplication::processEvents();
            auto *page = qobject_cast<Workbench::ChapterPage *>(window.pages()->currentWidget());
            QVERIFY(page);
            // Every chart at a readable width, laid out from the width there
            // is: two columns only where both are that wide; no label cut.
            const int least = Workbench::ChapterPage::minimumChartWidth();
            auto *area = page->findChild<QAbstractScrollArea *>(QStringLiteral("chartArea"));
            QVERIFY(area);
            // Shown whole: the charts' area at least one readable chart wide.
            QVERIFY2(area->viewport()->width() >= least,
                     qPrintable(QStringLiteral("%1 %2: the charts have %3 px").arg(tag, chapter).arg(area->viewport()->width())));
            QSet<int> columns;
            for (Charts::ChartView *view : page->charts()) {
                QWidget *cell = view->parentWidget();
                columns.insert(cell->x());
                QVERIFY2(cell->width() >= least,
                         qPrintable(QStringLiteral("%1 %2: %3 is %4 px wide, under %5")
                                        .arg(tag, chapter, view->objectName()).arg(cell->width()).arg(least)));
                if (!view->isVisibleTo(page))
                    continue;  // a status card stands for it
                view->viewport()->repaint();
                for (const TextBox &t : chartTexts(view))
                    QVERIFY2(!elided(t.text), qPrintable(QStringLiteral("%1 %2 %3: chart text cut: \"%4\"")
                                                             .arg(tag, chapter, view->objectName(), t.text)));
            }
            if (page->charts().size() > 1) {
                // Two columns exactly when the area holds two readable charts.
                const auto *grid = page->findChild<QWidget *>(QStringLiteral("chartGrid"));
                QVERIFY(grid);
                QCOMPARE(int(columns.size()), grid->width() >= 2 * least + 4 ? 2 : 1);
            }
            Workbench::LeverPanel *panel = page->leverPanel();
            if (!panel)
                continue;
            QWidget *viewport = panel->viewport();
            for (const QString &lever : panel->leverIds()) {
                QList<QWidget *> controls{panel->goalSeekButton(lever)};
                for (int stage = 1; stage <= 3; ++stage)
                    controls.append(panel->spinBox(lever, stage));
                for (QWidget *control : controls) {
                    const QRect r(control->mapTo(viewport, QPoint(0, 0)), control->size());
                    QVERIFY2(r.left() >= 0 && r.right() < viewport->width(),
                             qPrintable(QStringLiteral("%1 %2: %3 reaches x=%4 of a %5 px wide panel")
                                            .arg(tag, chapter, control->objectName()).arg(r.right()).arg(viewport->width())));
                    QVERIFY2(control->width() >= control->minimumSizeHint().width(),
                             qPrintable(QStringLiteral("%1 %2 narrower than it needs").arg(tag, control->objectName())));
                }
            }
            if (chapter == QLatin1String("ecological_security"))
                QVERIFY(window.grab().save(QStringLiteral("artefacts/%1-page-ecological_security.png").arg(tag)));
            else
                QVERIFY(window.grab().save(QStringLiteral("artefacts/%1-page-%2.png").arg(tag, chapter)));
        }

        // The overview: the names keep room for at least eight characters.
        window.showPage(QStringLiteral("overview"));
        QCoreApplication::processEvents();
        auto *dashboard = qobject_cast<Workbench::DashboardPage *>(window.pages()->currentWidget());
        QVERIFY(dashboard);
        QTreeView *tree = dashboard->view();
        const int eight = tree->fontMetrics().horizontalAdvance(language == QLatin1String("zh") ? QStringLiteral("森林覆盖率自然保护")
                                                                                       : QStringLiteral("Forest coverage"));
        QVERIFY2(tree->columnWidth(Workbench::DashboardModel::NameColumn) - tree->indentation() >= eight,
                 qPrintable(QStringLiteral("%1: names %2 px wide").arg(tag).arg(tree->columnWidth(0))));
        QVERIFY(window.grab().save(QStringLiteral("artefacts/%1-overview.png").arg(tag)));

        // Slides: the first of chapter 五 (protected land, a floor), forest
        // coverage, and carbon emissions peaking (G-03).
        Workbench::PresentationView slides(window.document(), false);
        slides.resize(size);
        slides.show();
        QVERIFY(QTest::qWaitForWindowExposed(&slides));
        for (const QString &indicator : {QStringLiteral("forest_coverage"), QStringLiteral("protected_area_share"),
                                         QStringLiteral("co2_emissions_index")}) {
            slides.showIndicator(indicator);
            QCoreApplication::processEvents();
            slides.chartView()->viewport()->repaint();
            QCoreApplication::processEvents();
            QVERIFY(slides.grab().save(QStringLiteral("artefacts/%1-slide-%2.png").arg(tag, indicator)));
            checkSlide(slides, tag + u' ' + indicator);
        }
    }

private:
    void checkSlide(Workbench::PresentationView &slides, const QString &where)
    {
        // The slide's own texts: 20 px or more, each whole, none over another.
        QList<QLabel *> labels;
        for (QLabel *label : slides.findChildren<QLabel *>()) {
            if (!label->isVisible() || label->text().isEmpty())
                continue;
            labels.append(label);
            QVERIFY2(QFontInfo(label->font()).pixelSize() >= 20,
                     qPrintable(QStringLiteral("%1: \"%2\" at %3 px").arg(where, label->text()).arg(QFontInfo(label->font()).pixelSize())));
            const QRect room = label->contentsRect();
            QTextDocument doc;
            doc.setDefaultFont(label->font());
            doc.setDocumentMargin(0);
            if (Qt::mightBeRichText(label->text()))
                doc.setHtml(label->text());
            else
                doc.setPlainText(label->text());
            if (label->wordWrap())
                doc.setTextWidth(room.width());
            QVERIFY2(doc.idealWidth() <= room.width() + 1 && doc.size().height() <= room.height() + 2,
                     qPrintable(QStringLiteral("%1: \"%2\" needs %3×%4, has %5×%6").arg(where, label->text())
                                    .arg(doc.idealWidth()).arg(doc.size().height()).arg(room.width()).arg(room.height())));
        }
        for (int i = 0; i < labels.size(); ++i) {
            for (int j = i + 1; j < labels.size(); ++j)
                QVERIFY2(!labels[i]->geometry().intersects(labels[j]->geometry()),
                         qPrintable(QStringLiteral("%1: \"%2\" overlaps \"%3\"").arg(where, labels[i]->text(), labels[j]->text())));
        }
        // The chart's texts: whole, 20 px or more, none over another.
        const QList<TextBox> texts = chartTexts(slides.chartView());
        QVERIFY2(texts.size() > 8, qPrintable(where));
        for (const TextBox &t : texts) {
            QVERIFY2(!elided(t.text), qPrintable(QStringLiteral("%1: chart text cut: \"%2\"").arg(where, t.text)));
            QVERIFY2(t.pixelSize >= 20, qPrintable(QStringLiteral("%1: \"%2\" at %3 px").arg(where, t.text).arg(t.pixelSize)));
            QVERIFY2(slides.chartView()->sceneRect().contains(t.rect.adjusted(1, 1, -1, -1)),
                     qPrintable(QStringLiteral("%1: \"%2\" outside the chart").arg(where, t.text)));
        }
        for (int i = 0; i < texts.size(); ++i) {
            for (int j = i + 1; j < texts.size(); ++j) {
                const QRectF overlap = texts[i].rect.intersected(texts[j].rect);
                QVERIFY2(overlap.width() < 2 || overlap.height() < 2,
                         qPrintable(QStringLiteral("%1: \"%2\" overlaps \"%3\"").arg(where, texts[i].text, texts[j].text)));
            }
        }
    }

};

QTEST_MAIN(TestFit)
#include "tst_fit.moc"
