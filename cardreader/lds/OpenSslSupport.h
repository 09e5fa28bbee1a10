#pragma once
// Internal to lds: owning pointers for OpenSSL objects and the last OpenSSL error as text (for
// Error::detail only).
#include <QByteArray>
#include <QString>

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

namespace motcua::card::ossl {

template <auto Free>
struct Deleter {
    template <typename T>
    void operator()(T *p) const { Free(p); }
};

using Bio = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using Cms = std::unique_ptr<CMS_ContentInfo, Deleter<CMS_ContentInfo_free>>;
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using KeyContext = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509_free>>;
using Crl = std::unique_ptr<X509_CRL, Deleter<X509_CRL_free>>;
using Store = std::unique_ptr<X509_STORE, Deleter<X509_STORE_free>>;
using StoreContext = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX_free>>;
inline void freeCertificates(STACK_OF(X509) *certificates) { sk_X509_pop_free(certificates, X509_free); }
using CertStack = std::unique_ptr<STACK_OF(X509), Deleter<freeCertificates>>;
using MdContext = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX_free>>;

// Drains OpenSSL's error queue into one line (so that one failure does not leak into the next).
QString lastError();

inline Bio memoryBio(const QByteArray &data)
{
    return Bio(BIO_new_mem_buf(data.constData(), int(data.size())));
}

// DER of an object through its i2d function; empty on failure.
template <typename T, typename F>
QByteArray toDer(T *object, F i2d)
{
    const int length = i2d(object, nullptr);
    if (length <= 0)
        return {};
    QByteArray out(length, Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(out.data());
    i2d(object, &p);
    return out;
}

Cert certificateFromDer(const QByteArray &der);
Key publicKeyFromDer(const QByteArray &spki);

} // namespace motcua::card::ossl
