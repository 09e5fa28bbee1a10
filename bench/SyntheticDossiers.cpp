#include "SyntheticDossiers.h"

#include "identity/Person.h"

#include <QCryptographicHash>
#include <QTime>

#include <random>
#include <utility>
#include <vector>

namespace motcua::bench {
namespace {

// The 25 priority procedures' ids (resources/procedures), so that report rows look real.
const char *const kProcedures[] = {"xac-nhan-so-cmnd", "cap-lai-doi-the-can-cuoc", "dang-ky-thuong-tru",
    "dang-ky-tam-tru", "khai-bao-tam-vang", "thong-bao-luu-tru", "dang-ky-bien-so-mo-to",
    "nop-phat-nguoi-giao-thong", "dang-ky-khai-sinh", "dang-ky-khai-tu", "dang-ky-ket-hon",
    "cap-ho-chieu-pho-thong", "lam-con-dau-moi", "lam-con-dau-thu-nho-dau-noi-dau-xi",
    "lien-thong-khai-sinh-thuong-tru-bhyt", "lien-thong-khai-tu-xoa-thuong-tru-mai-tang",
    "gia-han-the-bhyt-ho-gia-dinh", "dang-ky-thue-ca-nhan", "dang-ky-bien-dong-dat-dai",
    "cap-doi-cap-lai-giay-phep-lai-xe", "dang-ky-thi-tot-nghiep-thpt", "cap-phieu-ly-lich-tu-phap",
    "tro-cap-that-nghiep", "cap-dien-moi-ha-ap", "thay-doi-chu-the-hop-dong-mua-ban-dien"};

template <typename Rng, std::size_t N>
const char *pickUniform(const char *const (&items)[N], Rng &rng)
{
    return items[std::uniform_int_distribution<std::size_t>(0, N - 1)(rng)];
}

} // namespace

SyntheticDossiers::SyntheticDossiers(qint64 rows, int days, int units, quint64 seed)
    : m_rows(rows), m_days(qMax(1, days)), m_units(qMax(1, units)), m_seed(seed), m_firstDay(2024, 3, 4),
      m_population(seed)
{
}

quint64 SyntheticDossiers::rowSeed(qint64 index, quint64 salt) const
{
    // splitmix64 of (seed, index, salt): independent streams per row and per purpose.
    quint64 z = m_seed ^ (quint64(index) * 0x9e3779b97f4a7c15ull) ^ (salt << 56);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

Person SyntheticDossiers::holderOf(qint64 index) const
{
    return m_population.citizen(index);
}

QDate SyntheticDossiers::dayOf(qint64 index) const
{
    return m_firstDay.addDays(index % m_days);
}

QString SyntheticDossiers::unitOf(qint64 index) const
{
    return QStringLiteral("UNIT-%1").arg((index / m_days) % m_units + 1, 2, 10, QLatin1Char('0'));
}

QStringList SyntheticDossiers::units() const
{
    QStringList out;
    for (int u = 1; u <= m_units; ++u)
        out.append(QStringLiteral("UNIT-%1").arg(u, 2, 10, QLatin1Char('0')));
    return out;
}

QString SyntheticDossiers::holderName(qint64 index) const
{
    return holderOf(index).text(PersonKey::fullName);
}

QString SyntheticDossiers::holderId12(qint64 index) const
{
    return holderOf(index).text(PersonKey::id12);
}

Dossier SyntheticDossiers::make(qint64 index) const
{
    const Person person = holderOf(index);
    std::mt19937_64 rng(rowSeed(index, 2));

    Dossier d;
    d.procedureId = QString::fromLatin1(pickUniform(kProcedures, rng));
    d.unit = unitOf(index);
    d.agencyCode = QStringLiteral("H%1").arg(d.unit.right(2));
    d.workstation = d.unit + QStringLiteral("-WS1");
    d.clerk = QStringLiteral("clerk%1").arg(std::uniform_int_distribution<int>(1, 4)(rng));
    const int minute = std::uniform_int_distribution<int>(0, 9 * 60)(rng); // 07:30 to 16:30
    d.receivedAt = QDateTime(dayOf(index), QTime(7, 30).addSecs(minute * 60)).toUTC();
    d.dueDate = dayOf(index).addDays(std::uniform_int_distribution<int>(1, 15)(rng));
    d.parties.append(DossierParty{kHolderRole, person});
    d.fields.insert(QStringLiteral("holder.fullName"), FieldValue{person.text(PersonKey::fullName), FieldSource::PopulationRegistry, {}});
    d.fields.insert(QStringLiteral("holder.id12"), FieldValue{person.text(PersonKey::id12), FieldSource::PopulationRegistry, {}});
    d.fields.insert(QStringLiteral("reason"), FieldValue{QStringLiteral("Theo yêu cầu của công dân"), FieldSource::Typed, {}});
    const int attachments = std::uniform_int_distribution<int>(1, 3)(rng);
    for (int a = 0; a < attachments; ++a) {
        Attachment att;
        att.documentId = QStringLiteral("doc-%1").arg(a + 1);
        att.mimeType = QStringLiteral("application/pdf");
        att.pages = std::uniform_int_distribution<int>(1, 6)(rng);
        att.originalSeen = true;
        if (std::bernoulli_distribution(0.8)(rng)) {
            const QByteArray seed = QByteArray::number(index) + '/' + QByteArray::number(a);
            att.sha256 = QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex());
            att.size = std::uniform_int_distribution<qint64>(80'000, 3'000'000)(rng);
            att.fileName = QStringLiteral("scan-%1.pdf").arg(a + 1);
        }
        d.attachments.append(att);
    }
    d.history.append(StatusChange{DossierStatus::Received, d.receivedAt, d.clerk, {}});
    return d;
}

} // namespace motcua::bench
