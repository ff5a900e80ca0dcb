#include "PlaceSearch.h"

#include "map/StoreMapLayers.h"

#include <QCompleter>
#include <QStringListModel>
#include <qgsexpression.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

namespace onemap {

namespace {
const char *kLayers[] = {"townships", "villages", "county"};
}

PlaceSearch::PlaceSearch(QWidget *parent)
  : QLineEdit(parent)
{
  setPlaceholderText(tr("Find township or village (name or code)"));
  setClearButtonEnabled(true);
  setMinimumWidth(260);
  connect(this, &QLineEdit::returnPressed, this, [this] {
    QgsGeometry geometry;
    QString label;
    if (find(text().trimmed(), geometry, label))
      Q_EMIT placeFound(geometry, label);
    else
      Q_EMIT placeNotFound(text().trimmed());
  });
}

void PlaceSearch::setProject(QgsProject *project)
{
  mProject = project;
  QStringList names;
  for (const char *id : kLayers) {
    QgsVectorLayer *layer = StoreMapLayers::layer(project, QString::fromLatin1(id));
    if (!layer)
      continue;
    QgsFeatureRequest request;
    request.setFlags(QgsFeatureRequest::NoGeometry);
    request.setSubsetOfAttributes(QStringList {QStringLiteral("name"), QStringLiteral("code")}, layer->fields());
    QgsFeature f;
    QgsFeatureIterator it = layer->getFeatures(request);
    while (it.nextFeature(f))
      names << f.attribute(QStringLiteral("name")).toString() << f.attribute(QStringLiteral("code")).toString();
  }
  names.removeDuplicates();
  auto *completer = new QCompleter(names, this);
  completer->setCaseSensitivity(Qt::CaseInsensitive);
  completer->setFilterMode(Qt::MatchContains);
  setCompleter(completer);
}

bool PlaceSearch::find(const QString &text, QgsGeometry &geometry, QString &label) const
{
  if (!mProject || text.isEmpty())
    return false;
  // Exact match on name or code first; a prefix of the name second.
  const QString exact = QgsExpression::createFieldEqualityExpression(QStringLiteral("name"), text) + QStringLiteral(" OR ")
                        + QgsExpression::createFieldEqualityExpression(QStringLiteral("code"), text);
  const QString prefix = QStringLiteral("\"name\" LIKE %1").arg(QgsExpression::quotedString(text + QLatin1Char('%')));
  for (const QString &filter : {exact, prefix}) {
    for (const char *id : kLayers) {
      QgsVectorLayer *layer = StoreMapLayers::layer(mProject, QString::fromLatin1(id));
      if (!layer)
        continue;
      QgsFeature f;
      if (layer->getFeatures(QgsFeatureRequest().setFilterExpression(filter).setLimit(1)).nextFeature(f)) {
        geometry = f.geometry();
        label = f.attribute(QStringLiteral("name")).toString();
        return true;
      }
    }
  }
  return false;
}

} // namespace onemap
