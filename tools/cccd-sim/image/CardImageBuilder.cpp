#include "CardImageBuilder.h"

#include "identity/AccessKeys.h"
#include "lds/CertificateIssuer.h"
#include "lds/FaceImageCodec.h"
#include "lds/SodWriter.h"
#include "lds/SyntheticFace.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace motcua::sim {

namespace {

// The same citizen gets the same face on every run.
quint64 faceSeed(const QString &id12)
{
    const QByteArray digest = QCryptographicHash::hash(id12.toLatin1(), QCryptographicHash::Sha256);
    return qFromBigEndian<quint64>(digest.constData());
}

Result<QByteArray> faceFile(const Citizen &citizen, const CardImageOptions &options)
{
    const QImage face = card::syntheticFace(faceSeed(citizen.person.text(PersonKey::id12)));
    const Result<QByteArray> encoded = options.jpeg2000Face ? card::FaceImageCodec::encodeJpeg2000(face)
                                                            : card::FaceImageCodec::encodeJpeg(face);
    if (!encoded)
        return encoded.error();
    return card::LdsWriter::dg2(*encoded, options.jpeg2000Face ? card::FaceImageFormat::Jpeg2000 : card::FaceImageFormat::Jpeg,
                                face.width(), face.height());
}

QByteArray toByteArray(const SecretBytes &key)
{
    return key.toByteArray(); // CardImage holds the keys as the applet loads them
}

} // namespace

Result<CardImage> CardImageBuilder::build(const Citizen &citizen, const TestPki &pki, const CardImageOptions &options)
{
    using card::CertificateIssuer;
    using card::LdsWriter;
    CardImage image;
    const Person &person = citizen.person;
    Result<QString> mrz = LdsWriter::cccdTd1Mrz(person, citizen.expiryDate);
    if (!mrz)
        return mrz.error();
    const ExpiryDate expiry = citizen.expiryDate.isValid() ? ExpiryDate::on(citizen.expiryDate) : ExpiryDate::never();
    Result<QString> mrzInformation = AccessKeys::mrzInformation(citizen.documentNumber, person.date(PersonKey::dateOfBirth), expiry);
    Result<QString> can = AccessKeys::canFromId12(person.text(PersonKey::id12));
    if (!mrzInformation)
        return mrzInformation.error();
    if (!can)
        return can.error();
    Result<SecretBytes> caKey = CertificateIssuer::generateEcKey(options.chipKeyCurve);
    Result<SecretBytes> aaKey = CertificateIssuer::generateEcKey(options.chipKeyCurve);
    if (!caKey)
        return caKey.error();
    if (!aaKey)
        return aaKey.error();
    Result<QByteArray> caPublic = CertificateIssuer::publicKeyInfo(*caKey);
    Result<QByteArray> aaPublic = CertificateIssuer::publicKeyInfo(*aaKey);
    Result<QByteArray> dg2 = faceFile(citizen, options);
    if (!caPublic || !aaPublic)
        return !caPublic ? caPublic.error() : aaPublic.error();
    if (!dg2)
        return dg2.error();

    card::Dg13Options dg13Options;
    dg13Options.parents = options.parents;
    const QMap<int, QByteArray> groups{{1, LdsWriter::dg1(*mrz)}, {2, *dg2}, {13, LdsWriter::dg13(person, dg13Options)},
                                       {14, LdsWriter::dg14(*caPublic)}, {15, LdsWriter::dg15(*aaPublic)}};
    Result<QByteArray> sod = card::SodWriter::sod(groups, pki.dsKey, pki.dsCertificate);
    if (!sod)
        return sod.error();
    image.files.insert(Fid::cardAccess, LdsWriter::cccdCardAccess());
    image.files.insert(Fid::com, LdsWriter::efCom(groups.keys()));
    image.files.insert(Fid::dg1, groups[1]);
    image.files.insert(Fid::dg2, groups[2]);
    image.files.insert(Fid::dg13, groups[13]);
    image.files.insert(Fid::dg14, groups[14]);
    image.files.insert(Fid::dg15, groups[15]);
    image.files.insert(Fid::sod, *sod);
    image.mrzInformation = *mrzInformation;
    image.can = *can;
    image.chipAuthenticationKey = toByteArray(*caKey);
    image.activeAuthenticationKey = toByteArray(*aaKey);
    return image;
}

} // namespace motcua::sim
