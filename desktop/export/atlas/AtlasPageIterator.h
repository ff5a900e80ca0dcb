#pragma once
// \brief Walks the atlas pages for QgsLayoutExporter: each step calls back to
// show the next page; file names come from the atlas.
#include <QString>
#include <functional>
#include <qgsabstractlayoutiterator.h>

namespace onemap {

class AtlasPageIterator : public QgsAbstractLayoutIterator
{
public:
  //! \a show(page) sets the layout up for \a page (false stops with an error);
  //! \a path(page, extension) names its file.
  AtlasPageIterator(QgsLayout *layout, int count, std::function<bool(int)> show, std::function<QString(int, const QString &)> path)
    : mLayout(layout), mCount(count), mShow(std::move(show)), mPath(std::move(path))
  {
  }
  QgsLayout *layout() override { return mLayout; }
  bool beginRender() override
  {
    mPage = -1;
    return true;
  }
  bool endRender() override { return true; }
  int count() const override { return mCount; }
  bool next() override
  {
    if (++mPage >= mCount)
      return false;
    return mShow(mPage);
  }
  QString filePath(const QString &, const QString &extension) override { return mPath(mPage, extension); }

private:
  QgsLayout *mLayout;
  int mCount;
  int mPage = -1;
  std::function<bool(int)> mShow;
  std::function<QString(int, const QString &)> mPath;
};

} // namespace onemap
