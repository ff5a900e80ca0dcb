#include "Camera.h"

namespace onemap {

const TypedSpec<Camera> &Camera::schema()
{
  static const TypedSpec<Camera> s = TypedSpec<Camera>("cameras", GeometryType::Point)
    .field("channel_id", &Camera::channelId).required()
    .field("name", &Camera::name).required()
    .field("owner_department", &Camera::ownerDepartment)
    .field("stream_url", &Camera::streamUrl)
    .field("village_code", &Camera::villageCode)
    .point(&Camera::location);
  return s;
}

} // namespace onemap
