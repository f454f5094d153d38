#pragma once

#include "core/LoadError.h"

#include <QByteArray>
#include <QChar>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace signaali {

// One pupil from a class list.
struct RosterPupil
{
    int line = 0; // physical line in the file where the pupil's record starts
    QString lastName;
    QString firstName;
    QDate dateOfBirth;    // from the date column, or derived from the identity code
    QString identityCode; // upper case; empty when the file has none
    QString gender;       // "female", "male", "other" or empty
    QString language;     // "fi", "sv", "en" or empty
    QString className;
    QStringList groups;
};

// A row left out of the roster. `field` is the column header as written in
// the file (empty when the problem is the row itself); `reason` is English
// and never contains the identity code.
struct RosterRejection
{
    int line = 0;
    QString field;
    QString reason;
};

struct Roster
{
    QList<RosterPupil> pupils;
    QList<RosterRejection> rejected; // several entries when a row has several problems
    QString encoding;                // "UTF-8", "UTF-8 with BOM" or "Windows-1252"
    QChar delimiter;                 // ',' or ';'
    QStringList ignoredColumns;      // header names not recognised, as written
};

// Reads a class list exported as CSV from a school administration system
// (Wilma, Primus) or saved from Excel. Header names may be Finnish, Swedish or
// English. A file-level problem (unreadable, not text, a required column
// missing) fails the whole file; a bad row is listed in Roster::rejected and
// the rest of the file is still read.
class RosterParser
{
public:
    static Loaded<Roster> parse(const QByteArray& bytes, const QString& fileName);
    static Loaded<Roster> parseFile(const QString& path);
};

// Value rules shared with the parser, exposed for other importers and tests.
namespace roster {
// "d.M.yyyy" (also "dd.MM.yyyy") or "yyyy-MM-dd"; an invalid QDate otherwise.
QDate parseDate(const QString& text);
// "female", "male", "other", "" for an empty value, or a null QString when not recognised.
QString normaliseGender(const QString& text);
// "fi", "sv", "en", "" for an empty value, or a null QString when not recognised.
QString normaliseLanguage(const QString& text);
// Splits on ',', '|' and line breaks; trims, drops empty and repeated names.
QStringList splitGroups(const QString& text);
} // namespace roster

} // namespace signaali
