#pragma once
// Writes EF.SOD: the LDSSecurityObject (SHA-256 of every data group) in a CMS SignedData
// signed by a document signer, as a chip is personalised.
#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>

namespace motcua::card {

class SodWriter {
    Q_DECLARE_TR_FUNCTIONS(SodWriter)
public:
    // `dataGroups`: number -> the file as the chip serves it (wrapper tag included).
    static QByteArray securityObject(const QMap<int, QByteArray> &dataGroups);
    static Result<QByteArray> sod(const QMap<int, QByteArray> &dataGroups, const SecretBytes &signerKeyPkcs8,
                                  const QByteArray &signerCertificate);
};

} // namespace motcua::card
