// The hidden-danger layer's symbols: overdue and supervised points get their
// own rules, judged on the same overdue rule as the ledger; the legend names
// them; the day can be pinned through @onemap_today.
#include "SampleStore.h"
#include "app/QgisRuntime.h"
#include "danger_loop/DangerLoop.h"
#include "hidden_dangers/HiddenDanger.h"
#include "map/LayerStyles.h"
#include "map/StoreMapLayers.h"
#include "store/SqlStatement.h"

#include <qgsexpressioncontextutils.h>
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
};

int main(int argc, char **argv)
{
  QgisRuntime runtime(argc, argv, false, QStringLiteral("en"));
  TestDangerSymbols test;
  return QTest::qExec(&test, argc, argv);
}
#include "test_danger_symbols.moc"
