#include "core/BoundedFile.h"
#include "core/CsvReader.h"
#include "core/IdentityCode.h"
#include "core/Roster.h"
#include "core/RosterColumns.h"
#include "core/TextDecoding.h"

#include <QHash>

namespace signaali {

namespace {

constexpr int kOldestPupilAge = 30;

using namespace roster;

QString lineText(int line)
{
    return QStringLiteral("line %1").arg(line);
}

class Parser
{
public:
    Parser(const QByteArray& bytes, const QString& fileName) : m_bytes(bytes), m_file(fileName) {}

    Roster run();

private:
    [[noreturn]] void fail(const QString& where, const QString& message) const
    {
        throw LoadFailure(LoadError{m_file, where, message});
    }
    void refuseBinaryFormats() const;
    QString decode();
    void readHeader(const CsvRecord& header);
    void readPupil(const CsvRecord& record);
    QString value(const CsvRecord& record, Column column) const;
    QString header(Column column) const
    {
        return m_index[column] < 0 ? QString() : m_headers[m_index[column]];
    }
    void reject(int line, Column column, const QString& reason)
    {
        m_roster.rejected.append({line, header(column), reason});
    }

    const QByteArray& m_bytes;
    QString m_file;
    Roster m_roster;
    QStringList m_headers;                                           // as written in the file
    std::array<int, ColumnCount> m_index{};                          // column -> field index, or -1
    QHash<QString, int> m_lineOfCode;                                // identity code -> line
    QHash<QString, QList<std::pair<int, bool>>> m_lineOfNameAndDate; // -> (line, has code)
};

void Parser::refuseBinaryFormats() const
{
    if (m_bytes.startsWith("\xFF\xFE") || m_bytes.startsWith("\xFE\xFF"))
        fail({}, QStringLiteral("the file is UTF-16 text; save it as CSV UTF-8 or as CSV "
                                "(semicolon or comma separated) instead"));
    if (m_bytes.startsWith("PK\x03\x04"))
        fail({}, QStringLiteral("the file is an Excel workbook (.xlsx) or another ZIP archive, "
                                "not CSV; in Excel use Save As and choose CSV UTF-8"));
    if (m_bytes.startsWith("\xD0\xCF\x11\xE0"))
        fail({}, QStringLiteral("the file is an old Excel workbook (.xls) or another Office "
                                "file, not CSV; in Excel use Save As and choose CSV UTF-8"));
}

QString Parser::decode()
{
    const DecodedText decoded = decodeText(m_bytes);
    if (decoded.invalidUtf8Offset >= 0) {
        fail(lineText(CsvReader::lineAt(m_bytes, 3 + decoded.invalidUtf8Offset)),
             QStringLiteral("the file starts with a UTF-8 byte order mark but is not valid UTF-8"));
    }
    m_roster.encoding = decoded.encoding;
    if (const qsizetype at = firstControlCharacter(decoded.text); at >= 0) {
        const QString code =
            QStringLiteral("%1").arg(decoded.text.at(at).unicode(), 4, 16, QChar(u'0')).toUpper();
        fail(lineText(CsvReader::lineAt(decoded.text, at)),
             QStringLiteral("the file is not CSV text (it contains control character U+%1)")
                 .arg(code));
    }
    return decoded.text;
}

Roster Parser::run()
{
    refuseBinaryFormats();
    const QString text = decode();
    qsizetype pos = 0;
    int line = 1;
    const auto refuseEmpty = [&] {
        if (pos >= text.size())
            fail(lineText(1), QStringLiteral("the file is empty; expected a header line with "
                                             "the column names"));
    };
    pos = CsvReader::skipBlankLines(text, pos, line);
    refuseEmpty();
    // Excel's "sep=;" hint line, if present, names the delimiter.
    QChar delimiter = CsvReader::separatorHint(text, pos);
    if (!delimiter.isNull()) {
        pos = CsvReader::skipBlankLines(text, CsvReader::nextLine(text, pos, line), line);
        refuseEmpty();
    } else {
        delimiter = CsvReader::detectDelimiter(text, pos);
    }
    m_roster.delimiter = delimiter;

    CsvReader reader(text, delimiter);
    if (!reader.read(pos, line))
        fail(lineText(reader.unclosedQuoteLine()),
             QStringLiteral("a quoted field starting on this line is never closed "
                            "(a '\"' is missing)"));
    const QList<CsvRecord>& records = reader.records();
    readHeader(records.first());
    for (qsizetype i = 1; i < records.size(); ++i)
        if (!records.at(i).isBlank())
            readPupil(records.at(i));
    return std::move(m_roster);
}

void Parser::readHeader(const CsvRecord& header)
{
    m_index.fill(-1);
    m_headers = header.fields;
    const auto& specs = columnSpecs();
    for (int i = 0; i < m_headers.size(); ++i) {
        const QString& name = m_headers.at(i);
        if (name.isEmpty())
            continue;
        const Column column = columnForHeader(name);
        if (column == ColumnCount) {
            if (!m_roster.ignoredColumns.contains(name))
                m_roster.ignoredColumns.append(name);
            continue;
        }
        if (m_index[column] >= 0)
            fail(lineText(header.line),
                 QStringLiteral("columns '%1' and '%2' both give the %3; keep only one of them")
                     .arg(m_headers.at(m_index[column]), name, specs[column].description));
        m_index[column] = i;
    }

    QStringList missing;
    for (const Column column : {LastName, FirstName, ClassName})
        if (m_index[column] < 0)
            missing.append(QStringLiteral("no column for %1 (expected one of: %2)")
                               .arg(specs[column].description,
                                    specs[column].expected.join(QStringLiteral(", "))));
    if (m_index[DateOfBirth] < 0 && m_index[IdentityCodeColumn] < 0)
        missing.append(QStringLiteral("no column for date of birth or personal identity code "
                                      "(expected one of: %1)")
                           .arg((specs[DateOfBirth].expected + specs[IdentityCodeColumn].expected)
                                    .join(QStringLiteral(", "))));
    if (!missing.isEmpty())
        fail(lineText(header.line), missing.join(QStringLiteral("; ")));
}

QString Parser::value(const CsvRecord& record, Column column) const
{
    const int index = m_index[column];
    return index < 0 || index >= record.fields.size() ? QString() : record.fields.at(index);
}

void Parser::readPupil(const CsvRecord& record)
{
    const int line = record.line;
    if (record.fields.size() > m_headers.size()) {
        m_roster.rejected.append(
            {line,
             {},
             QStringLiteral("the row has %1 fields but the header has %2 (is a value containing "
                            "'%3' missing its quotes?)")
                 .arg(record.fields.size())
                 .arg(m_headers.size())
                 .arg(m_roster.delimiter)});
        return;
    }
    const qsizetype rejectedBefore = m_roster.rejected.size();
    RosterPupil pupil;
    pupil.line = line;

    pupil.lastName = value(record, LastName).simplified();
    if (pupil.lastName.isEmpty())
        reject(line, LastName, QStringLiteral("last name is empty"));
    pupil.firstName = value(record, FirstName).simplified();
    if (pupil.firstName.isEmpty())
        reject(line, FirstName, QStringLiteral("first name is empty"));
    pupil.className = value(record, ClassName).simplified();
    if (pupil.className.isEmpty())
        reject(line, ClassName, QStringLiteral("class is empty"));

    const QString dateText = value(record, DateOfBirth);
    QDate date;
    if (!dateText.isEmpty()) {
        date = roster::parseDate(dateText);
        if (!date.isValid())
            reject(line, DateOfBirth,
                   QStringLiteral("date '%1' is not a valid date (d.M.yyyy or yyyy-MM-dd)")
                       .arg(dateText));
    }
    const QString codeText = value(record, IdentityCodeColumn);
    QDate codeDate;
    if (!codeText.isEmpty()) {
        const IdentityCodeCheck check = IdentityCode::check(codeText);
        if (check.valid) {
            pupil.identityCode = codeText.toUpper();
            codeDate = check.dateOfBirth;
        } else {
            reject(line, IdentityCodeColumn,
                   QStringLiteral("identity code is not valid: %1").arg(check.problem));
        }
    }
    if (date.isValid() && codeDate.isValid() && date != codeDate)
        reject(line, DateOfBirth,
               QStringLiteral("date '%1' does not match the date of birth in the identity code")
                   .arg(dateText));
    if (dateText.isEmpty() && codeText.isEmpty())
        reject(line, m_index[DateOfBirth] >= 0 ? DateOfBirth : IdentityCodeColumn,
               QStringLiteral("no date of birth and no identity code"));
    pupil.dateOfBirth = date.isValid() ? date : codeDate;
    // School health care sees children and young people; a date decades off
    // is a typing or export error, not a pupil (1800 once went through).
    const QDate today = QDate::currentDate();
    if (pupil.dateOfBirth.isValid() &&
        (pupil.dateOfBirth > today || pupil.dateOfBirth < today.addYears(-kOldestPupilAge)))
        reject(line, date.isValid() ? DateOfBirth : IdentityCodeColumn,
               QStringLiteral("date of birth %1 is not plausible for a pupil (not in the future, "
                              "at most %2 years ago)")
                   .arg(pupil.dateOfBirth.toString(QStringLiteral("d.M.yyyy")))
                   .arg(kOldestPupilAge));

    const QString genderText = value(record, Gender);
    pupil.gender = roster::normaliseGender(genderText);
    if (pupil.gender.isNull())
        reject(line, Gender,
               QStringLiteral("gender '%1' is not recognised (expected e.g. tyttö, poika, muu; "
                              "flicka, pojke, annan; girl, boy, other)")
                   .arg(genderText));
    const QString languageText = value(record, Language);
    pupil.language = roster::normaliseLanguage(languageText);
    if (pupil.language.isNull())
        reject(line, Language,
               QStringLiteral("language '%1' is not recognised (expected suomi, ruotsi, englanti; "
                              "finska, svenska, engelska; finnish, swedish, english; fi, sv, en)")
                   .arg(languageText));
    pupil.groups = roster::splitGroups(value(record, Groups));
    if (m_roster.rejected.size() > rejectedBefore)
        return;

    // The same pupil twice: the same identity code, or, when either row has
    // no code, the same name and date of birth.
    const bool hasCode = !pupil.identityCode.isEmpty();
    if (hasCode) {
        if (const auto earlier = m_lineOfCode.constFind(pupil.identityCode);
            earlier != m_lineOfCode.constEnd()) {
            reject(line, IdentityCodeColumn,
                   QStringLiteral("the same pupil as on line %1 (same identity code)")
                       .arg(earlier.value()));
            return;
        }
    }
    const QString nameKey =
        QStringList{pupil.lastName.toCaseFolded(), pupil.firstName.toCaseFolded(),
                    pupil.dateOfBirth.toString(Qt::ISODate)}
            .join(u'\n');
    QList<std::pair<int, bool>>& sameName = m_lineOfNameAndDate[nameKey];
    for (const auto& [earlierLine, earlierHasCode] : sameName)
        if (!hasCode || !earlierHasCode) {
            reject(line, LastName,
                   QStringLiteral("the same pupil as on line %1 (same name and date of birth)")
                       .arg(earlierLine));
            return;
        }
    if (hasCode)
        m_lineOfCode.insert(pupil.identityCode, line);
    sameName.append({line, hasCode});
    m_roster.pupils.append(std::move(pupil));
}

} // namespace

Loaded<Roster> RosterParser::parse(const QByteArray& bytes, const QString& fileName)
{
    try {
        return Loaded<Roster>::success(Parser(bytes, fileName).run());
    } catch (const LoadFailure& failure) {
        return Loaded<Roster>::failure(failure.error());
    }
}

Loaded<Roster> RosterParser::parseFile(const QString& path)
{
    // Far above any class or school list; keeps a wrongly chosen file from
    // being read into memory whole.
    constexpr qint64 maximumSize = 64 * 1024 * 1024;
    const Loaded<QByteArray> bytes =
        readBoundedFile(path, maximumSize, QStringLiteral("a class list"));
    if (!bytes.ok())
        return Loaded<Roster>::failure(bytes.error);
    return parse(*bytes.value, path);
}

} // namespace signaali
