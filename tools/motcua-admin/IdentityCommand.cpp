// motcua-admin identity: read a CCCD QR text or TD1 MRZ and show what the workstation makes of
// it, for support staff checking a scanner or a card that the counter refuses.
#include "AdminCommand.h"

#include "identity/AccessKeys.h"
#include "identity/CccdQr.h"
#include "identity/IdentityJson.h"
#include "identity/PersonalId.h"
#include "identity/Td1Mrz.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace motcua::admin {

namespace {

void printIdentityUsage(QTextStream &err)
{
    err << "usage: motcua-admin identity qr TEXT [--json]\n"
           "       motcua-admin identity mrz TEXT [--json]   (TEXT: 3 lines, 90 characters, or 3 arguments)\n"
           "       TEXT '-' reads standard input\n";
}

QString readStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(in.readAll());
}

// The text after the sub-command: one argument as given, several joined (a shell that split
// an unquoted QR text on spaces; an MRZ given as three arguments).
QString inputText(const QStringList &rest, const QString &separator)
{
    if (rest.size() == 1 && rest.first() == QLatin1String("-"))
        return readStdin();
    return rest.join(separator);
}

struct Derived {
    QString can;
    QString mrzInformation;
    PersonalIdFacts idFacts;
};

Derived derive(const IdentityDocument &doc, const Td1Mrz *mrz)
{
    Derived d;
    if (const Result<QString> can = AccessKeys::canFromId12(doc.id12))
        d.can = *can;
    if (mrz)
        d.mrzInformation = AccessKeys::mrzInformation(*mrz);
    if (const Result<PersonalIdFacts> facts = PersonalId::facts(doc.id12))
        d.idFacts = *facts;
    return d;
}

QJsonObject mrzJson(const Td1Mrz &m)
{
    return QJsonObject{
        {QStringLiteral("documentCode"), m.documentCode},
        {QStringLiteral("issuingState"), m.issuingState},
        {QStringLiteral("documentNumber"), m.documentNumber},
        {QStringLiteral("optionalData1"), m.optionalData1},
        {QStringLiteral("dateOfBirth"), m.dateOfBirth.toString(Qt::ISODate)},
        {QStringLiteral("sex"), m.sexField},
        {QStringLiteral("expiry"), m.expiry.toString()},
        {QStringLiteral("nationality"), m.nationality},
        {QStringLiteral("optionalData2"), m.optionalData2},
        {QStringLiteral("primaryIdentifier"), m.primaryIdentifier},
        {QStringLiteral("secondaryIdentifier"), m.secondaryIdentifier},
        {QStringLiteral("id12"), m.id12},
        {QStringLiteral("mrzInformation"), AccessKeys::mrzInformation(m)},
    };
}

void printLine(QTextStream &out, const QString &label, const QString &value)
{
    if (!value.isEmpty())
        out << QString(label + QLatin1Char(':')).leftJustified(20) << value << '\n';
}

void printDocument(QTextStream &out, const IdentityDocument &doc, const Derived &derived)
{
    printLine(out, QStringLiteral("Document"), documentKindName(doc.kind));
    printLine(out, QStringLiteral("Read from"), fieldSourceName(doc.source));
    printLine(out, QStringLiteral("Document number"), doc.documentNumber);
    printLine(out, QStringLiteral("Issue date"), doc.issueDate.toString(Qt::ISODate));
    printLine(out, QStringLiteral("Expiry"), doc.expiry.toString());
    for (const QString &key : PersonKey::all())
        if (const auto value = doc.person.get(key))
            printLine(out, key, value->text + QStringLiteral("  [") + fieldSourceName(value->source) + QLatin1Char(']'));
    for (qsizetype i = 0; i < doc.extraFields.size(); ++i)
        printLine(out, QStringLiteral("Extra field %1").arg(i + 1), doc.extraFields.at(i).isEmpty() ? QStringLiteral("(empty)") : doc.extraFields.at(i));
    printLine(out, QStringLiteral("Born in province"),
              derived.idFacts.provinceName.isEmpty() ? QString() : derived.idFacts.provinceName + QStringLiteral(" (") + derived.idFacts.provinceCode + QLatin1Char(')'));
    printLine(out, QStringLiteral("CAN (PACE)"), derived.can);
    printLine(out, QStringLiteral("MRZ information"), derived.mrzInformation);
    for (const QString &warning : doc.warnings)
        printLine(out, QStringLiteral("Warning"), warning);
}

int reportError(AdminIo &io, const Error &error)
{
    io.err << "motcua-admin identity: " << error.message << " [" << error.code << "]\n";
    return Failure;
}

int runQr(const QString &text, bool json, AdminIo &io)
{
    const Result<IdentityDocument> doc = CccdQr::parse(text);
    if (!doc)
        return reportError(io, doc.error());
    const Derived derived = derive(*doc, nullptr);
    if (json)
        io.out << QJsonDocument(identityDocumentJson(*doc)).toJson(QJsonDocument::Indented);
    else
        printDocument(io.out, *doc, derived);
    return Success;
}

int runMrz(const QString &text, bool json, AdminIo &io)
{
    const Result<Td1Mrz> mrz = Td1Mrz::parse(text);
    if (!mrz)
        return reportError(io, mrz.error());
    // A valid TD1 that is not a CCCD (no personal ID) still shows its MRZ fields.
    const Result<IdentityDocument> doc = mrz->toDocument();
    if (json) {
        QJsonObject root{{QStringLiteral("mrz"), mrzJson(*mrz)}};
        if (doc)
            root.insert(QStringLiteral("document"), identityDocumentJson(*doc, AccessKeys::mrzInformation(*mrz)));
        else
            root.insert(QStringLiteral("documentError"), doc.error().message);
        io.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return Success;
    }
    if (doc) {
        printDocument(io.out, *doc, derive(*doc, &*mrz));
        return Success;
    }
    printLine(io.out, QStringLiteral("Document code"), mrz->documentCode);
    printLine(io.out, QStringLiteral("Issuing state"), mrz->issuingState);
    printLine(io.out, QStringLiteral("Document number"), mrz->documentNumber);
    printLine(io.out, QStringLiteral("Name"), mrz->fullName());
    printLine(io.out, QStringLiteral("Date of birth"), mrz->dateOfBirth.toString(Qt::ISODate));
    printLine(io.out, QStringLiteral("Sex"), mrz->sexField);
    printLine(io.out, QStringLiteral("Expiry"), mrz->expiry.toString());
    printLine(io.out, QStringLiteral("Nationality"), mrz->nationality);
    printLine(io.out, QStringLiteral("MRZ information"), AccessKeys::mrzInformation(*mrz));
    printLine(io.out, QStringLiteral("Note"), doc.error().message);
    return Success;
}

} // namespace

int runIdentityCommand(const QStringList &args, AdminIo &io)
{
    QStringList rest = args;
    const bool json = takeFlag(rest, QStringLiteral("--json"));
    if (rest.size() < 2 || (rest.first() != QLatin1String("qr") && rest.first() != QLatin1String("mrz"))) {
        printIdentityUsage(io.err);
        return Usage;
    }
    const QString command = rest.takeFirst();
    if (command == QLatin1String("qr"))
        return runQr(inputText(rest, QStringLiteral(" ")), json, io);
    return runMrz(inputText(rest, QStringLiteral("\n")), json, io);
}

} // namespace motcua::admin
