// The hidden-danger layer's symbols: overdue and supervised points get their
// own rules, judged on the same overdue rule as the ledger; the legend names
// them; the day can be pinned through @onemap_today.
#include "SampleStore.h"
#include "app/QgisRuntime.h"
#include "danger_loop/DangerLoop.h"
#include "hidden_dangers/HiddenDanger.h"
#include "map/EscalatedDangers.h"
#include "map/LayerStyles.h"
#include "map/StoreMapLayers.h"
#include "store/SqlStatement.h"
#include "warnings/WarningImpact.h"

#include <qgsexpressioncontextutils.h>
#include <qgsmaprenderersequentialjob.h>
#include <qgsmapsettings.h>
#include <qgsfeatureiterator.h>
#include <qgsproject.h>
#include <qgsrulebasedrenderer.h>
#include <qgsvectorlayer.h>

using namespace onemap;

namespace {
qint64 matching(QgsVectorLayer *layer, const QString &expression)
{
  QgsExpressionContext context;
  context << QgsExpressionContextUtils::globalScope() << QgsExpressionContextUtils::layerScope(layer);
  QgsFeatureRequest request;
  request.setFilterExpression(expression);
  request.setExpressionContext(context);
  QgsFeatureIterator it = layer->getFeatures(request);
  qint64 n = 0;
  QgsFeature f;
  while (it.nextFeature(f))
    ++n;
  return n;
}
//! Kinds of pixel met going left from the centre of a 200x200 render.
struct Halo
{
  bool red = false;
  bool orange = false;
  bool tinted = false; //!< the soft red disc over white
};

Halo haloLeftOfCentre(const QImage &image)
{
  Halo h;
  const int y = image.height() / 2;
  // From just outside the hazard symbol (3 mm across) to past the halo (8.4 mm).
  for (int x = image.width() / 2 - 7; x > image.width() / 2 - 24; --x) {
    const QColor c = image.pixelColor(x, y);
    h.red = h.red || (c.red() > 180 && c.green() < 90 && c.blue() < 90);
    h.orange = h.orange || (c.red() > 200 && c.green() > 100 && c.green() < 190 && c.blue() < 80);
    h.tinted = h.tinted || (c.red() > 230 && c.green() > 150 && c.green() < 225 && std::abs(c.green() - c.blue()) < 20);
  }
  return h;
}

//! The dangers layer alone, narrowed to one point, rendered around it at 96 dpi.
QImage renderAround(QgsVectorLayer *layer, qint64 id)
{
  layer->setSubsetString(QStringLiteral("\"id\" = %1").arg(id));
  QgsFeature f;
  layer->getFeatures().nextFeature(f);
  const QgsPointXY p = f.geometry().asPoint();
  QgsMapSettings settings;
  settings.setDestinationCrs(layer->crs());
  settings.setLayers({layer});
  settings.setOutputSize(QSize(200, 200));
  settings.setOutputDpi(96);
  settings.setBackgroundColor(Qt::white);
  settings.setExtent(QgsRectangle(p.x() - 0.001, p.y() - 0.001, p.x() + 0.001, p.y() + 0.001));
  QgsMapRendererSequentialJob job(settings);
  job.start();
  job.waitForFinished();
  layer->setSubsetString(QString());
  return job.renderedImage();
}

} // namespace

class TestDangerSymbols : public QObject
{
  Q_OBJECT

  testing::SampleStore mSample;

  qint64 sql(const QString &query, const QVariantList &params = {})
  {
    auto store = Store::open(mSample.path());
    SqlStatement q(store.value()->handle(), query);
    for (int i = 0; i < params.size(); ++i)
      q.bind(i + 1, params[i]);
    return q.next() ? q.int64(0) : -1;
  }

private Q_SLOTS:
  void overdueAndSupervisedRulesMatchTheLedger()
  {
    QVERIFY2(mSample.ok(), qPrintable(mSample.message()));
    QgsProject project;
    QVERIFY(StoreMapLayers::load(mSample.path(), &project).ok());
    QgsVectorLayer *layer = StoreMapLayers::layer(&project, QStringLiteral("hidden_dangers"));
    QVERIFY(layer);
    auto *renderer = dynamic_cast<QgsRuleBasedRenderer *>(layer->renderer());
    QVERIFY(renderer);

    QStringList filters, labels;
    for (QgsRuleBasedRenderer::Rule *rule : renderer->rootRule()->children()) {
      filters << rule->filterExpression();
      labels << rule->label();
    }
    QVERIFY(filters.contains(LayerStyles::overdueExpression()));
    QVERIFY(filters.contains(QStringLiteral("\"supervised\" = 1")));
    QVERIFY(filters.contains(QStringLiteral("\"status\" = 'signed_off'")));
    QVERIFY(labels.contains(QStringLiteral("Overdue (deadline passed, not signed off)")));
    QVERIFY(labels.contains(QStringLiteral("Listed for supervision")));
    QCOMPARE(renderer->legendSymbolItems().size(), filters.size());

    // Pinned to the register date, the map's overdue points are the ledger's.
    const QString day = SampleCounty::registerDate().toString(Qt::ISODate);
    QgsExpressionContextUtils::setLayerVariable(layer, QLatin1String(LayerStyles::kTodayVariable), day);
    const qint64 overdue = sql(QStringLiteral("SELECT count(*) FROM hidden_dangers WHERE ") + HiddenDanger::overdueSql(), {day});
    QVERIFY(overdue > 0);
    QCOMPARE(matching(layer, LayerStyles::overdueExpression()), overdue);
    auto store = Store::open(mSample.path());
    DangerFilter f;
    f.overdueOnly = true;
    QCOMPARE(qint64(DangerLoop(*store.value()).list(f, SampleCounty::registerDate()).value().size()), overdue);
    // Unpinned, the current date decides.
    QgsExpressionContextUtils::setLayerVariable(layer, QLatin1String(LayerStyles::kTodayVariable), QVariant());
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    QCOMPARE(matching(layer, LayerStyles::overdueExpression()),
             sql(QStringLiteral("SELECT count(*) FROM hidden_dangers WHERE ") + HiddenDanger::overdueSql(), {today}));
    QCOMPARE(matching(layer, QStringLiteral("\"supervised\" = 1")), sql(QStringLiteral("SELECT count(*) FROM hidden_dangers WHERE supervised = 1")));
    project.clear();
  }

  void escalatedHaloFollowsTheWarnings()
  {
    QVERIFY2(mSample.ok(), qPrintable(mSample.message()));
    QgsProject project;
    QVERIFY(StoreMapLayers::load(mSample.path(), &project).ok());
    QgsVectorLayer *layer = StoreMapLayers::layer(&project, QStringLiteral("hidden_dangers"));
    QVERIFY(layer);
    auto *renderer = dynamic_cast<QgsRuleBasedRenderer *>(layer->renderer());
    QStringList filters;
    for (QgsRuleBasedRenderer::Rule *rule : renderer->rootRule()->children())
      filters << rule->filterExpression();
    QVERIFY(filters.contains(EscalatedDangers::expression()));
    // Overdue rings judged on the same day as the contrast point below.
    QgsExpressionContextUtils::setLayerVariable(layer, QLatin1String(LayerStyles::kTodayVariable), SampleCounty::registerDate().toString(Qt::ISODate));

    // On the sample's register day its orange warning is in force.
    const QDateTime registerDay(SampleCounty::registerDate(), QTime(9, 0), Qt::OffsetFromUTC, 8 * 3600);
    Result<int> escalated = EscalatedDangers::refresh(layer, mSample.path(), registerDay);
    QVERIFY2(escalated.ok(), qPrintable(escalated.message()));
    QVERIFY(escalated.value() > 0);
    QCOMPARE(matching(layer, EscalatedDangers::expression()), qint64(escalated.value()));

    auto store = Store::open(mSample.path());
    const QSet<qint64> ids = WarningImpact::escalatedDangerIds(*store.value(), registerDay).value();
    // Open points without overdue ring or flag, one escalated and one outside every warning.
    SqlStatement q(store.value()->handle(), QStringLiteral("SELECT id FROM hidden_dangers WHERE status NOT IN ('signed_off') AND supervised = 0 "
                                                           "AND NOT ") + HiddenDanger::overdueSql() + QStringLiteral(" ORDER BY id"));
    q.bind(1, SampleCounty::registerDate().toString(Qt::ISODate));
    qint64 inside = 0, outside = 0;
    while (q.next() && (!inside || !outside)) {
      qint64 &slot = ids.contains(q.int64(0)) ? inside : outside;
      if (!slot)
        slot = q.int64(0);
    }
    QVERIFY(inside > 0 && outside > 0);

    const QImage withHalo = renderAround(layer, inside);
    const Halo halo = haloLeftOfCentre(withHalo);
    if (!halo.red || !halo.orange || !halo.tinted)
      withHalo.save(QStringLiteral(ONEMAP_BINARY_DIR "/escalated-halo.png"));
    QVERIFY2(halo.red && halo.orange && halo.tinted, "an escalated point shows the red/orange double halo");
    const QImage plain = renderAround(layer, outside);
    const Halo none = haloLeftOfCentre(plain);
    if (none.red || none.orange || none.tinted)
      plain.save(QStringLiteral(ONEMAP_BINARY_DIR "/escalated-halo-none.png"));
    QVERIFY2(!none.red && !none.orange && !none.tinted, qPrintable(QStringLiteral("danger %1: %2 %3 %4").arg(outside).arg(none.red).arg(none.orange).arg(none.tinted)));

    // Two days later the warning has run out: the same point loses its halo.
    escalated = EscalatedDangers::refresh(layer, mSample.path(), registerDay.addDays(2));
    QVERIFY(escalated.ok());
    QCOMPARE(escalated.value(), 0);
    const Halo gone = haloLeftOfCentre(renderAround(layer, inside));
    QVERIFY(!gone.red && !gone.orange && !gone.tinted);
    project.clear();
  }
};

int main(int argc, char **argv)
{
  QgisRuntime runtime(argc, argv, false, QStringLiteral("en"));
  TestDangerSymbols test;
  return QTest::qExec(&test, argc, argv);
}
#include "test_danger_symbols.moc"
