// The compiled catalogs: Vietnamese by default, English plurals on request, and the committed
// Vietnamese catalog complete (no unfinished entry, every placeholder kept).
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

// installTranslations() parents its translators to the application: remove them again after
// each case so that the order of the cases does not matter.
class InstalledLanguage
{
public:
    explicit InstalledLanguage(const QString &language) : m_locale(QLocale()), m_loaded(motcua::installTranslations(language)) {}
    ~InstalledLanguage()
    {
        const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly);
        for (QTranslator *translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(m_locale);
    }
    InstalledLanguage(const InstalledLanguage &) = delete;
    InstalledLanguage &operator=(const InstalledLanguage &) = delete;
    bool loaded() const { return m_loaded; }

private:
    QLocale m_locale;
    bool m_loaded;
};

QString tr(const char *context, const char *source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(?:n|\\d+)|</?\\w+>"));
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

struct CatalogEntry
{
    QString context;
    QString source;
    bool unfinished = false;
    QStringList translations; // one per numerus form, or the single translation
};

QList<CatalogEntry> readCatalog(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<CatalogEntry> entries;
    QString context;
    CatalogEntry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            entry = CatalogEntry{context, QString(), false, {}};
        } else if (name == QLatin1String("source")) {
            entry.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            entry.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            QString direct;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    direct += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    entry.translations << xml.readElementText();
            }
            if (entry.translations.isEmpty())
                entry.translations << direct;
            entries << entry;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return entries;
}

} // namespace

TEST_CASE("Vietnamese is loaded from the embedded catalog and covers every module", "[translations]")
{
    const InstalledLanguage vi(QStringLiteral("vi"));
    REQUIRE(vi.loaded());

    CHECK(tr("DossierStatus", "Received") == QStringLiteral("Đã tiếp nhận"));
    CHECK(tr("DossierStatus", "Result ready") == QStringLiteral("Đã có kết quả"));
    CHECK(tr("CccdQr", "The QR code does not start with a valid personal ID number: %1").arg(QStringLiteral("X"))
          == QStringLiteral("Mã QR không bắt đầu bằng một số định danh cá nhân hợp lệ: X"));
    CHECK(tr("PersonalId", "The personal ID number must have 12 digits")
          == QStringLiteral("Số định danh cá nhân phải có 12 chữ số"));
    CHECK(tr("HolidayCalendar", "Lunar New Year (Tết)") == QStringLiteral("Tết Nguyên đán"));
    CHECK(tr("BlobStore", "The stored document was not found.") == QStringLiteral("Không tìm thấy giấy tờ đã lưu."));
    // The same English word is a status in one place and a column heading in another.
    CHECK(tr("motcua::app::DossierTableModel", "Received") == QStringLiteral("Ngày tiếp nhận"));
    CHECK(tr("motcua::app::DossierTableModel", "Appointment") == QStringLiteral("Ngày hẹn trả"));
    CHECK(tr("main", "The workstation's data folder.") == QStringLiteral("Thư mục dữ liệu của máy trạm."));
}

TEST_CASE("Vietnamese numerus strings have one form for every count", "[translations]")
{
    const InstalledLanguage vi(QStringLiteral("vi"));
    REQUIRE(vi.loaded());
    const char *context = "motcua::app::ProcedureDetails";
    const char *source = "Processing time: %n working day(s)";
    CHECK(tr(context, source, 1) == QStringLiteral("Thời hạn giải quyết: 1 ngày làm việc"));
    CHECK(tr(context, source, 15) == QStringLiteral("Thời hạn giải quyết: 15 ngày làm việc"));
    CHECK(tr("FormValidator", "At most %n characters", 100) == QStringLiteral("Tối đa 100 ký tự"));
}

TEST_CASE("English shows the source text, with real singular and plural forms", "[translations]")
{
    const InstalledLanguage en(QStringLiteral("en"));
    REQUIRE(en.loaded());
    // Not translated in the English catalog: the source text, never an empty string.
    CHECK(tr("DossierStatus", "Received") == QStringLiteral("Received"));
    CHECK(tr("CccdQr", "The QR code holds no issue date") == QStringLiteral("The QR code holds no issue date"));

    const char *context = "motcua::app::ProcedureDetails";
    CHECK(tr(context, "%n working day(s)", 1) == QStringLiteral("1 working day"));
    CHECK(tr(context, "%n working day(s)", 0) == QStringLiteral("0 working days"));
    CHECK(tr(context, "Processing time: %n working day(s)", 7) == QStringLiteral("Processing time: 7 working days"));
    CHECK(tr("motcua::app::MainWindow", "%n procedure file(s) could not be loaded and were skipped; see the log.", 1)
          == QStringLiteral("1 procedure file could not be loaded and was skipped; see the log."));
}

TEST_CASE("Without a catalog the program keeps its English source text", "[translations]")
{
    const InstalledLanguage none(QStringLiteral("xx"));
    CHECK_FALSE(none.loaded());
    CHECK(tr("DossierStatus", "Received") == QStringLiteral("Received"));
}

TEST_CASE("The committed Vietnamese catalog is complete", "[translations]")
{
    const QList<CatalogEntry> entries =
        readCatalog(motcua::test::sourceDir() + QStringLiteral("/translations/motcua_vi.ts"));
    REQUIRE(entries.size() > 100);
    for (const CatalogEntry &entry : entries) {
        INFO(entry.context << ": " << entry.source);
        CHECK_FALSE(entry.unfinished);
        // Vietnamese has no grammatical plural: exactly one form.
        REQUIRE(entry.translations.size() == 1);
        const QString translation = entry.translations.constFirst();
        CHECK_FALSE(translation.trimmed().isEmpty());
        CHECK(placeholders(translation) == placeholders(entry.source));
    }
}

TEST_CASE("The committed English catalog holds English only, with both plural forms", "[translations]")
{
    // A numerus entry filled from the Vietnamese catalog once showed English users Vietnamese.
    static const QRegularExpression vietnameseLetter(
        QStringLiteral("[ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]"));
    const QList<CatalogEntry> entries =
        readCatalog(motcua::test::sourceDir() + QStringLiteral("/translations/motcua_en.ts"));
    REQUIRE(entries.size() > 100);
    int numerus = 0;
    for (const CatalogEntry &entry : entries) {
        INFO(entry.context << ": " << entry.source);
        for (const QString &translation : entry.translations)
            CHECK_FALSE(translation.contains(vietnameseLetter));
        if (entry.source.contains(QStringLiteral("%n"))) {
            ++numerus;
            CHECK_FALSE(entry.unfinished);
            REQUIRE(entry.translations.size() == 2); // one, other
            for (const QString &translation : entry.translations)
                CHECK(placeholders(translation) == placeholders(entry.source));
        }
    }
    CHECK(numerus > 5);
}
