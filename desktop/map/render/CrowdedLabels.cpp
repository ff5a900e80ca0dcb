#include "CrowdedLabels.h"

#include "LabelEngineAccess.h"
#include "LabelSprites.h"

#include <qgsrendercontext.h>

namespace onemap {

const QString CrowdedLabels::kProviderId = QStringLiteral("onemap-crowded");

CrowdedLabels::CrowdedLabels(QgsMapLayer *layer)
  : QgsAbstractLabelProvider(layer, kProviderId)
{
}

CrowdedLabels *CrowdedLabels::of(QgsLabelingEngine *engine, QgsMapLayer *layer)
{
  if (!engine)
    return nullptr;
  QMutexLocker lock(&labelingEngineLock());
  for (QgsAbstractLabelProvider *provider : labelProviders(engine))
    if (provider->providerId() == kProviderId)
      return static_cast<CrowdedLabels *>(provider);
  auto *labels = new CrowdedLabels(layer);
  engine->addProvider(labels);
  return labels;
}

int CrowdedLabels::addFormat(const QgsTextFormat &format)
{
  mFormats << format; // one per crowded layer of the frame
  return mFormats.size() - 1;
}

void CrowdedLabels::add(int format, const QString &text, const QPointF &bottomLeft)
{
  mLabels.append(Label {format, text, bottomLeft});
}

QList<QgsLabelFeature *> CrowdedLabels::labelFeatures(QgsRenderContext &)
{
  return {}; // nothing for the engine to place
}

void CrowdedLabels::drawLabel(QgsRenderContext &, pal::LabelPosition *) const
{
}

void CrowdedLabels::startRender(QgsRenderContext &context)
{
  QgsAbstractLabelProvider::startRender(context);
  QVector<QString> keys;
  keys.reserve(mFormats.size());
  for (const QgsTextFormat &format : qAsConst(mFormats))
    keys << LabelSprites::keyOf(format, context);
  LabelSprites &sprites = LabelSprites::shared();
  // In the order the layers gave them: a later layer's labels on top.
  for (const Label &label : qAsConst(mLabels)) {
    if (context.renderingStopped())
      break;
    sprites.draw(context, mFormats[label.format], keys[label.format], label.text, label.bottomLeft);
  }
}

} // namespace onemap
