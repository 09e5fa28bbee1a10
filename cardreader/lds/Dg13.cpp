#include "lds/Dg13.h"

#include "identity/Sex.h"
#include "lds/Der.h"
#include "lds/LdsFile.h"
#include "text/Folding.h"

namespace motcua::card {

namespace {

constexpr int kDg13 = 13;

using Items = QList<der::Item>;

// A SEQUENCE holding an OID or a SET is the header around the entries, not an entry.
bool isContainer(const Items &kids)
{
    for (const der::Item &kid : kids)
        if (kid.tag == der::Tag::oid || kid.tag == der::Tag::set)
            return true;
    return false;
}

void collectEntries(const Items &items, int depth, Items &entries)
{
    if (depth > der::kMaxDepth)
        return;
    for (const der::Item &item : items) {
        if (item.tag != der::Tag::sequence && item.tag != der::Tag::set)
            continue;
        const auto kids = der::children(item);
        if (!kids || kids->isEmpty())
            continue;
        if (item.tag == der::Tag::set || isContainer(*kids))
            collectEntries(*kids, depth + 1, entries);
        else if (kids->first().tag == der::Tag::integer)
            entries.append(item);
    }
}

// The first string in a value, however deep the card nests it.
QString firstText(const der::Item &item, int depth = 0)
{
    if (const auto text = der::toText(item))
        return text->trimmed();
    if (!item.isConstructed() || depth > der::kMaxDepth)
        return {};
    const auto kids = der::children(item);
    if (!kids)
        return {};
    for (const der::Item &kid : *kids)
        if (QString text = firstText(kid, depth + 1); !text.isEmpty())
            return text;
    return {};
}

QString firstText(const Items &values)
{
    for (const der::Item &value : values)
        if (QString text = firstText(value); !text.isEmpty())
            return text;
    return {};
}

QDate parseDate(const QString &text)
{
    for (const char *format : {"dd/MM/yyyy", "d/M/yyyy", "ddMMyyyy", "dd-MM-yyyy", "dd.MM.yyyy", "yyyy-MM-dd"}) {
        const QDate date = QDate::fromString(text, QLatin1String(format));
        if (date.isValid())
            return date;
    }
    return {};
}

bool meansNoExpiry(const QString &text)
{
    const QString folded = text::folded(text);
    return folded.contains(QLatin1String("khong")) || folded.contains(QLatin1String("thoi han"))
           || folded.contains(QLatin1String("vo thoi han")) || folded == QLatin1String("none");
}

// Field 13: one slot per parent (father, then mother), either as sibling SEQUENCEs or wrapped
// in one more SEQUENCE; a slot may be empty when a parent is unknown.
QStringList parentNames(const Items &values)
{
    Items parentSlots = values;
    if (parentSlots.size() == 1 && parentSlots.first().tag == der::Tag::sequence) {
        const auto inner = der::children(parentSlots.first());
        bool allConstructed = inner && !inner->isEmpty();
        if (inner)
            for (const der::Item &item : *inner)
                allConstructed = allConstructed && item.isConstructed();
        if (allConstructed)
            parentSlots = *inner;
    }
    QStringList names;
    for (const der::Item &parentSlot : parentSlots)
        names.append(firstText(parentSlot));
    return names;
}

class Dg13Mapper {
public:
    explicit Dg13Mapper(Dg13 &dg13) : m(dg13) {}

    void map(int number, const Items &values)
    {
        const QString text = firstText(values);
        switch (number) {
        case Dg13Field::id12: set(PersonKey::id12, text); break;
        case Dg13Field::fullName: set(PersonKey::fullName, text); break;
        case Dg13Field::dateOfBirth: setDate(PersonKey::dateOfBirth, text, Dg13::tr("date of birth")); break;
        case Dg13Field::sex: setSex(text); break;
        case Dg13Field::nationality: set(PersonKey::nationality, text); break;
        case Dg13Field::ethnicity: set(PersonKey::ethnicity, text); break;
        case Dg13Field::religion: set(PersonKey::religion, text); break;
        case Dg13Field::placeOfOrigin: set(PersonKey::placeOfOrigin, text); break;
        case Dg13Field::residence: set(PersonKey::permanentResidence, text); break;
        case Dg13Field::identifyingMarks: set(PersonKey::identifyingMarks, text); break;
        case Dg13Field::issueDate: setDate(PersonKey::idIssueDate, text, Dg13::tr("issue date")); break;
        case Dg13Field::expiryDate: setExpiry(text); break;
        case Dg13Field::parents: {
            const QStringList names = parentNames(values);
            set(PersonKey::fatherName, names.value(0));
            set(PersonKey::motherName, names.value(1));
            break;
        }
        case Dg13Field::spouse: set(PersonKey::spouseName, text); break;
        case Dg13Field::oldIdNumber: set(PersonKey::oldIdNumber, text); break;
        case Dg13Field::otherIdentifier: m.otherIdentifier = text; break;
        default: m.unknownFields.append(number); break;
        }
    }

private:
    void set(const QString &key, const QString &value) { m.person.set(key, value, FieldSource::Chip); }

    void setDate(const QString &key, const QString &text, const QString &label)
    {
        if (text.isEmpty())
            return;
        const QDate date = parseDate(text);
        if (date.isValid())
            set(key, date.toString(Qt::ISODate));
        else
            m.warnings.append(Dg13::tr("The chip's %1 is not a date this workstation can read.").arg(label));
    }

    void setSex(const QString &text)
    {
        const QString sex = Sex::fromText(text);
        if (sex.isEmpty() && !text.isEmpty())
            m.warnings.append(Dg13::tr("The chip's sex field holds neither Nam nor Nữ."));
        set(PersonKey::sex, sex);
    }

    void setExpiry(const QString &text)
    {
        if (text.isEmpty())
            return;
        if (const QDate date = parseDate(text); date.isValid())
            set(PersonKey::idExpiryDate, date.toString(Qt::ISODate));
        else if (meansNoExpiry(text))
            m.noExpiry = true;
        else
            m.warnings.append(Dg13::tr("The chip's expiry date is neither a date nor \"no expiry\"."));
    }

    Dg13 &m;
};

} // namespace

Result<Dg13> Dg13::parse(const QByteArray &bytes)
{
    using lds::LdsError;
    const auto file = der::readFirst(bytes);
    if (!file || file->tag != lds::fileTag(kDg13))
        return LdsError::damaged(kDg13, QStringLiteral("wrapper"), QStringLiteral("no tag 6D"));
    const auto top = der::children(*file);
    if (!top)
        return LdsError::damaged(kDg13, QStringLiteral("tlv"), QStringLiteral("malformed TLV inside 6D"));
    Items entries;
    collectEntries(*top, 0, entries);
    if (entries.isEmpty())
        return LdsError::damaged(kDg13, QStringLiteral("empty"), QStringLiteral("no field entries"));

    Dg13 dg13;
    Dg13Mapper mapper(dg13);
    for (const der::Item &entry : entries) {
        Items values = *der::children(entry); // collectEntries parsed it already
        const auto number = der::toInteger(values.takeFirst());
        if (!number || *number < 0 || *number > 0xffff || dg13.rawFields.contains(int(*number)))
            continue; // a repeated number keeps the first, as the order on the card is not meaningful
        QByteArray raw;
        for (const der::Item &value : values)
            raw += value.encoded;
        dg13.rawFields.insert(int(*number), raw);
        mapper.map(int(*number), values);
    }
    if (dg13.rawFields.isEmpty())
        return LdsError::damaged(kDg13, QStringLiteral("empty"), QStringLiteral("no numbered field"));
    return dg13;
}

} // namespace motcua::card
