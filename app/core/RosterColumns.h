#pragma once

// Column names of class-list files, shared by the roster parser's parts.

#include <QString>
#include <QStringList>
#include <array>

namespace signaali::roster {

enum Column {
    LastName,
    FirstName,
    DateOfBirth,
    IdentityCodeColumn,
    Gender,
    Language,
    ClassName,
    Groups,
    ColumnCount
};

struct ColumnSpec
{
    QString description;   // for messages: "last name"
    QStringList expected;  // named in messages: one main name per language
    QStringList alsoNamed; // accepted as well
};

const std::array<ColumnSpec, ColumnCount>& columnSpecs();
// The column a header names (case-insensitive, '_' as a space), or ColumnCount.
Column columnForHeader(const QString& name);

} // namespace signaali::roster
