#pragma once
// \brief The colour level (blue/yellow/orange/red = IV..I) of a CAP info.
//
// Chinese issuers state the colour in words (暴雨黄色预警) or as a grade
// (Ⅲ级); CAP severity is only the fallback because its four values do not
// line up one-to-one with the national colour scale.
#include "CapMessage.h"

namespace onemap {

class WarningLevel
{
public:
  //! blue, yellow, orange or red from free text (colour words or grades); empty if none.
  static QString fromText(const QString &text);
  //! Minor->blue, Moderate->yellow, Severe->orange, Extreme->red; empty for Unknown.
  static QString fromSeverity(const QString &severity);
  //! Headline, then event, then parameter values, then severity; blue when nothing says.
  static QString of(const CapInfo &info);
};

} // namespace onemap
