// motcua-card qr: the codes in image files and scanned PDFs, each with what the counter makes of
// it (a CCCD, a torn CCCD, a receipt, text), for support staff checking a scanner's output or a
// file a clerk could not use, and for scripts (--json).
#include "CardCommand.h"

#include "dossier/DossierCodePattern.h"
#include "identity/IdentityJson.h"
#include "qr/CodeClassifier.h"
#include "qr/DocumentDecoder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace motcua::cardtool {

namespace {

// lupdate files a string under the class whose tr() is called: this one names the context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(QrCommand)
};

void printQrUsage(QTextStream &err)
{
    err << "usage: motcua-card qr [--json] [--formats QRCode,DataMatrix] [--code-pattern PATTERN]\n"
           "                      [--tracking-url PREFIX] FILE...\n"
           "  FILE            a picture (PNG, JPEG, TIFF...) or a PDF; every page of a PDF is read\n"
           "  --formats       ZXing format names, comma-separated (default QRCode)\n"
           "  --code-pattern  the dossier code pattern receipts carry (default {agencyCode}-{yymmdd}-{seq:04})\n"
           "  --tracking-url  the receipts' tracking URL prefix (a URL with ?ma=CODE is a receipt)\n"
           "exit codes: 0 every file had a code, 2 some file had none, 1 a file could not be read\n";
}

struct QrArguments {
    bool json = false;
    QStringList formats{QStringLiteral("QRCode")};
    QString codePattern = DossierCodePattern::defaultPattern();
    QString trackingUrl;
    QStringList files;
};

std::optional<QrArguments> parseArguments(const QStringList &args, QTextStream &err)
{
    QrArguments parsed;
    const auto fail = [&err](const QString &why) {
        err << "motcua-card qr: " << why << '\n';
        printQrUsage(err);
        return std::nullopt;
    };
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--json")) {
            parsed.json = true;
            continue;
        }
        if (!arg.startsWith(QLatin1String("--")) || arg == QLatin1String("--")) {
            parsed.files += arg == QLatin1String("--") ? args.mid(i + 1) : QStringList{arg};
            if (arg == QLatin1String("--"))
                break;
            continue;
        }
        if (arg != QLatin1String("--formats") && arg != QLatin1String("--code-pattern") && arg != QLatin1String("--tracking-url"))
            return fail(QStringLiteral("unknown argument '%1'").arg(arg));
        if (i + 1 >= args.size())
            return fail(QStringLiteral("%1 needs a value").arg(arg));
        const QString value = args.at(++i);
        if (arg == QLatin1String("--formats"))
            parsed.formats = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        else if (arg == QLatin1String("--code-pattern"))
            parsed.codePattern = value;
        else
            parsed.trackingUrl = value;
    }
    if (parsed.files.isEmpty())
        return fail(QStringLiteral("give at least one file"));
    if (const QStringList unknown = qr::CodeReader::unknownFormats(parsed.formats); !unknown.isEmpty() || parsed.formats.isEmpty())
        return fail(QStringLiteral("unknown code format '%1'").arg(unknown.join(QStringLiteral("', '"))));
    if (const Status valid = DossierCodePattern::validate(parsed.codePattern); !valid)
        return fail(valid.error().message);
    return parsed;
}

QJsonObject errorJson(const Error &error)
{
    return QJsonObject{{QStringLiteral("code"), error.code}, {QStringLiteral("message"), error.message}};
}

QJsonObject codeJson(const qr::CodeInFile &found, const qr::ClassifiedCode &classified)
{
    QJsonArray corners;
    for (const QPoint &corner : found.code.position)
        corners.append(QJsonArray{corner.x(), corner.y()});
    QJsonObject json{
        {QStringLiteral("page"), found.page},
        {QStringLiteral("format"), found.code.format},
        {QStringLiteral("kind"), qr::codeKindName(classified.kind)},
        {QStringLiteral("text"), classified.text},
        {QStringLiteral("position"), corners},
        {QStringLiteral("foundBy"), found.code.foundBy},
    };
    if (classified.identity)
        json.insert(QStringLiteral("identity"), identityDocumentJson(*classified.identity));
    if (classified.problem)
        json.insert(QStringLiteral("problem"), errorJson(*classified.problem));
    if (classified.kind == qr::CodeKind::Receipt) {
        json.insert(QStringLiteral("dossierCode"), classified.dossierCode);
        if (!classified.trackingUrl.isEmpty())
            json.insert(QStringLiteral("trackingUrl"), classified.trackingUrl.toString(QUrl::FullyEncoded));
    }
    return json;
}

void printLine(QTextStream &out, const QString &label, const QString &value)
{
    if (!value.isEmpty())
        out << "    " << QString(label + QLatin1Char(':')).leftJustified(22) << value << '\n';
}

void printCode(QTextStream &out, int number, const qr::CodeInFile &found, const qr::ClassifiedCode &classified)
{
    const QString where = found.page > 0 ? Text::tr("page %1").arg(found.page) + QStringLiteral(", ") : QString();
    out << "  " << Text::tr("Code %1").arg(number) << " (" << where << found.code.format << "): ";
    switch (classified.kind) {
    case qr::CodeKind::CccdIdentity: {
        out << Text::tr("the QR code of a citizen identity card (CCCD)") << '\n';
        const Person &person = classified.identity->person;
        const QList<std::pair<QString, QString>> labels{
            {PersonKey::id12, Text::tr("Personal ID number")},   {PersonKey::oldIdNumber, Text::tr("Old ID number")},
            {PersonKey::fullName, Text::tr("Full name")},        {PersonKey::dateOfBirth, Text::tr("Date of birth")},
            {PersonKey::sex, Text::tr("Sex")},                   {PersonKey::permanentResidence, Text::tr("Permanent address")},
            {PersonKey::idIssueDate, Text::tr("Date of issue")},
        };
        for (const auto &[key, label] : labels)
            if (const auto value = person.get(key))
                printLine(out, label, value->text);
        for (const QString &warning : classified.identity->warnings)
            printLine(out, Text::tr("Note"), warning);
        break;
    }
    case qr::CodeKind::TornCccd:
        out << Text::tr("an incomplete CCCD QR code") << '\n';
        printLine(out, Text::tr("Problem"), classified.problem->message);
        break;
    case qr::CodeKind::Receipt:
        out << Text::tr("a receipt") << '\n';
        printLine(out, Text::tr("Dossier code"), classified.dossierCode);
        printLine(out, Text::tr("Tracking address"), classified.trackingUrl.toString());
        break;
    case qr::CodeKind::Text:
        out << Text::tr("text") << '\n';
        printLine(out, Text::tr("Text"), classified.text);
        break;
    }
}

} // namespace

int runQrCommand(const QStringList &args, CardIo &io)
{
    const std::optional<QrArguments> parsed = parseArguments(args, io.err);
    if (!parsed)
        return OtherError;
    qr::ReaderOptions options;
    options.formats = parsed->formats;
    const qr::DocumentDecoder decoder{qr::CodeReader(options)};
    const qr::CodeClassifier classifier(
        qr::ReceiptCodeRules{DossierCodePattern::toRegularExpression(parsed->codePattern), parsed->trackingUrl});

    bool unreadable = false, withoutCode = false;
    QJsonArray files;
    for (const QString &path : parsed->files) {
        const Result<QList<qr::CodeInFile>> found = decoder.decodeFile(path);
        QJsonObject file{{QStringLiteral("path"), path}};
        if (!found) {
            unreadable = true;
            file.insert(QStringLiteral("error"), errorJson(found.error()));
            io.err << "motcua-card qr: " << found.error().message << " [" << found.error().code << "]\n";
        } else {
            withoutCode = withoutCode || found->isEmpty();
            QJsonArray codes;
            if (!parsed->json)
                io.out << path << '\n';
            if (!parsed->json && found->isEmpty())
                io.out << "  " << Text::tr("No code found.") << '\n';
            int number = 0;
            for (const qr::CodeInFile &code : *found) {
                const qr::ClassifiedCode classified = classifier.classify(code.code.text);
                codes.append(codeJson(code, classified));
                if (!parsed->json)
                    printCode(io.out, ++number, code, classified);
            }
            file.insert(QStringLiteral("codes"), codes);
        }
        files.append(file);
    }
    if (parsed->json)
        io.out << QJsonDocument(files).toJson(QJsonDocument::Indented);
    return unreadable ? OtherError : withoutCode ? SomeFilesWithoutCode : Success;
}

} // namespace motcua::cardtool
