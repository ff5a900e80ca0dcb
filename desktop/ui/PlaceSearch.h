#pragma once
// \brief The search box: a township or village by name or 12-digit code.
#include <QLineEdit>
#include <qgsgeometry.h>

class QgsProject;
class QgsVectorLayer;

namespace onemap {

class PlaceSearch : public QLineEdit
{
  Q_OBJECT
public:
  explicit PlaceSearch(QWidget *parent = nullptr);
  //! Fills the completer from the project's township and village layers.
  void setProject(QgsProject *project);
  //! Exact name or code first, then a name that starts with \a text. Geometry in layer CRS.
  bool find(const QString &text, QgsGeometry &geometry, QString &label) const;

Q_SIGNALS:
  void placeFound(const QgsGeometry &geometryInLayerCrs, const QString &label);
  void placeNotFound(const QString &text);

private:
  QgsProject *mProject = nullptr;
};

} // namespace onemap
