#pragma once
// motcua-card's subcommands, one function each; main.cpp dispatches.
#include <QStringList>
#include <QTextStream>

namespace motcua::cardtool {

// The exit codes of motcua-card (issue 3): scripts and the integration tests rely on them.
enum ExitCode {
    Success = 0,
    OtherError = 1,
    ReadNotVerified = 2,
    SomeFilesWithoutCode = 2, // motcua-card qr (issue 4): a file was read but held no code
    AccessRefused = 3,
    NoReaderOrCard = 4,
    CardRemoved = 5,
    Usage = 64,
};

struct CardIo {
    QTextStream &out;
    QTextStream &err;
};

// motcua-card readers [--json]: every reader, whether a card is present, and its ATR.
int runReadersCommand(const QStringList &args, CardIo &io);

// motcua-card wait [--reader NAME] [--timeout SECONDS]: blocks until a card is present (no
// polling: SCardGetStatusChange); for scripts (scripts/card-services) and the demo.
int runWaitCommand(const QStringList &args, CardIo &io);

// motcua-card read [--reader NAME] (--can DIGITS | --id ID12 | --mrz-key DOC+DOB+EXPIRY | --qr TEXT)
//                  [--csca PATH]... [--json] [--photo FILE] [--no-photo]
// Reads and verifies the card; exit code per ExitCode (usage errors: OtherError, as the issue says).
int runReadCommand(const QStringList &args, CardIo &io);

// motcua-card qr [--json] [--formats QRCode,DataMatrix] [--code-pattern P] [--tracking-url PREFIX] FILE...
// The codes in pictures and PDFs, classified (CCCD, torn CCCD, receipt, text). Exit 0 when every
// file had a code, SomeFilesWithoutCode when one had none, OtherError when one could not be read
// (or on a usage error).
int runQrCommand(const QStringList &args, CardIo &io);

} // namespace motcua::cardtool
