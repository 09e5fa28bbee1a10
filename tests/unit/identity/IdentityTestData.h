#pragma once
// Builders for identity fixtures: synthetic citizens (no real person's data) rendered as the QR
// text and TD1 MRZ a CCCD would carry, with correct check digits computed here, not pasted.
#include "identity/CheckDigit.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace motcua::test {

struct SyntheticCitizen {
    QString id12 = QStringLiteral("001099012345"); // Hà Nội, male, born 1999
    QString oldId = QStringLiteral("012345678");
    QString fullName = QStringLiteral("Nguyễn Văn An");
    QDate dateOfBirth{1999, 3, 14};
    QString sex = QStringLiteral("Nam");
    QString address = QStringLiteral("Số 1 Phố Huế, Phường Hàng Bài, Quận Hoàn Kiếm, Hà Nội");
    QDate issueDate{2021, 7, 20};
    QDate expiry{2024, 3, 14};
    QString mrzName = QStringLiteral("NGUYEN<<VAN<AN");
};

// A fixed "today" so that tests do not age.
inline QDate testToday()
{
    return QDate(2025, 6, 1);
}

inline QString qrText(const SyntheticCitizen &c, int fieldCount = 7)
{
    const QString dob = c.dateOfBirth.toString(QStringLiteral("ddMMyyyy"));
    const QString issue = c.issueDate.toString(QStringLiteral("ddMMyyyy"));
    QStringList fields;
    if (fieldCount == 6)
        fields = {c.id12, c.fullName, dob, c.sex, c.address, issue};
    else
        fields = {c.id12, c.oldId, c.fullName, dob, c.sex, c.address, issue};
    while (fields.size() < fieldCount)
        fields.append(QString());
    return fields.join(QLatin1Char('|'));
}

inline QString padded(QString s, int width)
{
    while (s.size() < width)
        s.append(QLatin1Char('<'));
    return s;
}

inline QString withCheck(const QString &field)
{
    return field + QChar(u'0' + mrzCheckDigit(field));
}

// The three TD1 lines of a CCCD, laid out as cccd.md describes: IDVNM, the last 9 digits of
// the ID + check, the full ID, fillers and the ID's check digit; composite computed.
inline QStringList cccdMrzLines(const SyntheticCitizen &c)
{
    const QString line1 = QStringLiteral("IDVNM") + withCheck(c.id12.right(9)) + c.id12 + QStringLiteral("<<")
                          + QChar(u'0' + mrzCheckDigit(c.id12));
    const QString yymmdd = QStringLiteral("yyMMdd");
    QString line2 = withCheck(c.dateOfBirth.toString(yymmdd)) + (c.sex == QLatin1String("Nam") ? QLatin1Char('M') : QLatin1Char('F'))
                    + withCheck(c.expiry.toString(yymmdd)) + QStringLiteral("VNM") + padded(QString(), 11);
    const QString composite = line1.mid(5, 25) + line2.mid(0, 7) + line2.mid(8, 7) + line2.mid(18, 11);
    line2 += QChar(u'0' + mrzCheckDigit(composite));
    return {line1, line2, padded(c.mrzName, 30)};
}

inline QString cccdMrz(const SyntheticCitizen &c)
{
    return cccdMrzLines(c).join(QLatin1Char('\n'));
}

} // namespace motcua::test
