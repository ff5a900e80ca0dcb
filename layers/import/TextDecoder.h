#pragma once
// \brief Text encodings of imported files: detection and strict decoding.
//
// Chinese Excel saves CSV as GBK by default, newer tools as UTF-8. A file is
// UTF-8 when its bytes are valid UTF-8 (with or without BOM), otherwise it is
// read as GB18030, the national superset of GBK and GB2312. Decoding is strict:
// bytes that are not valid in the chosen encoding are reported, never turned
// silently into replacement characters. iconv (glibc) does the conversion, so
// this builds against Qt 6 without Core5Compat.
#include "store/Result.h"

#include <QByteArray>
#include <QString>

namespace onemap {

class TextDecoder
{
public:
  //! Maps a user's name (utf8, GBK, cp936, gb2312, latin1...) to the name used
  //! here: "UTF-8", "GB18030" (also for GBK/GB2312, its subsets) or an iconv name.
  static Result<QString> canonicalName(const QString &userName);
  //! Guesses the encoding of the start of a file; fails when the bytes are
  //! neither UTF-8 nor GB18030 (the message gives the byte offset).
  static Result<QString> detect(const QByteArray &sample, bool truncated);
  static Result<QString> detectFile(const QString &path);
  static bool isValidUtf8(const char *data, int size);

  explicit TextDecoder(const QString &encoding = QStringLiteral("UTF-8"));
  ~TextDecoder();
  TextDecoder(const TextDecoder &) = delete;
  TextDecoder &operator=(const TextDecoder &) = delete;

  const QString &encoding() const { return mEncoding; }
  //! Strict decode; false (and \a out empty) when the bytes are not valid.
  bool decode(const char *data, int size, QString &out);
  bool decode(const QByteArray &bytes, QString &out) { return decode(bytes.constData(), bytes.size(), out); }

private:
  QString mEncoding;
  bool mUtf8 = true;
  void *mIconv = nullptr; // iconv_t
  QByteArray mBuffer;
};

} // namespace onemap
