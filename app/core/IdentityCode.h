#pragma once

#include <QChar>
#include <QDate>
#include <QString>

namespace signaali {

// The Finnish personal identity code (henkilötunnus), DDMMYYCZZZQ: date of
// birth, century sign, individual number and check character.
struct IdentityCodeCheck
{
    bool valid = false;
    QDate dateOfBirth; // valid when `valid`
    QString problem;   // English; never contains the code itself
};

class IdentityCode
{
public:
    // Century signs: '+' 1800s; '-', 'Y', 'X', 'W', 'V', 'U' 1900s;
    // 'A', 'B', 'C', 'D', 'E', 'F' 2000s. Letters may be lower case.
    static IdentityCodeCheck check(const QString& code);
    // The check character for nine digits DDMMYYZZZ, or a null QChar when
    // `digits` is not nine ASCII digits.
    static QChar checkCharacter(const QString& digits);
};

} // namespace signaali
