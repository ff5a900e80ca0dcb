#include "CountyOutline.h"

#include "store/SqlStatement.h"
#include "store/Store.h"

namespace onemap {

CountyOutline CountyOutline::load(Store &store)
{
  CountyOutline out;
  SqlStatement q(store.handle(), QStringLiteral("SELECT name, AsBinary(geom) FROM admin_units WHERE level = 'county' AND geom IS NOT NULL"));
  while (q.next())
    if (out.mShape.addWkb(q.value(1).toByteArray()))
      out.mName = q.text(0);
  return out;
}

} // namespace onemap
