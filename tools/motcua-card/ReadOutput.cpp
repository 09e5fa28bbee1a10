#include "ReadOutput.h"

#include "lds/Dg13.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace motcua::cardtool {

namespace {

QString checkOutcomeName(card::CheckOutcome outcome)
{
    switch (outcome) {
    case card::CheckOutcome::Passed: return QStringLiteral("passed");
    case card::CheckOutcome::Failed: return QStringLiteral("failed");
    case card::CheckOutcome::NotPerformed: break;
    }
    return QStringLiteral("notPerformed");
}

QString checkOutcomeText(card::CheckOutcome outcome)
{
    switch (outcome) {
    case card::CheckOutcome::Passed: return QCoreApplication::translate("ReadCommand", "passed");
    case card::CheckOutcome::Failed: return QCoreApplication::translate("ReadCommand", "FAILED");
    case card::CheckOutcome::NotPerformed: break;
    }
    return QCoreApplication::translate("ReadCommand", "not performed");
}

// The clerk's label of each field DG13 and DG1 fill, in display order.
QList<std::pair<QString, QString>> fieldLabels()
{
    return {
        {PersonKey::id12, QCoreApplication::translate("ReadCommand", "Personal ID number")},
        {PersonKey::fullName, QCoreApplication::translate("ReadCommand", "Full name")},
        {PersonKey::dateOfBirth, QCoreApplication::translate("ReadCommand", "Date of birth")},
        {PersonKey::sex, QCoreApplication::translate("ReadCommand", "Sex")},
        {PersonKey::nationality, QCoreApplication::translate("ReadCommand", "Nationality")},
        {PersonKey::ethnicity, QCoreApplication::translate("ReadCommand", "Ethnicity")},
        {PersonKey::religion, QCoreApplication::translate("ReadCommand", "Religion")},
        {PersonKey::placeOfOrigin, QCoreApplication::translate("ReadCommand", "Place of origin")},
        {PersonKey::permanentResidence, QCoreApplication::translate("ReadCommand", "Place of permanent residence")},
        {PersonKey::identifyingMarks, QCoreApplication::translate("ReadCommand", "Identifying marks")},
        {PersonKey::idIssueDate, QCoreApplication::translate("ReadCommand", "Date of issue")},
        {PersonKey::idExpiryDate, QCoreApplication::translate("ReadCommand", "Date of expiry")},
        {PersonKey::fatherName, QCoreApplication::translate("ReadCommand", "Father's full name")},
        {PersonKey::motherName, QCoreApplication::translate("ReadCommand", "Mother's full name")},
        {PersonKey::spouseName, QCoreApplication::translate("ReadCommand", "Spouse's full name")},
        {PersonKey::oldIdNumber, QCoreApplication::translate("ReadCommand", "Old ID number")},
    };
}

QJsonObject mrzJson(const card::Dg1 &dg1)
{
    return QJsonObject{
        {QStringLiteral("lines"), QJsonArray::fromStringList(dg1.lines)},
        {QStringLiteral("format"), dg1.format == card::Dg1::Format::Td1 ? QStringLiteral("TD1") : QStringLiteral("TD3")},
        {QStringLiteral("documentCode"), dg1.documentCode},
        {QStringLiteral("issuingState"), dg1.issuingState},
        {QStringLiteral("documentNumber"), dg1.documentNumber},
        {QStringLiteral("nationality"), dg1.nationality},
        {QStringLiteral("sex"), dg1.sex},
        {QStringLiteral("primaryIdentifier"), dg1.primaryIdentifier},
        {QStringLiteral("secondaryIdentifier"), dg1.secondaryIdentifier},
        {QStringLiteral("id12"), dg1.id12},
        {QStringLiteral("dateOfBirth"), dg1.dateOfBirth.toString(Qt::ISODate)},
        {QStringLiteral("expiry"), dg1.expiry.toString()},
        {QStringLiteral("mrzInformation"), dg1.mrzInformation},
    };
}

} // namespace

QJsonObject readResultJson(const card::CardReadResult &result)
{
    QJsonObject identity;
    for (auto it = result.identity.person.fields().cbegin(); it != result.identity.person.fields().cend(); ++it)
        identity.insert(it.key(), QJsonObject{{QStringLiteral("value"), it->text}, {QStringLiteral("source"), fieldSourceName(it->source)}});
    QJsonObject dg13;
    if (result.dg13) {
        for (auto it = result.dg13->rawFields.cbegin(); it != result.dg13->rawFields.cend(); ++it)
            dg13.insert(QString::number(it.key()), QString::fromLatin1(it->toHex()));
    }
    const card::PassiveAuthResult &pa = result.passiveAuth;
    QJsonArray reasons;
    for (const Error &reason : result.identity.reasons)
        reasons.append(QJsonObject{{QStringLiteral("code"), reason.code}, {QStringLiteral("message"), reason.message}});
    const QJsonObject verification{
        {QStringLiteral("level"), card::verificationLevelName(result.identity.level)},
        {QStringLiteral("passiveAuthentication"),
         QJsonObject{{QStringLiteral("hashesOk"), pa.hashesOk},
                     {QStringLiteral("signatureOk"), pa.signatureOk},
                     {QStringLiteral("chainOk"), pa.chainOk},
                     {QStringLiteral("mismatchedFiles"), QJsonArray::fromStringList(pa.mismatchedFiles)}}},
        {QStringLiteral("chipAuthentication"), checkOutcomeName(result.chipAuthentication)},
        {QStringLiteral("activeAuthentication"), checkOutcomeName(result.activeAuthentication)},
        {QStringLiteral("reasons"), reasons},
    };
    const card::ReadTimings &t = result.timings;
    QJsonObject perFile;
    for (auto it = t.apdusPerFile.cbegin(); it != t.apdusPerFile.cend(); ++it)
        perFile.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("identity"), identity},
        {QStringLiteral("dg13"), dg13},
        {QStringLiteral("mrz"), result.dg1 ? mrzJson(*result.dg1) : QJsonObject()},
        {QStringLiteral("verification"), verification},
        {QStringLiteral("access"), result.accessProtocol},
        {QStringLiteral("apduCount"), t.apduCount},
        {QStringLiteral("timings"),
         QJsonObject{{QStringLiteral("accessMs"), t.accessMs},
                     {QStringLiteral("dg13ReadMs"), t.dg13ReadMs},
                     {QStringLiteral("dg13VerifiedMs"), t.dg13VerifiedMs},
                     {QStringLiteral("fullReadMs"), t.fullReadMs}}},
        {QStringLiteral("bytesRead"), t.bytesRead},
        {QStringLiteral("apdusPerFile"), perFile},
    };
}

void printReadResult(const card::CardReadResult &result, QTextStream &out)
{
    const Person &person = result.identity.person;
    for (const auto &[key, label] : fieldLabels()) {
        if (key == PersonKey::idExpiryDate && result.dg13 && result.dg13->noExpiry) {
            out << label << ": " << QCoreApplication::translate("ReadCommand", "no expiry") << '\n';
            continue;
        }
        if (person.has(key))
            out << label << ": " << person.text(key) << '\n';
    }
    out << '\n';
    const bool verified = result.identity.level == card::VerificationLevel::ChipVerified;
    out << QCoreApplication::translate("ReadCommand", "Verification") << ": " << (verified ? QCoreApplication::translate("ReadCommand", "verified by the chip") : QCoreApplication::translate("ReadCommand", "read, but NOT verified")) << '\n';
    const card::PassiveAuthResult &pa = result.passiveAuth;
    const auto yesNo = [](bool ok) { return ok ? QCoreApplication::translate("ReadCommand", "passed") : QCoreApplication::translate("ReadCommand", "FAILED"); };
    out << "  " << QCoreApplication::translate("ReadCommand", "Data hashes") << ": " << yesNo(pa.hashesOk) << ", " << QCoreApplication::translate("ReadCommand", "signature") << ": " << yesNo(pa.signatureOk)
        << ", " << QCoreApplication::translate("ReadCommand", "certificate chain") << ": " << yesNo(pa.chainOk) << '\n';
    out << "  " << QCoreApplication::translate("ReadCommand", "Chip authentication") << ": " << checkOutcomeText(result.chipAuthentication) << ", "
        << QCoreApplication::translate("ReadCommand", "active authentication") << ": " << checkOutcomeText(result.activeAuthentication) << '\n';
    for (const Error &reason : result.identity.reasons)
        out << "  - " << reason.message << " [" << reason.code << "]\n";
    const card::ReadTimings &t = result.timings;
    out << QCoreApplication::translate("ReadCommand", "Access") << ": " << result.accessProtocol << "; " << QCoreApplication::translate("ReadCommand", "APDUs") << ": " << t.apduCount << "; "
        << QCoreApplication::translate("ReadCommand", "bytes read") << ": " << t.bytesRead << '\n';
    out << QCoreApplication::translate("ReadCommand", "Times (ms)") << ": " << QCoreApplication::translate("ReadCommand", "access") << ' ' << QString::number(t.accessMs, 'f', 1) << ", " << QCoreApplication::translate("ReadCommand", "DG13 read") << ' '
        << QString::number(t.dg13ReadMs, 'f', 1) << ", " << QCoreApplication::translate("ReadCommand", "DG13 verified") << ' ' << QString::number(t.dg13VerifiedMs, 'f', 1)
        << ", " << QCoreApplication::translate("ReadCommand", "full read") << ' ' << QString::number(t.fullReadMs, 'f', 1) << '\n';
}

} // namespace motcua::cardtool
