#include "XmlGuard.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace onemap {

Status XmlGuard::check(const QXmlStreamReader &r)
{
  switch (r.tokenType()) {
  case QXmlStreamReader::DTD:
    return Status::failure(QCoreApplication::translate("onemap::CapParser", "line %1: a DTD (<!DOCTYPE>) is refused: CAP needs none and it could declare entities").arg(r.lineNumber()));
  case QXmlStreamReader::EntityReference:
    return Status::failure(QCoreApplication::translate("onemap::CapParser", "line %1: entity reference &%2; is refused").arg(r.lineNumber()).arg(r.name().toString()));
  default:
    return {};
  }
}

} // namespace onemap
