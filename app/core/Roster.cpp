#include "core/Roster.h"
#include "core/RosterColumns.h"

#include <QHash>
#include <QRegularExpression>

namespace signaali::roster {

namespace {
// Case-folded spelling -> normalised value.
QHash<QString, QString> table(std::initializer_list<std::pair<QString, QStringList>> entries)
{
    QHash<QString, QString> result;
    for (const auto& [value, spellings] : entries)
        for (const QString& spelling : spellings)
            result.insert(spelling.toCaseFolded(), value);
    return result;
}

QString lookUp(const QHash<QString, QString>& values, const QString& text)
{
    const QString key = text.simplified().toCaseFolded();
    if (key.isEmpty())
        return QStringLiteral("");
    return values.value(key); // a null QString when not found
}

// Header names compare case-insensitively, with '_' as a space ("date_of_birth").
QString headerKey(const QString& name)
{
    QString key = name.toCaseFolded();
    key.replace(u'_', u' ');
    return key.simplified();
}

// Case-folded header name -> column.
const QHash<QString, Column>& headerNames()
{
    static const QHash<QString, Column> names = [] {
        QHash<QString, Column> result;
        for (int column = 0; column < ColumnCount; ++column) {
            const ColumnSpec& spec = columnSpecs()[column];
            for (const QStringList* list : {&spec.expected, &spec.alsoNamed})
                for (const QString& name : *list)
                    result.insert(headerKey(name), static_cast<Column>(column));
        }
        return result;
    }();
    return names;
}

} // namespace

const std::array<ColumnSpec, ColumnCount>& columnSpecs()
{
    static const std::array<ColumnSpec, ColumnCount> specs = {{
        {QStringLiteral("last name"),
         {QStringLiteral("Sukunimi"), QStringLiteral("Efternamn"), QStringLiteral("Last name")},
         {QStringLiteral("Surname")}},
        {QStringLiteral("first name"),
         {QStringLiteral("Etunimi"), QStringLiteral("Förnamn"), QStringLiteral("First name")},
         {QStringLiteral("Etunimet"), QStringLiteral("First names")}},
        {QStringLiteral("date of birth"),
         {QStringLiteral("Syntymäaika"), QStringLiteral("Födelsedatum"),
          QStringLiteral("Date of birth")},
         {QStringLiteral("Birth date")}},
        {QStringLiteral("personal identity code"),
         {QStringLiteral("Henkilötunnus"), QStringLiteral("Personbeteckning"),
          QStringLiteral("Personal identity code")},
         {QStringLiteral("Hetu"), QStringLiteral("Identity code")}},
        {QStringLiteral("gender"),
         {QStringLiteral("Sukupuoli"), QStringLiteral("Kön"), QStringLiteral("Gender")},
         {}},
        {QStringLiteral("school language"),
         {QStringLiteral("Koulukieli"), QStringLiteral("Skolspråk"),
          QStringLiteral("School language")},
         {QStringLiteral("Kieli"), QStringLiteral("Språk"), QStringLiteral("Language")}},
        {QStringLiteral("class"),
         {QStringLiteral("Luokka"), QStringLiteral("Klass"), QStringLiteral("Class")},
         {}},
        {QStringLiteral("groups"),
         {QStringLiteral("Ryhmät"), QStringLiteral("Grupper"), QStringLiteral("Groups")},
         {}},
    }};
    return specs;
}

Column columnForHeader(const QString& name)
{
    return headerNames().value(headerKey(name), ColumnCount);
}

QDate parseDate(const QString& text)
{
    static const QRegularExpression finnish(
        QStringLiteral("^([0-9]{1,2})\\.([0-9]{1,2})\\.([0-9]{4})$"));
    static const QRegularExpression iso(QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})$"));
    const QString trimmed = text.trimmed();
    if (const QRegularExpressionMatch m = finnish.match(trimmed); m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    if (const QRegularExpressionMatch m = iso.match(trimmed); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return {};
}

QString normaliseGender(const QString& text)
{
    static const QHash<QString, QString> values = table({
        {QStringLiteral("female"),
         {QStringLiteral("tyttö"), QStringLiteral("tytto"), QStringLiteral("t"),
          QStringLiteral("nainen"), QStringLiteral("n"), QStringLiteral("flicka"),
          QStringLiteral("kvinna"), QStringLiteral("k"), QStringLiteral("girl"),
          QStringLiteral("female"), QStringLiteral("woman"), QStringLiteral("f")}},
        {QStringLiteral("male"),
         {QStringLiteral("poika"), QStringLiteral("p"), QStringLiteral("mies"), QStringLiteral("m"),
          QStringLiteral("pojke"), QStringLiteral("man"), QStringLiteral("boy"),
          QStringLiteral("male")}},
        {QStringLiteral("other"),
         {QStringLiteral("muu"), QStringLiteral("annan"), QStringLiteral("other"),
          QStringLiteral("x")}},
    });
    return lookUp(values, text);
}

QString normaliseLanguage(const QString& text)
{
    static const QHash<QString, QString> values = table({
        {QStringLiteral("fi"),
         {QStringLiteral("suomi"), QStringLiteral("finska"), QStringLiteral("finnish"),
          QStringLiteral("fi"), QStringLiteral("fin")}},
        {QStringLiteral("sv"),
         {QStringLiteral("ruotsi"), QStringLiteral("svenska"), QStringLiteral("swedish"),
          QStringLiteral("sv"), QStringLiteral("swe")}},
        {QStringLiteral("en"),
         {QStringLiteral("englanti"), QStringLiteral("engelska"), QStringLiteral("english"),
          QStringLiteral("en"), QStringLiteral("eng")}},
    });
    return lookUp(values, text);
}

QStringList splitGroups(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,|\\n\\r]"));
    QStringList groups;
    for (const QString& part : text.split(separators)) {
        const QString group = part.simplified();
        if (!group.isEmpty() && !groups.contains(group))
            groups.append(group);
    }
    return groups;
}

} // namespace signaali::roster
