#include "CardCommand.h"

#include "pcsc/PcscContext.h"
#include "pcsc/PcscError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace motcua::cardtool {
namespace {

int exitCodeFor(const Error &error)
{
    const auto kind = card::pcscErrorKind(error);
    if (kind == card::PcscErrorKind::NoReader || kind == card::PcscErrorKind::NoCard)
        return NoReaderOrCard;
    return OtherError;
}

QJsonObject toJson(const card::ReaderInfo &reader)
{
    return QJsonObject{
        {QStringLiteral("name"), reader.name},
        {QStringLiteral("cardPresent"), reader.cardPresent},
        {QStringLiteral("exclusive"), reader.exclusive},
        {QStringLiteral("mute"), reader.mute},
        {QStringLiteral("atr"), QString::fromLatin1(reader.atr.toHex().toUpper())},
    };
}

} // namespace

int runReadersCommand(const QStringList &args, CardIo &io)
{
    const bool json = args.contains(QStringLiteral("--json"));
    for (const QString &arg : args) {
        if (arg != QStringLiteral("--json")) {
            io.err << "motcua-card readers: unknown argument '" << arg << "'\n";
            return Usage;
        }
    }
    auto context = card::PcscContext::establish();
    auto readers = context ? (*context)->readers() : Result<QList<card::ReaderInfo>>(context.error());
    if (!readers) {
        io.err << readers.error().message << '\n' << readers.error().detail << '\n';
        return exitCodeFor(readers.error());
    }
    bool anyCard = false;
    QJsonArray list;
    for (const card::ReaderInfo &reader : *readers) {
        anyCard = anyCard || reader.cardPresent;
        if (json) {
            list.append(toJson(reader));
            continue;
        }
        io.out << reader.name << '\t';
        if (reader.cardPresent)
            io.out << QCoreApplication::translate("ReadersCommand", "card") << '\t' << QString::fromLatin1(reader.atr.toHex(' ').toUpper());
        else
            io.out << QCoreApplication::translate("ReadersCommand", "no card");
        io.out << '\n';
    }
    if (json)
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("readers"), list}}).toJson(QJsonDocument::Indented);
    if (readers->isEmpty())
        io.err << card::pcscError(card::PcscErrorKind::NoReader, QStringLiteral("SCardListReaders: empty")).message << '\n';
    else if (!anyCard)
        io.err << card::pcscError(card::PcscErrorKind::NoCard, QStringLiteral("no reader has a card")).message << '\n';
    return anyCard ? Success : NoReaderOrCard;
}

int runWaitCommand(const QStringList &args, CardIo &io)
{
    QString reader;
    int timeoutSeconds = 30;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const bool hasValue = i + 1 < args.size();
        if (args.at(i) == QStringLiteral("--reader") && hasValue) {
            reader = args.at(++i);
        } else if (args.at(i) == QStringLiteral("--timeout") && hasValue) {
            bool ok = false;
            timeoutSeconds = args.at(++i).toInt(&ok);
            if (!ok || timeoutSeconds < 0) {
                io.err << "motcua-card wait: --timeout takes a number of seconds\n";
                return Usage;
            }
        } else {
            io.err << "motcua-card wait: unknown argument '" << args.at(i) << "'\n";
            return Usage;
        }
    }
    auto context = card::PcscContext::establish();
    auto found = context ? (*context)->waitForCard(timeoutSeconds * 1000, reader) : Result<card::ReaderInfo>(context.error());
    if (!found) {
        io.err << found.error().message << '\n' << found.error().detail << '\n';
        const auto kind = card::pcscErrorKind(found.error());
        return kind == card::PcscErrorKind::Timeout ? NoReaderOrCard : exitCodeFor(found.error());
    }
    io.out << found->name << '\t' << QString::fromLatin1(found->atr.toHex(' ').toUpper()) << '\n';
    return Success;
}

} // namespace motcua::cardtool
