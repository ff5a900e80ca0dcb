#pragma once
// \brief Video channels (视频监控) from the departments that own them.
#include "store/TypedTable.h"

namespace onemap {

struct Camera
{
  qint64 id = 0;
  QString channelId;
  QString name;
  QString ownerDepartment;
  QString streamUrl;   //!< kept as text; the board never fetches it on its own
  QString villageCode;
  GeoPoint location;

  static const TypedSpec<Camera> &schema();
};
using Cameras = TypedTable<Camera>;

} // namespace onemap
