// SPDX-License-Identifier: GPL-3.0-or-later
// Guards translations/*.ts: every message translated and finished, nothing vanished, and no
// translation that drops or adds a %1..%9 / %n placeholder or the keyboard accelerator.
// Qt silently shows a wrong number or the English text in those cases, so only a test sees them.

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString location;
    QString type; ///< the translation's type attribute: "", "unfinished", "vanished" or "obsolete"
    bool numerus = false;
    QStringList translations; ///< one entry, or one per numerus form
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsMessage readMessage(QXmlStreamReader& xml, const QString& context)
{
    TsMessage m;
    m.context = context;
    m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("location") && m.location.isEmpty()) {
            m.location = xml.attributes().value(QLatin1String("filename")).toString() + QLatin1Char(':')
                + xml.attributes().value(QLatin1String("line")).toString();
            xml.skipCurrentElement();
        } else if (xml.name() == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (m.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        m.translations.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                m.translations.append(xml.readElementText());
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return m;
}

TsFile parseTs(QIODevice* device)
{
    TsFile ts;
    QXmlStreamReader xml(device);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("TS"))
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        else if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            ts.messages.append(readMessage(xml, context));
    }
    if (xml.hasError())
        ts.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

/// The placeholders QString::arg and tr's %n fill in; %L1 counts as %1.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?([1-9]|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(QLatin1Char('%') + it.next().captured(1));
    QStringList list(found.begin(), found.end());
    list.sort();
    return list;
}

QString listText(const QStringList& list)
{
    return list.isEmpty() ? QStringLiteral("none") : list.join(QLatin1Char(','));
}

bool hasAccelerator(QString text)
{
    static const QRegularExpression pattern(QStringLiteral("&[^&\\s]"));
    text.remove(QStringLiteral("&&"));
    return pattern.match(text).hasMatch();
}

/// One line per defect, naming the message so that the failure says what to fix.
QStringList problemsIn(const TsFile& ts, int numerusForms)
{
    QStringList problems;
    for (const TsMessage& m : ts.messages) {
        const QString message = QStringLiteral("[%1] \"%2\"").arg(m.context, m.source);
        const QString where = m.location.isEmpty() ? message : m.location + QLatin1Char(' ') + message;
        if (!m.type.isEmpty()) {
            problems << QStringLiteral("%1: type=\"%2\"").arg(where, m.type);
            continue; // the rest is noise until the message is translated (or removed)
        }
        if (m.numerus && m.translations.size() != numerusForms) {
            problems << QStringLiteral("%1: %2 numerus forms, expected %3")
                            .arg(where, QString::number(m.translations.size()), QString::number(numerusForms));
        }
        const QStringList expected = placeholders(m.source);
        for (const QString& t : m.translations) {
            if (t.isEmpty()) {
                problems << QStringLiteral("%1: empty translation").arg(where);
                continue;
            }
            const QStringList actual = placeholders(t);
            if (actual != expected) {
                problems << QStringLiteral("%1: placeholders %2 in \"%3\", expected %4")
                                .arg(where, listText(actual), t, listText(expected));
            }
            if (hasAccelerator(m.source) && !hasAccelerator(t))
                problems << QStringLiteral("%1: the accelerator (&) is missing in \"%2\"").arg(where, t);
        }
    }
    return problems;
}

QString translationsDir()
{
    return QDir::cleanPath(QStringLiteral(BARISTA_TEST_DATA_DIR "/../../translations"));
}

TsFile loadTs(const QString& fileName)
{
    QFile file(translationsDir() + QLatin1Char('/') + fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        TsFile failed;
        failed.error = QStringLiteral("cannot open %1: %2").arg(file.fileName(), file.errorString());
        return failed;
    }
    return parseTs(&file);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkerFindsEachDefect();
    void checkerAcceptsACompleteFile();
    void filesAreComplete_data();
    void filesAreComplete();
    void filesHaveTheSameMessages();
};

void TestTranslations::checkerFindsEachDefect()
{
    // The guard must be able to fail: one defect per message, each reported once.
    QByteArray xml = R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Demo</name>
    <message><location filename="a.cpp" line="1"/><source>Open</source>
        <translation type="unfinished"></translation></message>
    <message><location filename="a.cpp" line="2"/><source>Close</source>
        <translation type="unfinished">닫기</translation></message>
    <message><source>Gone</source><translation type="vanished">없음</translation></message>
    <message><source>Old</source><translation type="obsolete">예전</translation></message>
    <message><source>Cannot open %1: %2</source><translation>%1 파일을 열 수 없습니다</translation></message>
    <message><source>Loading…</source><translation>%1 불러오는 중…</translation></message>
    <message><source>&amp;File</source><translation>파일</translation></message>
    <message><source>Empty</source><translation></translation></message>
    <message numerus="yes"><source>%n rule(s)</source>
        <translation><numerusform>규칙 몇 개</numerusform></translation></message>
    <message numerus="yes"><source>In %1: %n item(s)</source>
        <translation><numerusform>%1: 항목 %n개</numerusform><numerusform>%1: 항목 %n개</numerusform></translation></message>
</context>
</TS>
)";
    QBuffer buffer(&xml);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const TsFile ts = parseTs(&buffer);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.language, QStringLiteral("ko_KR"));
    QCOMPARE(ts.messages.size(), 10);

    const QStringList problems = problemsIn(ts, 1);
    const QStringList expected = {
        QStringLiteral("a.cpp:1 [Demo] \"Open\": type=\"unfinished\""),
        QStringLiteral("a.cpp:2 [Demo] \"Close\": type=\"unfinished\""),
        QStringLiteral("[Demo] \"Gone\": type=\"vanished\""),
        QStringLiteral("[Demo] \"Old\": type=\"obsolete\""),
        QStringLiteral("[Demo] \"Cannot open %1: %2\": placeholders %1 in \"%1 파일을 열 수 없습니다\", expected %1,%2"),
        QStringLiteral("[Demo] \"Loading…\": placeholders %1 in \"%1 불러오는 중…\", expected none"),
        QStringLiteral("[Demo] \"&File\": the accelerator (&) is missing in \"파일\""),
        QStringLiteral("[Demo] \"Empty\": empty translation"),
        QStringLiteral("[Demo] \"%n rule(s)\": placeholders none in \"규칙 몇 개\", expected %n"),
        QStringLiteral("[Demo] \"In %1: %n item(s)\": 2 numerus forms, expected 1"),
    };
    QCOMPARE(problems, expected);
}

void TestTranslations::checkerAcceptsACompleteFile()
{
    QByteArray xml = R"(<?xml version="1.0" encoding="utf-8"?>
<TS version="2.1" language="en_US">
<context><name>Demo</name>
    <message><source>Re&amp;fresh</source><translation>Re&amp;fresh</translation></message>
    <message><source>Save &amp;&amp; quit %L1</source><translation>&amp;Save and quit %1</translation></message>
    <message><source>%1 of %2 (100%)</source><translation>%2 중 %1 (100%)</translation></message>
    <message numerus="yes"><source>%n rule(s)</source>
        <translation><numerusform>%n rule</numerusform><numerusform>%n rules</numerusform></translation></message>
</context>
</TS>
)";
    QBuffer buffer(&xml);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const TsFile ts = parseTs(&buffer);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.messages.size(), 4);
    const QStringList problems = problemsIn(ts, 2);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::filesAreComplete_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("numerusForms");
    QTest::newRow("ko") << QStringLiteral("barista_ko.ts") << QStringLiteral("ko_KR") << 1;
    QTest::newRow("en") << QStringLiteral("barista_en.ts") << QStringLiteral("en_US") << 2;
}

void TestTranslations::filesAreComplete()
{
    QFETCH(QString, fileName);
    QFETCH(QString, language);
    QFETCH(int, numerusForms);

    const TsFile ts = loadTs(fileName);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.language, language);
    // An lupdate that scanned no sources leaves a file without live messages.
    QVERIFY2(ts.messages.size() > 100, qPrintable(QString::number(ts.messages.size())));
    const QStringList problems = problemsIn(ts, numerusForms);
    QVERIFY2(problems.isEmpty(),
        qPrintable(QStringLiteral("%1 problem(s) in %2 (run lupdate, then translate):\n")
                       .arg(problems.size())
                       .arg(fileName)
            + problems.join(QLatin1Char('\n'))));
}

void TestTranslations::filesHaveTheSameMessages()
{
    // A message in one file only means lupdate ran for one language.
    const auto keys = [](const TsFile& ts) {
        QSet<QString> set;
        for (const TsMessage& m : ts.messages)
            set.insert(m.context + QLatin1Char('\x1f') + m.source);
        return set;
    };
    const TsFile ko = loadTs(QStringLiteral("barista_ko.ts"));
    const TsFile en = loadTs(QStringLiteral("barista_en.ts"));
    QVERIFY2(ko.error.isEmpty() && en.error.isEmpty(), qPrintable(ko.error + en.error));
    QStringList onlyKo = (keys(ko) - keys(en)).values();
    QStringList onlyEn = (keys(en) - keys(ko)).values();
    onlyKo.sort();
    onlyEn.sort();
    QVERIFY2(onlyKo.isEmpty() && onlyEn.isEmpty(),
        qPrintable(QStringLiteral("only in ko: %1\nonly in en: %2")
                       .arg(onlyKo.join(QStringLiteral("; ")), onlyEn.join(QStringLiteral("; ")))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
