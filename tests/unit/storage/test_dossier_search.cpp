#include "StoreFixture.h"
#include "TestSupport.h"
#include "text/Folding.h"

#include <QHash>

#include <algorithm>

using namespace motcua;
using test::StoreFixture;

namespace {

QStringList codesOf(const Result<QList<DossierSummary>> &result)
{
    REQUIRE(result.ok());
    QStringList codes;
    for (const DossierSummary &s : *result)
        codes.append(s.code);
    return codes;
}

struct SearchFixture : StoreFixture {
    Dossier an, anh, binh, vanAnNguyen;
    SearchFixture()
    {
        an = saved(test::makeDossier(QStringLiteral("Nguyễn Văn An"), QStringLiteral("058090001234")));
        anh = saved(test::makeDossier(QStringLiteral("Nguyễn Văn Anh"), QStringLiteral("058090005678")));
        binh = saved(test::makeDossier(QStringLiteral("Trần Thị Bình"), QStringLiteral("058190000001")));
        vanAnNguyen = saved(test::makeDossier(QStringLiteral("Nguyễn Văn An Khang"), QStringLiteral("058090009999")));
    }
};

} // namespace

TEST_CASE("name search ignores diacritics and case and needs every word")
{
    SearchFixture f;
    CHECK(codesOf(f.store->findByName(QStringLiteral("nguyen van an"))) == QStringList{f.an.code, f.vanAnNguyen.code});
    CHECK(codesOf(f.store->findByName(QStringLiteral("TRAN BINH"))) == QStringList{f.binh.code});
    CHECK(codesOf(f.store->findByName(QStringLiteral("an nguyễn"))).size() == 2);
    CHECK(codesOf(f.store->findByName(QStringLiteral("Nguyen Thi"))).isEmpty());
    CHECK(codesOf(f.store->findByName(QStringLiteral("Nguyen Zzz"))).isEmpty());
    CHECK(codesOf(f.store->findByName(QStringLiteral("   "))).isEmpty());
}

TEST_CASE("an exact full name comes before longer names that contain its words")
{
    SearchFixture f;
    const auto found = codesOf(f.store->findByName(QStringLiteral("Nguyễn Văn An")));
    REQUIRE(found.size() == 2);
    CHECK(found.first() == f.an.code);
}

TEST_CASE("name search accepts decomposed (NFD) input")
{
    SearchFixture f;
    const QString nfd = QStringLiteral("Trần Thị Bình").normalized(QString::NormalizationForm_D);
    CHECK(codesOf(f.store->findByName(nfd)) == QStringList{f.binh.code});
}

TEST_CASE("name search returns summaries with the decrypted holder name")
{
    SearchFixture f;
    auto found = f.store->findByName(QStringLiteral("binh"));
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    const DossierSummary &s = found->first();
    CHECK(s.uuid == f.binh.uuid);
    CHECK(s.holderName == QStringLiteral("Trần Thị Bình"));
    CHECK(s.procedureId == f.binh.procedureId);
    CHECK(s.status == DossierStatus::Received);
    CHECK(s.receivedAt == f.binh.receivedAt);
    CHECK(s.dueDate == f.binh.dueDate);
    CHECK(s.clerk == f.binh.clerk);
}

TEST_CASE("the limit holds")
{
    SearchFixture f;
    CHECK(codesOf(f.store->findByName(QStringLiteral("nguyen"), 2)).size() == 2);
    CHECK(codesOf(f.store->findByName(QStringLiteral("nguyen"), 10)).size() == 3);
}

TEST_CASE("id12 search finds every dossier of a citizen, any party")
{
    SearchFixture f;
    Dossier marriage = test::makeDossier(QStringLiteral("Lê Văn Cường"), QStringLiteral("058090000002"));
    marriage.parties.append(DossierParty{QStringLiteral("spouse"), test::makePerson(QStringLiteral("Trần Thị Bình"), QStringLiteral("058190000001"))});
    const Dossier m = f.saved(marriage);
    CHECK(codesOf(f.store->findById12(QStringLiteral("058190000001"))) == QStringList{m.code, f.binh.code});
    CHECK(codesOf(f.store->findById12(QStringLiteral(" 058090001234 "))) == QStringList{f.an.code});
    CHECK(codesOf(f.store->findById12(QStringLiteral("000000000000"))).isEmpty());
}

TEST_CASE("search tokens follow an edit of the name")
{
    SearchFixture f;
    Dossier edited = f.binh;
    edited.parties.first().person.set(PersonKey::fullName, QStringLiteral("Trần Thị Bích"), FieldSource::Typed);
    f.saved(edited);
    CHECK(codesOf(f.store->findByName(QStringLiteral("tran thi binh"))).isEmpty());
    CHECK(codesOf(f.store->findByName(QStringLiteral("tran thi bich"))) == QStringList{f.binh.code});
    CHECK(f.store->problems() == QStringList());
}

TEST_CASE("code search by prefix, any case")
{
    SearchFixture f;
    const QString prefix = f.an.code.left(f.an.code.size() - 2).toLower(); // "ubnd-pd-yymmdd-00"
    CHECK(codesOf(f.store->findByCode(prefix)).size() == 4);
    CHECK(codesOf(f.store->findByCode(f.binh.code)) == QStringList{f.binh.code});
    CHECK(codesOf(f.store->findByCode(QStringLiteral("UBND_PD"))).isEmpty()); // '_' is not a wildcard
    CHECK(codesOf(f.store->findByCode(QStringLiteral("%"))).isEmpty());
}

TEST_CASE("list gives a day range, newest first")
{
    StoreFixture f;
    Dossier d = test::makeDossier();
    const QDateTime base(QDate(2025, 7, 1), QTime(9, 0));
    QStringList codes;
    for (int day = 0; day < 3; ++day) {
        d.receivedAt = base.addDays(day);
        codes.append(f.saved(d).code);
    }
    CHECK(codesOf(f.store->list(QDate(2025, 7, 2), QDate(2025, 7, 3))) == QStringList{codes[2], codes[1]});
    CHECK(codesOf(f.store->list(QDate(), QDate(2025, 7, 1))) == QStringList{codes[0]});
    CHECK(codesOf(f.store->list(QDate(), QDate(), 2)) == QStringList{codes[2], codes[1]});
}

TEST_CASE("searches stay exact after many saves and edits through the statement cache")
{
    StoreFixture f;
    // 3 x 4 x 5 = 60 names over shared words; each saved 3 times (180 dossiers), some edited.
    const QStringList families{QStringLiteral("Nguyễn"), QStringLiteral("Trần"), QStringLiteral("Lê")};
    const QStringList middles{QStringLiteral("Văn"), QStringLiteral("Thị"), QStringLiteral("Hữu"), QStringLiteral("Đức")};
    const QStringList givens{QStringLiteral("An"), QStringLiteral("Bình"), QStringLiteral("Châu"), QStringLiteral("Dũng"),
                             QStringLiteral("Én")};
    QHash<QString, QStringList> codesByName; // folded full name -> codes, oldest first
    QList<Dossier> all;
    int serial = 0;
    for (int copy = 0; copy < 3; ++copy)
        for (const QString &family : families)
            for (const QString &middle : middles)
                for (const QString &given : givens) {
                    const QString name = family + QLatin1Char(' ') + middle + QLatin1Char(' ') + given;
                    const QString id12 = QStringLiteral("0580%1").arg(++serial, 8, 10, QLatin1Char('0'));
                    all.append(f.saved(test::makeDossier(name, id12)));
                    codesByName[text::folded(name)].append(all.last().code);
                }
    // Edit every seventh dossier's name to a new one: its tokens and counts must follow.
    for (int i = 0; i < all.size(); i += 7) {
        Dossier edited = all[i];
        const QString oldName = text::folded(edited.holderName());
        edited.parties.first().person.set(PersonKey::fullName, QStringLiteral("Phạm Minh Khôi"), FieldSource::Typed);
        all[i] = f.saved(edited);
        codesByName[oldName].removeOne(all[i].code);
        codesByName[text::folded(QStringLiteral("Phạm Minh Khôi"))].append(all[i].code);
    }

    for (auto it = codesByName.cbegin(); it != codesByName.cend(); ++it) {
        QStringList newestFirst = it.value();
        std::reverse(newestFirst.begin(), newestFirst.end());
        INFO(it.key().toStdString());
        CHECK(codesOf(f.store->findByName(it.key())) == newestFirst);
    }
    // A word query: every name with "thi" and "an", i.e. 3 families x 3 copies, minus edited ones.
    qsizetype expected = 0;
    for (auto it = codesByName.cbegin(); it != codesByName.cend(); ++it)
        if (it.key().contains(QStringLiteral(" thi ")) && it.key().endsWith(QStringLiteral(" an")))
            expected += it.value().size();
    CHECK(codesOf(f.store->findByName(QStringLiteral("an thi"))).size() == expected);
    CHECK(codesOf(f.store->findByName(QStringLiteral("an thi"), 4)).size() == 4);
    for (const Dossier &d : std::as_const(all))
        CHECK(codesOf(f.store->findById12(d.holder()->person.text(PersonKey::id12))) == QStringList{d.code});

    // Only name words are counted (see adjustTokenCount), and the counts agree with the tokens.
    CHECK(f.count("SELECT count(*) FROM token_counts") == 3 + 4 + 5 + 3);
    CHECK(f.store->problems() == QStringList());
}

TEST_CASE("list keeps the day range exact at its edges and stops at the limit")
{
    StoreFixture f;
    Dossier d = test::makeDossier();
    // Local midnight and the minute before it: the counter day is the local date.
    const QDate day(2025, 7, 2);
    QStringList codes;
    for (const QDateTime &at : {QDateTime(day.addDays(-1), QTime(23, 59)), QDateTime(day, QTime(0, 0)),
                                QDateTime(day, QTime(23, 59)), QDateTime(day.addDays(1), QTime(0, 0))}) {
        d.receivedAt = at;
        codes.append(f.saved(d).code);
    }
    CHECK(codesOf(f.store->list(day, day)) == QStringList{codes[2], codes[1]});
    CHECK(codesOf(f.store->list(day.addDays(1), QDate())) == QStringList{codes[3]});
    CHECK(codesOf(f.store->list(QDate(), day.addDays(-1))) == QStringList{codes[0]});
    CHECK(codesOf(f.store->list(QDate(), QDate(), 3)) == QStringList{codes[3], codes[2], codes[1]});
    CHECK(codesOf(f.store->list(day.addDays(5), QDate())).isEmpty());
}
