// Class-list (roster) CSV files as exported by Wilma/Primus or saved from Excel.
#include "core/IdentityCode.h"
#include "core/Roster.h"
#include "core/RosterColumns.h"

#include <QRandomGenerator>
#include <QTest>

using namespace signaali;

namespace {
QString fixture(const char* name)
{
    return QStringLiteral(SIGNAALI_TEST_DATA "/rosters/") + QString::fromUtf8(name);
}

QDate date(int year, int month, int day)
{
    return QDate(year, month, day);
}

// Identity codes that appear in rejections-semicolon.csv; no message may contain them.
const QStringList rejectionFileCodes = {
    QStringLiteral("010212A901D"), QStringLiteral("O70212A903X"), QStringLiteral("080212A9020"),
    QStringLiteral("100212A905B")};
} // namespace

class TestRoster : public QObject
{
    Q_OBJECT

private slots:
    void fileFacts_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<QStringList>("ignoredColumns");
        QTest::addColumn<int>("pupils");
        QTest::addColumn<int>("rejected");
        QTest::newRow("utf-8, comma, Finnish")
            << fixture("utf8-comma-fi.csv") << QStringLiteral("UTF-8") << QChar(u',')
            << QStringList{QStringLiteral("Huoltajan puhelin")} << 4 << 0;
        QTest::newRow("utf-8 BOM, semicolon, CRLF, Swedish")
            << fixture("utf8-bom-semicolon-sv.csv") << QStringLiteral("UTF-8 with BOM")
            << QChar(u';') << QStringList{} << 3 << 0;
        QTest::newRow("windows-1252, semicolon, Excel")
            << fixture("windows1252-semicolon-fi.csv") << QStringLiteral("Windows-1252")
            << QChar(u';') << QStringList{} << 5 << 0;
        QTest::newRow("English headers")
            << fixture("english-comma.csv") << QStringLiteral("UTF-8") << QChar(u',')
            << QStringList{QStringLiteral("Notes")} << 3 << 0;
        QTest::newRow("quoted fields")
            << fixture("quoted-comma.csv") << QStringLiteral("UTF-8") << QChar(u',')
            << QStringList{QStringLiteral("Lisätiedot")} << 3 << 0;
        QTest::newRow("rejections")
            << fixture("rejections-semicolon.csv") << QStringLiteral("UTF-8") << QChar(u';')
            << QStringList{} << 3 << 18;
    }
    void fileFacts()
    {
        QFETCH(QString, path);
        QFETCH(QString, encoding);
        QFETCH(QChar, delimiter);
        QFETCH(QStringList, ignoredColumns);
        QFETCH(int, pupils);
        QFETCH(int, rejected);
        const Loaded<Roster> loaded = RosterParser::parseFile(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));
        QCOMPARE(loaded.value->encoding, encoding);
        QCOMPARE(loaded.value->delimiter, delimiter);
        QCOMPARE(loaded.value->ignoredColumns, ignoredColumns);
        QCOMPARE(loaded.value->pupils.size(), pupils);
        QCOMPARE(loaded.value->rejected.size(), rejected);
    }

    void pupils_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("lastName");
        QTest::addColumn<QString>("firstName");
        QTest::addColumn<QDate>("dateOfBirth");
        QTest::addColumn<QString>("identityCode");
        QTest::addColumn<QString>("gender");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("className");
        QTest::addColumn<QStringList>("groups");

        const QString fi = fixture("utf8-comma-fi.csv");
        QTest::newRow("fi 1: d.M.yyyy, quoted groups")
            << fi << 0 << 2 << QStringLiteral("Mäkinen") << QStringLiteral("Aino Ilona")
            << date(2012, 3, 14) << QStringLiteral("140312A904P") << QStringLiteral("female")
            << QStringLiteral("fi") << QStringLiteral("7A")
            << QStringList{QStringLiteral("7A-kuvis"), QStringLiteral("7A-musiikki")};
        QTest::newRow("fi 2: dd.MM.yyyy, '|' groups")
            << fi << 1 << 3 << QStringLiteral("Törmälä") << QStringLiteral("Väinö")
            << date(2012, 11, 2) << QStringLiteral("021112A917U") << QStringLiteral("male")
            << QStringLiteral("fi") << QStringLiteral("7A")
            << QStringList{QStringLiteral("7A-tekninen"), QStringLiteral("7A-liikunta")};
        QTest::newRow("fi 3: yyyy-MM-dd, no code")
            << fi << 2 << 4 << QStringLiteral("Åkerlund") << QStringLiteral("Sälli")
            << date(2012, 6, 30) << QString() << QStringLiteral("other") << QStringLiteral("sv")
            << QStringLiteral("7B") << QStringList{};
        QTest::newRow("fi 4: date from lower-case code")
            << fi << 3 << 5 << QStringLiteral("Nyström") << QStringLiteral("Jöns Ärne")
            << date(2012, 7, 5) << QStringLiteral("050712A9332") << QString()
            << QStringLiteral("en") << QStringLiteral("7B") << QStringList{};

        const QString sv = fixture("utf8-bom-semicolon-sv.csv");
        QTest::newRow("sv 1") << sv << 0 << 2 << QStringLiteral("Öberg") << QStringLiteral("Lovisa")
                              << date(2012, 1, 3) << QStringLiteral("030112A948D")
                              << QStringLiteral("female") << QStringLiteral("sv")
                              << QStringLiteral("7C")
                              << QStringList{QStringLiteral("7C-slöjd"),
                                             QStringLiteral("7C-musik")};
        QTest::newRow("sv 2") << sv << 1 << 3 << QStringLiteral("Grönqvist")
                              << QStringLiteral("Måns") << date(2012, 8, 21) << QString()
                              << QStringLiteral("male") << QStringLiteral("fi")
                              << QStringLiteral("7C") << QStringList{};
        QTest::newRow("sv 3: century sign B")
            << sv << 2 << 4 << QStringLiteral("Sjöblom") << QStringLiteral("Ebba-Stina")
            << date(2012, 4, 17) << QStringLiteral("170412B962A") << QStringLiteral("other")
            << QStringLiteral("en") << QStringLiteral("7C")
            << QStringList{QStringLiteral("7C-slöjd"), QStringLiteral("språkval-ty")};

        const QString cp = fixture("windows1252-semicolon-fi.csv");
        QTest::newRow("1252 ä") << cp << 0 << 2 << QStringLiteral("Mäkelä")
                                << QStringLiteral("Päivi") << date(2012, 9, 5) << QString()
                                << QStringLiteral("female") << QStringLiteral("fi")
                                << QStringLiteral("8A") << QStringList{};
        QTest::newRow("1252 Ö Å") << cp << 1 << 3 << QStringLiteral("Öhman")
                                  << QStringLiteral("Åsa") << date(2012, 12, 12) << QString()
                                  << QStringLiteral("female") << QStringLiteral("sv")
                                  << QStringLiteral("8A") << QStringList{};
        QTest::newRow("1252 0x8A")
            << cp << 2 << 4 << QStringLiteral("Šustek") << QStringLiteral("Luka")
            << date(2012, 1, 1) << QString() << QStringLiteral("male") << QStringLiteral("fi")
            << QStringLiteral("8A") << QStringList{};
        QTest::newRow("1252 0x92, leap day")
            << cp << 3 << 5 << QStringLiteral("D\u2019Angelo") << QStringLiteral("Matteo")
            << date(2012, 2, 29) << QString() << QStringLiteral("male") << QStringLiteral("en")
            << QStringLiteral("8A") << QStringList{};
        QTest::newRow("1252 Ä Ö") << cp << 4 << 6 << QStringLiteral("Ääripää")
                                  << QStringLiteral("Örjan") << date(2012, 4, 30) << QString()
                                  << QStringLiteral("other") << QStringLiteral("fi")
                                  << QStringLiteral("8A") << QStringList{};

        const QString en = fixture("english-comma.csv");
        QTest::newRow("en 1") << en << 0 << 2 << QStringLiteral("Hill") << QStringLiteral("Olivia")
                              << date(2012, 5, 17) << QStringLiteral("170512A975J")
                              << QStringLiteral("female") << QStringLiteral("en")
                              << QStringLiteral("9A")
                              << QStringList{QStringLiteral("9A-drama"),
                                             QStringLiteral("9A-choir")};
        QTest::newRow("en 2") << en << 1 << 3 << QStringLiteral("Ek") << QStringLiteral("Oskar")
                              << date(2012, 10, 9) << QStringLiteral("091012A986S")
                              << QStringLiteral("male") << QStringLiteral("sv")
                              << QStringLiteral("9A") << QStringList{};
        QTest::newRow("en 3: no final line break")
            << en << 2 << 4 << QStringLiteral("Salo") << QStringLiteral("Robin")
            << date(2012, 1, 31) << QString() << QStringLiteral("other") << QStringLiteral("fi")
            << QStringLiteral("9A") << QStringList{};

        const QString quoted = fixture("quoted-comma.csv");
        QTest::newRow("quoted: delimiter and line break inside")
            << quoted << 0 << 2 << QStringLiteral("Koskinen, von") << QStringLiteral("Aino")
            << date(2012, 2, 1) << QString() << QString() << QString() << QStringLiteral("7A")
            << QStringList{QStringLiteral("7A-kuvis"), QStringLiteral("7A-musiikki")};
        QTest::newRow("quoted: doubled quotes, spaces around quotes")
            << quoted << 1 << 7 << QStringLiteral("Lindqvist")
            << QStringLiteral("Eeva \"Eve\" Maria") << date(2012, 2, 2) << QString() << QString()
            << QString() << QStringLiteral("7A") << QStringList{};
        QTest::newRow("quoted: after blank and empty rows")
            << quoted << 2 << 9 << QStringLiteral("Halonen") << QStringLiteral("Olli")
            << date(2012, 3, 3) << QString() << QString() << QString() << QStringLiteral("7A")
            << QStringList{};

        const QString rejections = fixture("rejections-semicolon.csv");
        QTest::newRow("kept among rejections 1")
            << rejections << 0 << 2 << QStringLiteral("Aaltonen") << QStringLiteral("Aada")
            << date(2012, 2, 1) << QStringLiteral("010212A901D") << QStringLiteral("female")
            << QStringLiteral("fi") << QStringLiteral("7A") << QStringList{};
        QTest::newRow("kept among rejections 2")
            << rejections << 1 << 14 << QStringLiteral("Laine") << QStringLiteral("Lauri")
            << date(2012, 2, 12) << QString() << QStringLiteral("male") << QStringLiteral("fi")
            << QStringLiteral("7A") << QStringList{};
        QTest::newRow("kept among rejections 3: empty gender and language")
            << rejections << 2 << 18 << QStringLiteral("Ojala") << QStringLiteral("Otto")
            << date(2012, 2, 15) << QString() << QString() << QString() << QStringLiteral("7A")
            << QStringList{};
    }
    void pupils()
    {
        QFETCH(QString, path);
        QFETCH(int, index);
        const Loaded<Roster> loaded = RosterParser::parseFile(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));
        QVERIFY(index < loaded.value->pupils.size());
        const RosterPupil& pupil = loaded.value->pupils.at(index);
        QTEST(pupil.line, "line");
        QTEST(pupil.lastName, "lastName");
        QTEST(pupil.firstName, "firstName");
        QTEST(pupil.dateOfBirth, "dateOfBirth");
        QTEST(pupil.identityCode, "identityCode");
        QTEST(pupil.gender, "gender");
        QTEST(pupil.language, "language");
        QTEST(pupil.className, "className");
        QTEST(pupil.groups, "groups");
    }

    void rejections_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        QTest::newRow("last name")
            << 3 << QStringLiteral("Sukunimi") << QStringLiteral("last name is empty");
        QTest::newRow("first name")
            << 4 << QStringLiteral("Etunimi") << QStringLiteral("first name is empty");
        QTest::newRow("class") << 5 << QStringLiteral("Luokka") << QStringLiteral("class is empty");
        QTest::newRow("impossible date")
            << 6 << QStringLiteral("Syntymäaika")
            << QStringLiteral("date '31.2.2012' is not a valid date (d.M.yyyy or yyyy-MM-dd)");
        QTest::newRow("other date format")
            << 7 << QStringLiteral("Syntymäaika")
            << QStringLiteral("date '2012/02/06' is not a valid date (d.M.yyyy or yyyy-MM-dd)");
        QTest::newRow("code format")
            << 8 << QStringLiteral("Henkilötunnus")
            << QStringLiteral("identity code is not valid: wrong format (expected DDMMYYCZZZQ)");
        QTest::newRow("code checksum")
            << 9 << QStringLiteral("Henkilötunnus")
            << QStringLiteral("identity code is not valid: the check character does not match");
        QTest::newRow("code and date disagree")
            << 10 << QStringLiteral("Syntymäaika")
            << QStringLiteral(
                   "date '9.2.2012' does not match the date of birth in the identity code");
        QTest::newRow("no date, no code")
            << 11 << QStringLiteral("Syntymäaika")
            << QStringLiteral("no date of birth and no identity code");
        QTest::newRow("too many fields")
            << 12 << QString()
            << QStringLiteral("the row has 8 fields but the header has 7 (is a value containing "
                              "';' missing its quotes?)");
        QTest::newRow("same code twice")
            << 13 << QStringLiteral("Henkilötunnus")
            << QStringLiteral("the same pupil as on line 2 (same identity code)");
        QTest::newRow("same name and date twice")
            << 15 << QStringLiteral("Sukunimi")
            << QStringLiteral("the same pupil as on line 14 (same name and date of birth)");
        QTest::newRow("gender") << 16 << QStringLiteral("Sukupuoli")
                                << QStringLiteral("gender 'tuntematon' is not recognised (expected "
                                                  "e.g. tyttö, poika, muu; flicka, pojke, annan; "
                                                  "girl, boy, other)");
        QTest::newRow("language")
            << 17 << QStringLiteral("Koulukieli")
            << QStringLiteral("language 'saame' is not recognised (expected suomi, ruotsi, "
                              "englanti; finska, svenska, engelska; finnish, swedish, english; "
                              "fi, sv, en)");
        QTest::newRow("several on one row: last name")
            << 19 << QStringLiteral("Sukunimi") << QStringLiteral("last name is empty");
        QTest::newRow("several on one row: first name")
            << 19 << QStringLiteral("Etunimi") << QStringLiteral("first name is empty");
        QTest::newRow("several on one row: class")
            << 19 << QStringLiteral("Luokka") << QStringLiteral("class is empty");
        QTest::newRow("several on one row: date")
            << 19 << QStringLiteral("Syntymäaika")
            << QStringLiteral("date '32.13.2012' is not a valid date (d.M.yyyy or yyyy-MM-dd)");
    }
    void rejections()
    {
        QFETCH(int, line);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        const Loaded<Roster> loaded = RosterParser::parseFile(fixture("rejections-semicolon.csv"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));
        QStringList seen;
        for (const RosterRejection& rejection : loaded.value->rejected) {
            if (rejection.line == line && rejection.field == field && rejection.reason == reason)
                return;
            seen.append(QStringLiteral("%1 [%2] %3")
                            .arg(rejection.line)
                            .arg(rejection.field, rejection.reason));
        }
        QFAIL(qPrintable(QStringLiteral("not among:\n") + seen.join(u'\n')));
    }

    // A date decades off (1800 once went through) or in the future is refused
    // with the row and the column, and the other pupils are still read.
    void implausibleBirthDatesRefused()
    {
        const QString future = QDate::currentDate().addDays(3).toString(QStringLiteral("d.M.yyyy"));
        const QByteArray csv = QStringLiteral("Sukunimi;Etunimi;Luokka;Syntymäaika\n"
                                              "Virtanen;Aino;8A;1.1.1800\n"
                                              "Korhonen;Eino;8A;%1\n"
                                              "Mäkinen;Olli;8A;6.2.2012\n")
                                   .arg(future)
                                   .toUtf8();
        const Loaded<Roster> loaded = RosterParser::parse(csv, QStringLiteral("dates.csv"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));
        QCOMPARE(loaded.value->pupils.size(), 1);
        QCOMPARE(loaded.value->rejected.size(), 2);
        QCOMPARE(loaded.value->rejected[0].line, 2);
        QCOMPARE(loaded.value->rejected[0].field, QStringLiteral("Syntymäaika"));
        QCOMPARE(loaded.value->rejected[0].reason,
                 QStringLiteral("date of birth 1.1.1800 is not plausible for a pupil (not in the "
                                "future, at most 30 years ago)"));
        QCOMPARE(loaded.value->rejected[1].line, 3);
    }

    void rejectionsOnePerProblemAndNoIdentityCodes()
    {
        const Loaded<Roster> loaded = RosterParser::parseFile(fixture("rejections-semicolon.csv"));
        QVERIFY(loaded.ok());
        QList<int> lines;
        for (const RosterRejection& rejection : loaded.value->rejected) {
            lines.append(rejection.line);
            for (const QString& code : rejectionFileCodes) {
                QVERIFY2(!rejection.reason.contains(code, Qt::CaseInsensitive),
                         qPrintable(rejection.reason));
                QVERIFY(!rejection.field.contains(code, Qt::CaseInsensitive));
            }
        }
        QCOMPARE(lines,
                 (QList<int>{3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17, 19, 19, 19, 19}));
    }

    void sameNameAndDateWithCodes_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("pupils");
        QTest::addColumn<QString>("reason");
        const QByteArray header = "Sukunimi;Etunimi;Syntymäaika;Hetu;Luokka\n";
        // Namesakes born the same day with different codes are two pupils.
        QTest::newRow("different codes") << header + "Aho;Eero;1.2.2012;010212A901D;7A\n"
                                                     "Aho;Eero;1.2.2012;010212A905J;7B\n"
                                         << 2 << QString();
        QTest::newRow("one without code")
            << header + "Aho;Eero;1.2.2012;010212A901D;7A\n"
                        "AHO;eero;2012-02-01;;7B\n"
            << 1 << QStringLiteral("the same pupil as on line 2 (same name and date of birth)");
    }
    void sameNameAndDateWithCodes()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, pupils);
        QFETCH(QString, reason);
        const Loaded<Roster> loaded = RosterParser::parse(csv, QStringLiteral("inline.csv"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));
        QCOMPARE(loaded.value->pupils.size(), pupils);
        if (!reason.isEmpty()) {
            QCOMPARE(loaded.value->rejected.size(), 1);
            QCOMPARE(loaded.value->rejected.first().line, 3);
            QCOMPARE(loaded.value->rejected.first().reason, reason);
        }
    }

    void missingColumnInFile()
    {
        const QString path = fixture("missing-class.csv");
        const Loaded<Roster> loaded = RosterParser::parseFile(path);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error.file, path);
        QCOMPARE(loaded.error.where, QStringLiteral("line 1"));
        QCOMPARE(loaded.error.message,
                 QStringLiteral("no column for class (expected one of: Luokka, Klass, Class)"));
        QCOMPARE(loaded.error.toString(),
                 path + QStringLiteral(": line 1: no column for class (expected one of: Luokka, "
                                       "Klass, Class)"));
    }

    void headerProblems_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("message");
        QTest::newRow("last name")
            << QByteArray("Etunimi,Syntymäaika,Luokka\n") << QStringLiteral("line 1")
            << QStringLiteral(
                   "no column for last name (expected one of: Sukunimi, Efternamn, Last name)");
        QTest::newRow("first name")
            << QByteArray("Efternamn;Klass;Personbeteckning\n") << QStringLiteral("line 1")
            << QStringLiteral(
                   "no column for first name (expected one of: Etunimi, Förnamn, First name)");
        QTest::newRow("date and code")
            << QByteArray("Last name,First name,Class,Gender\n") << QStringLiteral("line 1")
            << QStringLiteral("no column for date of birth or personal identity code (expected "
                              "one of: Syntymäaika, Födelsedatum, Date of birth, Henkilötunnus, "
                              "Personbeteckning, Personal identity code)");
        QTest::newRow("two missing, after blank lines")
            << QByteArray("\r\n \r\nSukunimi;Hetu\r\n") << QStringLiteral("line 3")
            << QStringLiteral("no column for first name (expected one of: Etunimi, Förnamn, "
                              "First name); no column for class (expected one of: Luokka, "
                              "Klass, Class)");
        QTest::newRow("data instead of a header")
            << QByteArray("Virta;Ville;1.1.2012;7A\n") << QStringLiteral("line 1")
            << QStringLiteral(
                   "no column for last name (expected one of: Sukunimi, Efternamn, Last name); "
                   "no column for first name (expected one of: Etunimi, Förnamn, First name); "
                   "no column for class (expected one of: Luokka, Klass, Class); no column for "
                   "date of birth or personal identity code (expected one of: Syntymäaika, "
                   "Födelsedatum, Date of birth, Henkilötunnus, Personbeteckning, Personal "
                   "identity code)");
        QTest::newRow("same column twice")
            << QByteArray("Sukunimi;Etunimi;Kieli;Koulukieli;Luokka;Hetu\n")
            << QStringLiteral("line 1")
            << QStringLiteral("columns 'Kieli' and 'Koulukieli' both give the school language; "
                              "keep only one of them");
    }
    void headerProblems()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, where);
        QFETCH(QString, message);
        const Loaded<Roster> loaded = RosterParser::parse(csv, QStringLiteral("luokka.csv"));
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error.file, QStringLiteral("luokka.csv"));
        QCOMPARE(loaded.error.where, where);
        QCOMPARE(loaded.error.message, message);
    }

    void headerNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("column");
        const auto add = [](const char* name, roster::Column column) {
            QTest::newRow(name) << QString::fromUtf8(name) << int(column);
        };
        for (const char* name : {"Sukunimi", "Efternamn", "Last name", "surname"})
            add(name, roster::LastName);
        for (const char* name : {"Etunimi", "Etunimet", "FÖRNAMN", "First name", "First names"})
            add(name, roster::FirstName);
        for (const char* name : {"Syntymäaika", "Födelsedatum", "Date of birth", "birth  date"})
            add(name, roster::DateOfBirth);
        for (const char* name : {"HENKILÖTUNNUS", "Hetu", "Personbeteckning",
                                 "Personal identity code", "identity_code"})
            add(name, roster::IdentityCodeColumn);
        for (const char* name : {"Sukupuoli", "Kön", "Gender"})
            add(name, roster::Gender);
        for (const char* name :
             {"Koulukieli", "Kieli", "Skolspråk", "Språk", "School language", "Language"})
            add(name, roster::Language);
        for (const char* name : {"Luokka", "Klass", "class"})
            add(name, roster::ClassName);
        for (const char* name : {"Ryhmät", "Grupper", "Groups"})
            add(name, roster::Groups);
        for (const char* name : {"Äidinkieli", "Kutsumanimi", "Name", "Luokka-aste"})
            add(name, roster::ColumnCount);
    }
    void headerNames()
    {
        QFETCH(QString, name);
        QTEST(int(roster::columnForHeader(name)), "column");
    }

    void emptyFile_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::newRow("no bytes") << QByteArray();
        QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF");
        QTest::newRow("blank lines") << QByteArray("\r\n  \n\t\r\n");
        QTest::newRow("only a sep= line") << QByteArray("sep=;\r\n\r\n");
    }
    void emptyFile()
    {
        QFETCH(QByteArray, csv);
        const Loaded<Roster> loaded = RosterParser::parse(csv, QStringLiteral("tyhjä.csv"));
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error.file, QStringLiteral("tyhjä.csv"));
        QCOMPARE(loaded.error.where, QStringLiteral("line 1"));
        QCOMPARE(loaded.error.message,
                 QStringLiteral("the file is empty; expected a header line with the column names"));
    }

    void emptyFixture()
    {
        const QString path = fixture("empty.csv");
        const Loaded<Roster> loaded = RosterParser::parseFile(path);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error.file, path);
        QVERIFY(loaded.error.message.startsWith(QStringLiteral("the file is empty")));
    }

    void headerOnlyIsAnEmptyRoster()
    {
        const Loaded<Roster> loaded = RosterParser::parse("Sukunimi;Etunimi;Syntymäaika;Luokka\r\n",
                                                          QStringLiteral("7A.csv"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));
        QVERIFY(loaded.value->pupils.isEmpty());
        QVERIFY(loaded.value->rejected.isEmpty());
    }

    void notCsv_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("message");
        QFile garbage(fixture("garbage.bin"));
        QVERIFY(garbage.open(QIODevice::ReadOnly));
        QTest::newRow("garbage fixture") << garbage.readAll() << QStringLiteral("line 2")
                                         << QStringLiteral("the file is not CSV text");
        QTest::newRow("NUL byte") << QByteArray("Sukunimi;Etunimi\nA\0B;C\n", 23)
                                  << QStringLiteral("line 2")
                                  << QStringLiteral("control character U+0000");
        QTest::newRow("NUL after lone CR line breaks")
            << QByteArray("Sukunimi\rA\r\0", 12) << QStringLiteral("line 3")
            << QStringLiteral("control character U+0000");
        QTest::newRow("undefined Windows-1252 byte")
            << QByteArray("Sukunimi;Etunimi;Luokka;Hetu\nM\xE4ki;\x81;7A;x\n")
            << QStringLiteral("line 2") << QStringLiteral("control character U+0081");
        QTest::newRow("xlsx") << QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) << QString()
                              << QStringLiteral("Excel workbook (.xlsx)");
        QTest::newRow("xls") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") << QString()
                             << QStringLiteral("old Excel workbook (.xls)");
        QTest::newRow("UTF-16") << QByteArray("\xFF\xFES\0u\0k\0", 8) << QString()
                                << QStringLiteral("UTF-16");
        QTest::newRow("BOM then invalid UTF-8")
            << QByteArray("\xEF\xBB\xBFSukunimi;Etunimi\nM\xE4ki;Aino\n")
            << QStringLiteral("line 2") << QStringLiteral("byte order mark but is not valid UTF-8");
        QTest::newRow("unclosed quote")
            << QByteArray("Sukunimi,Etunimi,Syntymäaika,Luokka\nA,B,1.1.2012,7A\n"
                          "\"C,D,1.1.2012,7A\nE,F,1.1.2012,7A\n")
            << QStringLiteral("line 3") << QStringLiteral("never closed");
    }
    void notCsv()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, where);
        QFETCH(QString, message);
        const Loaded<Roster> loaded = RosterParser::parse(bytes, QStringLiteral("x.csv"));
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error.file, QStringLiteral("x.csv"));
        QCOMPARE(loaded.error.where, where);
        QVERIFY2(loaded.error.message.contains(message), qPrintable(loaded.error.message));
    }

    // Random and mangled input must give a roster or a LoadError, never a crash.
    void arbitraryBytesNeverCrash()
    {
        QFile file(fixture("quoted-comma.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray valid = file.readAll();
        QRandomGenerator random(20240501);
        for (int round = 0; round < 3000; ++round) {
            QByteArray bytes;
            if (round % 2 == 0) {
                bytes.resize(random.bounded(200));
                for (char& byte : bytes)
                    byte = static_cast<char>(random.bounded(256));
            } else {
                bytes = valid;
                for (int flips = random.bounded(1, 6); flips > 0; --flips)
                    bytes[random.bounded(int(bytes.size()))] =
                        "\",;\n\r\xE4 a1."[random.bounded(11)]; // index 10: NUL
            }
            const Loaded<Roster> loaded = RosterParser::parse(bytes, QStringLiteral("r.csv"));
            if (!loaded.ok())
                QVERIFY(!loaded.error.message.isEmpty());
        }
    }

    void parseFileThatDoesNotExist()
    {
        const QString path = fixture("no-such-file.csv");
        const Loaded<Roster> loaded = RosterParser::parseFile(path);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error.file, path);
        QVERIFY(!loaded.error.message.isEmpty());
    }

    void delimiterAndLayout_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("firstName");
        QTest::newRow("semicolons inside quotes do not count")
            << QByteArray("Sukunimi,Etunimi,Syntymäaika,Luokka,\"a;b;c;d;e;f\"\n"
                          "A,B;C,1.1.2012,7A,x\n")
            << QChar(u',') << 2 << QStringLiteral("B;C");
        QTest::newRow("commas in a semicolon file")
            << QByteArray("Sukunimi;Etunimi;Syntymäaika;Luokka\nA;B, C;1.1.2012;7A\n")
            << QChar(u';') << 2 << QStringLiteral("B, C");
        QTest::newRow("Excel sep= line")
            << QByteArray("sep=,\r\nSukunimi,Etunimi,Syntymäaika,Luokka,a;b;c;d;e\r\n"
                          "A,B;C,1.1.2012,7A,x\r\n")
            << QChar(u',') << 3 << QStringLiteral("B;C");
        QTest::newRow("leading blank lines, old Mac line breaks")
            << QByteArray("\r\rSukunimi;Etunimi;Syntymäaika;Luokka\r\rA;B;1.1.2012;7A")
            << QChar(u';') << 5 << QStringLiteral("B");
        QTest::newRow("fewer fields than the header")
            << QByteArray("Sukunimi;Etunimi;Syntymäaika;Luokka;Ryhmät;Kieli\nA;B;1.1.2012;7A\n")
            << QChar(u';') << 2 << QStringLiteral("B");
        QTest::newRow("inner whitespace and no-break spaces")
            << QByteArray("Sukunimi;Etunimi;Syntymäaika;Luokka\nA;\xC2\xA0 Anna   Liisa \t;"
                          " 1.1.2012 ;7A\n")
            << QChar(u';') << 2 << QStringLiteral("Anna Liisa");
        QTest::newRow("header names with underscores and odd case")
            << QByteArray("SUKUNIMI;etunimi;date_of_birth;luokka\nA;B;1.1.2012;7A\n") << QChar(u';')
            << 2 << QStringLiteral("B");
    }
    void delimiterAndLayout()
    {
        QFETCH(QByteArray, csv);
        const Loaded<Roster> loaded = RosterParser::parse(csv, QStringLiteral("inline.csv"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));
        QTEST(loaded.value->delimiter, "delimiter");
        QVERIFY(loaded.value->rejected.isEmpty());
        QCOMPARE(loaded.value->pupils.size(), 1);
        QTEST(loaded.value->pupils.first().line, "line");
        QTEST(loaded.value->pupils.first().firstName, "firstName");
        QCOMPARE(loaded.value->pupils.first().dateOfBirth, date(2012, 1, 1));
    }

    void identityCode_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QDate>("dateOfBirth");
        QTest::addColumn<QString>("problem");
        QTest::newRow("1800s +") << QStringLiteral("150650+9502") << date(1850, 6, 15) << QString();
        QTest::newRow("1900s -") << QStringLiteral("010190-900P") << date(1990, 1, 1) << QString();
        QTest::newRow("1900s Y") << QStringLiteral("311299Y950V") << date(1999, 12, 31)
                                 << QString();
        QTest::newRow("1900s U") << QStringLiteral("311299U999E") << date(1999, 12, 31)
                                 << QString();
        QTest::newRow("2000s A leap day")
            << QStringLiteral("290200A900B") << date(2000, 2, 29) << QString();
        QTest::newRow("2000s F") << QStringLiteral("280224F950H") << date(2024, 2, 28) << QString();
        QTest::newRow("lower case, spaces")
            << QStringLiteral(" 010101b999x ") << date(2001, 1, 1) << QString();
        QTest::newRow("too short") << QStringLiteral("010101A999") << QDate()
                                   << QStringLiteral("wrong length (expected 11 characters, "
                                                     "DDMMYYCZZZQ)");
        QTest::newRow("letter in date") << QStringLiteral("0101O1A999X") << QDate()
                                        << QStringLiteral("wrong format (expected DDMMYYCZZZQ)");
        QTest::newRow("unknown century") << QStringLiteral("010101G999X") << QDate()
                                         << QStringLiteral("unknown century sign (expected one "
                                                           "of + - Y X W V U A B C D E F)");
        QTest::newRow("no such date")
            << QStringLiteral("290201A900B") << QDate()
            << QStringLiteral("the date of birth in it is not a valid date");
        QTest::newRow("individual number 001")
            << QStringLiteral("010101A001X") << QDate()
            << QStringLiteral("individual numbers 000 and 001 are not in use");
        QTest::newRow("wrong check character")
            << QStringLiteral("010101A999Y") << QDate()
            << QStringLiteral("the check character does not match");
        QTest::newRow("wrong check character, 1900s")
            << QStringLiteral("010190-900G") << QDate()
            << QStringLiteral("the check character does not match");
    }
    void identityCode()
    {
        QFETCH(QString, code);
        QFETCH(QDate, dateOfBirth);
        QFETCH(QString, problem);
        const IdentityCodeCheck check = IdentityCode::check(code);
        QCOMPARE(check.valid, problem.isEmpty());
        QCOMPARE(check.dateOfBirth, dateOfBirth);
        QCOMPARE(check.problem, problem);
    }

    void checkCharacter()
    {
        QCOMPARE(IdentityCode::checkCharacter(QStringLiteral("010190900")), QChar(u'P'));
        QCOMPARE(IdentityCode::checkCharacter(QStringLiteral("311299950")), QChar(u'V'));
        QCOMPARE(IdentityCode::checkCharacter(QStringLiteral("150650950")), QChar(u'2'));
        QVERIFY(IdentityCode::checkCharacter(QStringLiteral("15065095")).isNull());
        QVERIFY(IdentityCode::checkCharacter(QStringLiteral("15065095X")).isNull());
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("d.M.yyyy") << QStringLiteral("1.2.2012") << date(2012, 2, 1);
        QTest::newRow("dd.MM.yyyy") << QStringLiteral("01.02.2012") << date(2012, 2, 1);
        QTest::newRow("yyyy-MM-dd") << QStringLiteral("2012-02-01") << date(2012, 2, 1);
        QTest::newRow("trimmed") << QStringLiteral(" 29.2.2012 ") << date(2012, 2, 29);
        QTest::newRow("not a leap year") << QStringLiteral("29.2.2013") << QDate();
        QTest::newRow("month 13") << QStringLiteral("1.13.2012") << QDate();
        QTest::newRow("ISO day 30 February") << QStringLiteral("2012-02-30") << QDate();
        QTest::newRow("ISO single digits") << QStringLiteral("2012-2-1") << QDate();
        QTest::newRow("two-digit year") << QStringLiteral("1.2.12") << QDate();
        QTest::newRow("slashes") << QStringLiteral("1/2/2012") << QDate();
        QTest::newRow("with a time") << QStringLiteral("1.2.2012 0:00") << QDate();
        QTest::newRow("empty") << QString() << QDate();
    }
    void dates()
    {
        QFETCH(QString, text);
        QTEST(roster::parseDate(text), "expected");
    }

    void genderAndLanguage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("gender");
        QTest::addColumn<QString>("language");
        QTest::newRow("Tyttö") << QStringLiteral("Tyttö") << QStringLiteral("female") << QString();
        QTest::newRow("POIKA") << QStringLiteral("POIKA") << QStringLiteral("male") << QString();
        QTest::newRow("n") << QStringLiteral("n") << QStringLiteral("female") << QString();
        QTest::newRow("t") << QStringLiteral("t") << QStringLiteral("female") << QString();
        QTest::newRow("m") << QStringLiteral("M") << QStringLiteral("male") << QString();
        QTest::newRow("pojke") << QStringLiteral("pojke") << QStringLiteral("male") << QString();
        QTest::newRow("flicka") << QStringLiteral("Flicka") << QStringLiteral("female")
                                << QString();
        QTest::newRow("annan") << QStringLiteral("annan") << QStringLiteral("other") << QString();
        QTest::newRow("girl") << QStringLiteral("girl") << QStringLiteral("female") << QString();
        QTest::newRow("x") << QStringLiteral("X") << QStringLiteral("other") << QString();
        QTest::newRow("suomi") << QStringLiteral("Suomi") << QString() << QStringLiteral("fi");
        QTest::newRow("ruotsi") << QStringLiteral("ruotsi") << QString() << QStringLiteral("sv");
        QTest::newRow("englanti") << QStringLiteral("englanti") << QString()
                                  << QStringLiteral("en");
        QTest::newRow("finska") << QStringLiteral("finska") << QString() << QStringLiteral("fi");
        QTest::newRow("svenska") << QStringLiteral("SVENSKA") << QString() << QStringLiteral("sv");
        QTest::newRow("english") << QStringLiteral("English") << QString() << QStringLiteral("en");
        QTest::newRow("sv") << QStringLiteral("sv") << QString() << QStringLiteral("sv");
        QTest::newRow("saame") << QStringLiteral("saame") << QString() << QString();
    }
    void genderAndLanguage()
    {
        QFETCH(QString, text);
        QFETCH(QString, gender);
        QFETCH(QString, language);
        QCOMPARE(roster::normaliseGender(text), gender);
        QCOMPARE(roster::normaliseGender(text).isNull(), gender.isNull());
        QCOMPARE(roster::normaliseLanguage(text), language);
        QCOMPARE(roster::normaliseLanguage(text).isNull(), language.isNull());
    }

    void emptyGenderAndLanguageAreNotErrors()
    {
        QVERIFY(!roster::normaliseGender(QStringLiteral("  ")).isNull());
        QVERIFY(roster::normaliseGender(QStringLiteral("  ")).isEmpty());
        QVERIFY(!roster::normaliseLanguage(QString()).isNull());
        QVERIFY(roster::normaliseLanguage(QString()).isEmpty());
    }

    void groups()
    {
        QCOMPARE(roster::splitGroups(QStringLiteral(" 7A-kuvis , 7A-musiikki|7A-kuvis||\n"
                                                    "valinnainen  ruotsi ")),
                 (QStringList{QStringLiteral("7A-kuvis"), QStringLiteral("7A-musiikki"),
                              QStringLiteral("valinnainen ruotsi")}));
        QVERIFY(roster::splitGroups(QStringLiteral(" , | ")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRoster)
#include "tst_roster.moc"
