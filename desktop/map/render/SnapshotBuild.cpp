#include "SnapshotBuild.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgsexpressioncontextutils.h>
#include <qgsgraduatedsymbolrenderer.h>
#include <qgsrulebasedrenderer.h>
#include <qgsfeedback.h>
#include <qgsrenderer.h>
#include <qgsrendercontext.h>
#include <qgssymbol.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerfeatureiterator.h>
#include <qgsvectorlayerlabeling.h>
#include <qgspallabeling.h>

namespace onemap {

namespace {

// Reads features and gives each its symbols, the way the renderer would
// while drawing (same expression context, no map scale).
class Assigner
{
public:
  explicit Assigner(SnapshotInput &input)
    : mInput(input)
  {
    mRender.setExpressionContext(input.context);
    input.renderer->startRender(mRender, input.fields);
    const QgsSymbolList all = input.renderer->symbols(mRender);
    for (int i = 0; i < all.size(); ++i)
      mIndexOf.insert(all[i], i);
    QSet<QString> needed = input.renderer->usedAttributes(mRender);
    needed.unite(input.keptAttributes);
    for (const QString &name : needed) {
      const int index = input.fields.lookupField(name);
      if (index >= 0)
        mFetch << index;
    }
    for (const QString &name : input.keptAttributes)
      if (input.fields.lookupField(name) >= 0)
        mKeep = true;
  }
  ~Assigner() { mInput.renderer->stopRender(mRender); }

  QgsFeatureRequest request() const
  {
    QgsFeatureRequest r;
    r.setSubsetOfAttributes(mFetch);
    r.setExpressionContext(mInput.context);
    return r;
  }

  void add(PointSnapshot &s, const QgsFeature &f)
  {
    const QgsGeometry g = f.geometry();
    if (g.isEmpty())
      return;
    const int row = s.ids.size();
    s.ids << f.id();
    s.points << (g.isMultipart() ? QgsPointXY(g.asMultiPoint().value(0)) : g.asPoint());
    s.symbolSet << setFor(s, f);
    if (mKeep)
      s.attributes << f.attributes();
    s.rowOf.insert(f.id(), row);
  }

  void replace(PointSnapshot &s, int row, const QgsFeature &f)
  {
    const QgsGeometry g = f.geometry();
    s.points[row] = g.isMultipart() ? QgsPointXY(g.asMultiPoint().value(0)) : g.asPoint();
    s.symbolSet[row] = setFor(s, f);
    if (mKeep)
      s.attributes[row] = f.attributes();
  }

  bool keeps() const { return mKeep; }

private:
  int setFor(PointSnapshot &s, const QgsFeature &f)
  {
    mRender.expressionContext().setFeature(f);
    const QgsSymbolList symbols = mInput.renderer->symbolsForFeature(f, mRender);
    QVector<int> set;
    for (QgsSymbol *symbol : symbols)
      if (symbol && mIndexOf.contains(symbol))
        set << mIndexOf.value(symbol);
    if (set.isEmpty())
      return -1;
    int index = s.symbolSets.indexOf(set);
    if (index < 0) {
      index = s.symbolSets.size();
      s.symbolSets << set;
    }
    return index;
  }

  SnapshotInput &mInput;
  QgsRenderContext mRender;
  QHash<const QgsSymbol *, int> mIndexOf;
  QgsAttributeList mFetch;
  bool mKeep = false;
};

std::shared_ptr<PointSnapshot> emptyLike(const SnapshotInput &input)
{
  auto s = std::make_shared<PointSnapshot>();
  s->key = input.key;
  s->rendererKey = input.rendererKey;
  s->variables = input.variables;
  s->crs = input.crs;
  s->fields = input.fields;
  return s;
}

} // namespace

QSet<QString> rendererVariables(const QgsFeatureRenderer &renderer)
{
  QSet<QString> names;
  if (renderer.type() == QLatin1String("RuleRenderer")) {
    auto *rules = const_cast<QgsRuleBasedRenderer &>(static_cast<const QgsRuleBasedRenderer &>(renderer)).rootRule();
    for (QgsRuleBasedRenderer::Rule *rule : rules->descendants())
      names.unite(QgsExpression::referencedVariables(rule->filterExpression()));
  } else if (auto *categorized = dynamic_cast<const QgsCategorizedSymbolRenderer *>(&renderer)) {
    names.unite(QgsExpression::referencedVariables(categorized->classAttribute()));
  } else if (auto *graduated = dynamic_cast<const QgsGraduatedSymbolRenderer *>(&renderer)) {
    names.unite(QgsExpression::referencedVariables(graduated->classAttribute()));
  }
  return names;
}

std::unique_ptr<SnapshotInput> SnapshotInput::from(QgsVectorLayer *layer, const QgsFeatureRenderer &renderer, const QString &key,
                                                   const QString &rendererKey)
{
  auto input = std::make_unique<SnapshotInput>();
  input->source = std::make_unique<QgsVectorLayerFeatureSource>(layer);
  input->renderer.reset(renderer.clone());
  input->fields = layer->fields();
  input->crs = layer->crs();
  input->context = QgsExpressionContext(QgsExpressionContextUtils::globalProjectLayerScopes(layer));
  input->key = key;
  input->rendererKey = rendererKey;
  for (const QString &name : rendererVariables(renderer))
    input->variables.insert(name, input->context.variable(name));
  if (layer->labelsEnabled() && layer->labeling()) {
    if (auto *simple = dynamic_cast<const QgsVectorLayerSimpleLabeling *>(layer->labeling())) {
      QgsRenderContext rc;
      rc.setExpressionContext(input->context);
      input->keptAttributes = simple->settings().referencedFields(rc);
    }
  }
  QgsRenderContext rc;
  rc.setExpressionContext(input->context);
  for (QgsSymbol *symbol : renderer.symbols(rc))
    if (symbol->hasDataDefinedProperties())
      input->keptAttributes.unite(symbol->usedAttributes(rc));
  return input;
}

std::shared_ptr<PointSnapshot> buildSnapshot(SnapshotInput &input, QgsFeedback *feedback)
{
  auto s = emptyLike(input);
  Assigner assigner(input);
  QgsFeatureIterator it = input.source->getFeatures(assigner.request());
  QgsFeature f;
  int n = 0;
  while (it.nextFeature(f)) {
    if (feedback && (++n & 1023) == 0 && feedback->isCanceled())
      return nullptr;
    assigner.add(*s, f);
  }
  return s;
}

std::shared_ptr<PointSnapshot> updateSnapshot(const PointSnapshot &base, SnapshotInput &input, const QgsFeatureIds &changed)
{
  auto s = emptyLike(input);
  s->ids = base.ids;
  s->points = base.points;
  s->symbolSet = base.symbolSet;
  s->symbolSets = base.symbolSets;
  s->attributes = base.attributes;
  s->rowOf = base.rowOf;

  Assigner assigner(input);
  QgsFeatureRequest request = assigner.request();
  request.setFilterFids(changed);
  QgsFeatureIterator it = input.source->getFeatures(request);
  QgsFeatureIds seen;
  QgsFeature f;
  while (it.nextFeature(f)) {
    if (f.geometry().isEmpty())
      continue; // dropped below, like a deleted one
    seen.insert(f.id());
    const int row = s->rowOf.value(f.id(), -1);
    if (row >= 0)
      assigner.replace(*s, row, f);
    else
      assigner.add(*s, f);
  }
  // Gone (or lost their geometry): drop them, keeping the others' order.
  QVector<bool> drop(s->ids.size(), false);
  bool any = false;
  for (QgsFeatureId id : changed) {
    const int row = s->rowOf.value(id, -1);
    if (row >= 0 && !seen.contains(id)) {
      drop[row] = true;
      any = true;
    }
  }
  if (any) {
    auto kept = emptyLike(input);
    kept->symbolSets = s->symbolSets;
    for (int i = 0; i < s->ids.size(); ++i) {
      if (drop[i])
        continue;
      kept->rowOf.insert(s->ids[i], kept->ids.size());
      kept->ids << s->ids[i];
      kept->points << s->points[i];
      kept->symbolSet << s->symbolSet[i];
      if (!s->attributes.isEmpty())
        kept->attributes << s->attributes[i];
    }
    return kept;
  }
  return s;
}

} // namespace onemap
