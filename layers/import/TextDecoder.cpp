#include "TextDecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <cerrno>
#include <iconv.h>

namespace onemap {

namespace {
constexpr qint64 kSampleBytes = 4 << 20; // enough rows to see Chinese text, fast to scan

bool isAscii(const char *data, int size)
{
  for (int i = 0; i < size; ++i)
    if (static_cast<unsigned char>(data[i]) >= 0x80)
      return false;
  return true;
}

// Length of the longest prefix that is valid in \a encoding (iconv, strict).
int validPrefix(const char *encoding, const char *data, int size)
{
  iconv_t cd = iconv_open("UTF-8", encoding);
  if (cd == reinterpret_cast<iconv_t>(-1))
    return 0;
  QByteArray out(4096, Qt::Uninitialized);
  char *in = const_cast<char *>(data);
  size_t inLeft = static_cast<size_t>(size);
  int bad = -1;
  while (inLeft > 0) {
    char *o = out.data();
    size_t outLeft = static_cast<size_t>(out.size());
    if (iconv(cd, &in, &inLeft, &o, &outLeft) == static_cast<size_t>(-1) && errno != E2BIG) {
      bad = static_cast<int>(in - data);
      break;
    }
  }
  iconv_close(cd);
  return bad < 0 ? size : bad;
}
} // namespace

Result<QString> TextDecoder::canonicalName(const QString &userName)
{
  const QString n = userName.trimmed().toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
  if (n == QLatin1String("utf8") || n == QLatin1String("utf8bom"))
    return QStringLiteral("UTF-8");
  // GBK and GB2312 text is valid GB18030 and decodes to the same characters.
  if (n == QLatin1String("gbk") || n == QLatin1String("gb2312") || n == QLatin1String("gb18030") || n == QLatin1String("cp936")
      || n == QLatin1String("936"))
    return QStringLiteral("GB18030");
  const QByteArray name = userName.trimmed().toUpper().toLatin1();
  iconv_t cd = iconv_open("UTF-8", name.constData());
  if (name.isEmpty() || cd == reinterpret_cast<iconv_t>(-1))
    return Status::failure(QCoreApplication::translate("onemap::TextDecoder", "unknown text encoding \"%1\" (use utf-8, gbk or gb18030)").arg(userName));
  iconv_close(cd);
  return QString::fromLatin1(name);
}

bool TextDecoder::isValidUtf8(const char *data, int size)
{
  const auto *s = reinterpret_cast<const unsigned char *>(data);
  int i = 0;
  while (i < size) {
    const unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    int n = 0;
    unsigned int cp = 0;
    if (c >= 0xC2 && c <= 0xDF) { n = 1; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { n = 2; cp = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { n = 3; cp = c & 0x07; }
    else return false;
    for (int k = 1; k <= n; ++k) {
      if (i + k >= size || (s[i + k] & 0xC0) != 0x80)
        return false;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if ((n == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
      return false;
    i += n + 1;
  }
  return true;
}

Result<QString> TextDecoder::detect(const QByteArray &sampleIn, bool truncated)
{
  QByteArray sample = sampleIn;
  if (sample.startsWith("\xEF\xBB\xBF"))
    return QStringLiteral("UTF-8");
  if (sample.startsWith("\xFF\xFE") || sample.startsWith("\xFE\xFF"))
    return Status::failure(QCoreApplication::translate("onemap::TextDecoder", "UTF-16 text is not supported; save the file as UTF-8 or GBK"));
  // A cut sample may end inside a character: look only up to the last line end.
  if (truncated) {
    const int end = sample.lastIndexOf('\n');
    if (end > 0)
      sample.truncate(end + 1);
  }
  if (isAscii(sample.constData(), sample.size()) || isValidUtf8(sample.constData(), sample.size()))
    return QStringLiteral("UTF-8");
  const int good = validPrefix("GB18030", sample.constData(), sample.size());
  if (good == sample.size())
    return QStringLiteral("GB18030");
  return Status::failure(QCoreApplication::translate("onemap::TextDecoder", "the text is neither UTF-8 nor GBK/GB18030 (invalid bytes at offset %1); name the encoding")
                           .arg(good));
}

Result<QString> TextDecoder::detectFile(const QString &path)
{
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly))
    return Status::failure(QCoreApplication::translate("onemap::TextDecoder", "cannot read %1").arg(path));
  const QByteArray sample = f.read(kSampleBytes);
  Result<QString> r = detect(sample, !f.atEnd());
  if (!r)
    return Status::failure(QStringLiteral("%1: %2").arg(path, r.message()));
  return r;
}

TextDecoder::TextDecoder(const QString &encoding)
  : mEncoding(encoding)
{
  mUtf8 = encoding == QLatin1String("UTF-8");
  if (!mUtf8) {
    iconv_t cd = iconv_open("UTF-8", encoding.toLatin1().constData());
    if (cd != reinterpret_cast<iconv_t>(-1))
      mIconv = cd;
  }
}

TextDecoder::~TextDecoder()
{
  if (mIconv)
    iconv_close(static_cast<iconv_t>(mIconv));
}

bool TextDecoder::decode(const char *data, int size, QString &out)
{
  if (isAscii(data, size)) {
    out = QString::fromLatin1(data, size);
    return true;
  }
  if (mUtf8) {
    if (!isValidUtf8(data, size)) {
      out.clear();
      return false;
    }
    out = QString::fromUtf8(data, size);
    return true;
  }
  if (!mIconv) {
    out.clear();
    return false;
  }
  iconv_t cd = static_cast<iconv_t>(mIconv);
  iconv(cd, nullptr, nullptr, nullptr, nullptr);
  if (mBuffer.size() < size * 4 + 16)
    mBuffer.resize(size * 4 + 16);
  char *in = const_cast<char *>(data);
  size_t inLeft = static_cast<size_t>(size);
  char *o = mBuffer.data();
  size_t outLeft = static_cast<size_t>(mBuffer.size());
  if (iconv(cd, &in, &inLeft, &o, &outLeft) == static_cast<size_t>(-1) || inLeft != 0) {
    out.clear();
    return false;
  }
  out = QString::fromUtf8(mBuffer.constData(), static_cast<int>(o - mBuffer.constData()));
  return true;
}

} // namespace onemap
