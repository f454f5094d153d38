#include "core/IdentityCode.h"

namespace signaali {

namespace {
constexpr char16_t checkCharacters[] = u"0123456789ABCDEFHJKLMNPRSTUVWXY";

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

int centuryOf(QChar sign)
{
    switch (sign.unicode()) {
    case u'+':
        return 1800;
    case u'-':
    case u'Y':
    case u'X':
    case u'W':
    case u'V':
    case u'U':
        return 1900;
    case u'A':
    case u'B':
    case u'C':
    case u'D':
    case u'E':
    case u'F':
        return 2000;
    default:
        return 0;
    }
}

IdentityCodeCheck problem(const char16_t* text)
{
    return {false, {}, QString::fromUtf16(text)};
}
} // namespace

QChar IdentityCode::checkCharacter(const QString& digits)
{
    if (digits.size() != 9)
        return {};
    int remainder = 0;
    for (const QChar c : digits) {
        if (!isDigit(c))
            return {};
        remainder = (remainder * 10 + (c.unicode() - u'0')) % 31;
    }
    return QChar(checkCharacters[remainder]);
}

IdentityCodeCheck IdentityCode::check(const QString& code)
{
    const QString upper = code.trimmed().toUpper();
    if (upper.size() != 11)
        return problem(u"wrong length (expected 11 characters, DDMMYYCZZZQ)");
    for (const int i : {0, 1, 2, 3, 4, 5, 7, 8, 9})
        if (!isDigit(upper.at(i)))
            return problem(u"wrong format (expected DDMMYYCZZZQ)");
    const int century = centuryOf(upper.at(6));
    if (century == 0)
        return problem(u"unknown century sign (expected one of + - Y X W V U A B C D E F)");
    const int day = upper.mid(0, 2).toInt();
    const int month = upper.mid(2, 2).toInt();
    const int year = century + upper.mid(4, 2).toInt();
    const QDate date(year, month, day);
    if (!date.isValid())
        return problem(u"the date of birth in it is not a valid date");
    if (upper.mid(7, 3).toInt() < 2)
        return problem(u"individual numbers 000 and 001 are not in use");
    if (checkCharacter(upper.mid(0, 6) + upper.mid(7, 3)) != upper.at(10))
        return problem(u"the check character does not match");
    return {true, date, {}};
}

} // namespace signaali
