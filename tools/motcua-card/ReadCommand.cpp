// motcua-card read: opens the card in a reader, reads and verifies it, prints the result and
// says in its exit code how far it got (CardCommand.h).
#include "CardCommand.h"
#include "ReadOutput.h"

#include "lds/TrustStore.h"
#include "emrtd/EmrtdErrors.h"
#include "pcsc/PcscError.h"
#include "session/EmrtdReader.h"
#include "session/PcscReaderTransport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageWriter>
#include <QJsonDocument>

namespace motcua::cardtool {

namespace {

// lupdate files a string under the class whose tr() is called: this one names the context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReadCommand)
};

void printReadUsage(QTextStream &err)
{
    err << "usage: motcua-card read [--reader NAME] (--can DIGITS | --id ID12 | --mrz-key DOC+DOB+EXPIRY | --qr TEXT)\n"
           "                        [--csca PATH]... [--json] [--photo FILE] [--no-photo]\n"
           "  --mrz-key  the 24-character MRZ information, or DOC9+YYMMDD+YYMMDD (check digits computed)\n"
           "  --csca     a CSCA certificate (PEM/DER), an ICAO master list (.ml) or a folder of them\n";
}

struct ReadArguments {
    QString reader;
    std::optional<card::AccessKey> key;
    QStringList csca;
    bool json = false;
    QString photoFile;
    bool readPhoto = true;
};

// Parses the arguments; on error prints why (and the usage) and returns nullopt.
std::optional<ReadArguments> parseArguments(const QStringList &args, QTextStream &err)
{
    ReadArguments parsed;
    int keys = 0;
    const auto fail = [&err](const QString &why) {
        err << "motcua-card read: " << why << '\n';
        printReadUsage(err);
        return std::nullopt;
    };
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--json")) {
            parsed.json = true;
            continue;
        }
        if (arg == QLatin1String("--no-photo")) {
            parsed.readPhoto = false;
            continue;
        }
        const bool takesValue = arg == QLatin1String("--reader") || arg == QLatin1String("--can") || arg == QLatin1String("--id")
                                || arg == QLatin1String("--mrz-key") || arg == QLatin1String("--qr")
                                || arg == QLatin1String("--csca") || arg == QLatin1String("--photo");
        if (!takesValue)
            return fail(QStringLiteral("unknown argument '%1'").arg(arg));
        if (i + 1 >= args.size())
            return fail(QStringLiteral("%1 needs a value").arg(arg));
        const QString value = args.at(++i);
        if (arg == QLatin1String("--reader")) {
            parsed.reader = value;
        } else if (arg == QLatin1String("--csca")) {
            parsed.csca.append(value);
        } else if (arg == QLatin1String("--photo")) {
            parsed.photoFile = value;
        } else {
            ++keys;
            Result<card::AccessKey> key = Error{};
            if (arg == QLatin1String("--can")) {
                key = card::AccessKey::fromCan(value);
            } else if (arg == QLatin1String("--id")) {
                key = card::AccessKey::fromId12(value);
            } else if (arg == QLatin1String("--qr")) {
                key = card::AccessKey::fromQrText(value);
            } else {
                const QStringList parts = value.split(QLatin1Char('+'));
                key = parts.size() == 3 ? card::AccessKey::fromMrzParts(parts.at(0), parts.at(1), parts.at(2))
                                        : card::AccessKey::fromMrzInformation(value);
            }
            if (!key)
                return fail(key.error().message);
            parsed.key = *key;
        }
    }
    if (keys != 1)
        return fail(QStringLiteral("give exactly one of --can, --id, --mrz-key, --qr"));
    if (!parsed.readPhoto && !parsed.photoFile.isEmpty())
        return fail(QStringLiteral("--photo and --no-photo exclude each other"));
    return parsed;
}

Status addTrust(card::TrustStore &trust, const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        auto folder = card::TrustStore::loadFolder(path);
        if (!folder)
            return folder.error();
        for (const QByteArray &certificate : folder->certificates())
            if (Status added = trust.addCertificates(certificate); !added)
                return added;
        for (const QByteArray &crl : folder->crls())
            if (Status added = trust.addCrl(crl); !added)
                return added;
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("card.csca.unreadable"), Text::tr("The CSCA file cannot be read."), path + QStringLiteral(": ") + file.errorString()};
    const QByteArray bytes = file.readAll();
    if (info.suffix().compare(QLatin1String("ml"), Qt::CaseInsensitive) == 0)
        return trust.addMasterList(bytes);
    Status certificates = trust.addCertificates(bytes);
    if (certificates)
        return {};
    if (trust.addMasterList(bytes))
        return {};
    return certificates;
}

int exitCodeFor(const Error &error)
{
    if (error.code == card::emrtd::ErrorCode::accessDenied || error.code == card::SessionErrorCode::mrzRequired)
        return AccessRefused;
    if (card::EmrtdReader::isCardRemoved(error))
        return CardRemoved;
    const auto kind = card::pcscErrorKind(error);
    if (kind == card::PcscErrorKind::NoReader || kind == card::PcscErrorKind::NoCard)
        return NoReaderOrCard;
    return OtherError;
}

int fail(const Error &error, QTextStream &err)
{
    err << error.message << '\n';
    if (!error.detail.isEmpty())
        err << "  (" << error.code << ": " << error.detail << ")\n";
    return exitCodeFor(error);
}

} // namespace

int runReadCommand(const QStringList &args, CardIo &io)
{
    const auto parsed = parseArguments(args, io.err);
    if (!parsed)
        return OtherError; // the exit codes give usage errors no code of their own
    card::TrustStore trust;
    for (const QString &path : parsed->csca)
        if (Status added = addTrust(trust, path); !added)
            return fail(added.error(), io.err);
    if (trust.isEmpty())
        io.err << Text::tr("No CSCA certificate was given (--csca): the card can be read but not verified.") << '\n';

    auto transport = card::PcscReaderTransport::open(parsed->reader);
    if (!transport)
        return fail(transport.error(), io.err);
    card::EmrtdReader reader(**transport, trust);
    card::EmrtdReader::Options options;
    options.readPhoto = parsed->readPhoto;
    auto result = reader.read(*parsed->key, options);
    if (!result)
        return fail(result.error(), io.err);

    int code = result->identity.level == card::VerificationLevel::ChipVerified ? Success : ReadNotVerified;
    if (!parsed->photoFile.isEmpty()) {
        QImageWriter writer(parsed->photoFile); // JPEG or PNG from the file name's extension
        if (result->identity.photo.isNull() || !writer.write(result->identity.photo)) {
            io.err << Text::tr("The photo could not be written.") << ' ' << writer.errorString() << '\n';
            code = OtherError;
        }
    }
    if (parsed->json)
        io.out << QJsonDocument(readResultJson(*result)).toJson(QJsonDocument::Indented);
    else
        printReadResult(*result, io.out);
    return code;
}

} // namespace motcua::cardtool
