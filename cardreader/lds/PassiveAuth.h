#pragma once
// Passive authentication (ICAO 9303 Part 11 §5.1): the data read is the data the State signed.
// Three checks, each reported: every read file's hash equals the SOD's (a mismatch by name,
// "DG13"); the SOD's CMS signature verifies with its document signer (DS) certificate; the DS
// certificate chains to a trusted CSCA, valid at the time of reading and not revoked.
#include "common/Result.h"
#include "lds/Sod.h"
#include "lds/TrustStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QStringList>

namespace motcua::card {

struct PassiveAuthResult {
    bool hashesOk = false;
    bool signatureOk = false;
    bool chainOk = false;
    QStringList mismatchedFiles; // "DG13": read, listed in the SOD, hash differs
    QStringList unlistedFiles;   // read but not covered by the SOD
    QList<Error> reasons;        // one per failed check, clerk message + code ("pa.hash.mismatch")
    QString signerSubject;       // the DS certificate's subject (an authority, not a citizen)
    QDateTime signerNotBefore;
    QDateTime signerNotAfter;

    bool verified() const { return hashesOk && signatureOk && chainOk; }
};

class PassiveAuth {
    Q_DECLARE_TR_FUNCTIONS(PassiveAuth)
public:
    // `files`: data group number -> the file as read (wrapper tag included); COM is not hashed.
    static PassiveAuthResult verify(const Sod &sod, const QMap<int, QByteArray> &files, const TrustStore &trust,
                                    const QDateTime &at = QDateTime::currentDateTimeUtc());

    static void checkHashes(const Sod &sod, const QMap<int, QByteArray> &files, PassiveAuthResult &result);
    static void checkSignature(const Sod &sod, PassiveAuthResult &result);
    static void checkChain(const Sod &sod, const TrustStore &trust, const QDateTime &at, PassiveAuthResult &result);
};

} // namespace motcua::card
