#pragma once
// The CSCA certificates (and CRLs) a workstation trusts for passive authentication: imported by
// an administrator as a folder of PEM/DER files or as an ICAO master list. A value type holding
// DER; PassiveAuth builds the OpenSSL store from it.
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

struct x509_st;

namespace motcua::card {

class TrustStore {
    Q_DECLARE_TR_FUNCTIONS(TrustStore)
public:
    // Every file of `folder`: *.crl as CRLs, *.ml as master lists, anything else as certificates
    // (PEM with one or more, or one DER). A file that is none of these is an error naming it.
    static Result<TrustStore> loadFolder(const QString &folder);

    Status addCertificates(const QByteArray &pemOrDer);
    Status addCrl(const QByteArray &pemOrDer);
    // An ICAO master list (CMS SignedData of a CscaMasterList): its certificates are added.
    // Its own signature is not checked here: importing it is the administrator's act of trust.
    Status addMasterList(const QByteArray &der);

    const QList<QByteArray> &certificates() const { return m_certificates; }
    const QList<QByteArray> &crls() const { return m_crls; }
    bool isEmpty() const { return m_certificates.isEmpty(); }
    // Certificates offered that are not CA certificates (document signers...): not trusted.
    int ignoredCount() const { return m_ignored; }

private:
    void keep(x509_st *certificate);

    QList<QByteArray> m_certificates;
    QList<QByteArray> m_crls;
    int m_ignored = 0;
};

} // namespace motcua::card
