#include "ChineseNames.h"

namespace onemap {

namespace {

// Single-character lists kept as strings: every character is in the BMP, so
// one QChar is one character.
const QString &surnames()
{
  static const QString s = QStringLiteral("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
                                          "蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹"
                                          "薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃向冉");
  return s;
}

const QString &givenChars()
{
  static const QString s = QStringLiteral("建华国明志伟军平红英文丽海强永春芳秀云玉兰德金林东福生成杰涛勇刚斌"
                                          "霞燕琴梅桂荣祥俊宏光辉洪波清亮新宁安荣学维发庆静敏娟艳鹏飞超磊洋"
                                          "翠芬富贵兴旺才顺和中天龙");
  return s;
}

// Stems read like real places: an adjective or object followed by a landform.
const QString &stemHeads()
{
  static const QString s = QStringLiteral("青白黑红黄金银石龙凤马牛羊鹤桃梅竹松柏杨柳花云高大小新老上下中东"
                                          "西南北长平双三五九太万兴安永福清桂茶麻板碧");
  return s;
}

const QString &stemTails()
{
  static const QString s = QStringLiteral("山水溪坝坪湾岩门潭林桥峰岭田塘沟园口池坡寨洞关场");
  return s;
}

// Landforms that follow "<surname>家", as in 李家坝, 王家湾.
const QString &familyTails()
{
  static const QString s = QStringLiteral("坝坪湾沟寨岭坡塘田山岩坳槽营堡桥院");
  return s;
}

QChar pick(const QString &chars, Rng &rng) { return chars.at(rng.range(0, chars.size() - 1)); }

} // namespace

QString ChineseNames::person(Rng &rng)
{
  QString name(pick(surnames(), rng));
  name += pick(givenChars(), rng);
  if (rng.chance(0.7)) // most given names have two characters
    name += pick(givenChars(), rng);
  return name;
}

QString ChineseNames::mobile(Rng &rng)
{
  QString phone = QStringLiteral("13");
  for (int i = 0; i < 9; ++i)
    phone += QChar(QLatin1Char(static_cast<char>('0' + rng.range(0, 9))));
  return phone;
}

QString ChineseNames::numeral(int n)
{
  static const QString digits = QStringLiteral("零一二三四五六七八九");
  if (n <= 0 || n >= 100)
    return QString::number(n);
  if (n < 10)
    return QString(digits.at(n));
  const int tens = n / 10;
  const int ones = n % 10;
  QString out = tens == 1 ? QString() : QString(digits.at(tens));
  out += QStringLiteral("十");
  if (ones)
    out += digits.at(ones);
  return out;
}

QString ChineseNames::placeStem(Rng &rng)
{
  // ~3,000 combinations against a county's ~200 names: collisions are rare,
  // and the numbered fallback keeps the loop finite whatever the seed.
  for (int attempt = 0; attempt < 200; ++attempt) {
    QString stem;
    if (rng.chance(0.35)) {
      stem = QString(pick(surnames(), rng)) + QStringLiteral("家") + pick(familyTails(), rng);
    } else {
      stem = QString(pick(stemHeads(), rng)) + pick(stemTails(), rng);
      if (stem.at(0) == stem.at(1))
        continue;
    }
    if (!mUsed.contains(stem)) {
      mUsed.insert(stem);
      return stem;
    }
  }
  for (int n = 1;; ++n) {
    const QString stem = QStringLiteral("新") + QString::number(n);
    if (!mUsed.contains(stem)) {
      mUsed.insert(stem);
      return stem;
    }
  }
}

QString ChineseNames::township(Rng &rng, bool xiang)
{
  for (;;) {
    const QString name = placeStem(rng) + (xiang ? QStringLiteral("乡") : QStringLiteral("镇"));
    if (!mUsed.contains(name)) {
      mUsed.insert(name);
      return name;
    }
  }
}

QString ChineseNames::village(Rng &rng, bool community)
{
  for (;;) {
    const QString name = placeStem(rng) + (community ? QStringLiteral("社区") : QStringLiteral("村"));
    if (!mUsed.contains(name)) {
      mUsed.insert(name);
      return name;
    }
  }
}

QString ChineseNames::river(Rng &rng, int rank)
{
  for (;;) {
    const QString name = placeStem(rng) + (rank >= 3 ? QStringLiteral("溪") : QStringLiteral("河"));
    if (!mUsed.contains(name)) {
      mUsed.insert(name);
      return name;
    }
  }
}

} // namespace onemap
