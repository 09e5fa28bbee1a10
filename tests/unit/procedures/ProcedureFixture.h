#pragma once
// A valid catalog file built in code, and a way to break it at a JSON path, so that each test
// states exactly what it changed ("form.sections[1].fields[0].binding") and what it expects.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

namespace motcua::test {

inline QJsonObject text(const QString &vi, const QString &en = QString())
{
    QJsonObject t{{QStringLiteral("vi"), vi}};
    if (!en.isEmpty())
        t.insert(QStringLiteral("en"), en);
    return t;
}

inline QJsonObject field(const QString &id, const QString &type, QJsonObject extra = {})
{
    extra.insert(QStringLiteral("id"), id);
    extra.insert(QStringLiteral("label"), text(id));
    extra.insert(QStringLiteral("type"), type);
    return extra;
}

inline QJsonArray options(const QStringList &values)
{
    QJsonArray list;
    for (const QString &value : values)
        list.append(QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("label"), text(value)}});
    return list;
}

inline QJsonObject party(const QString &role, bool required, bool hasCard)
{
    return {{QStringLiteral("role"), role}, {QStringLiteral("name"), text(role, role)},
            {QStringLiteral("required"), required}, {QStringLiteral("hasCard"), hasCard}};
}

inline QJsonObject agency(const QString &sector = QStringLiteral("justice"))
{
    return {{QStringLiteral("sector"), sector}, {QStringLiteral("name"), text(QStringLiteral("Ủy ban nhân dân cấp xã"))},
            {QStringLiteral("level"), QStringLiteral("commune")}};
}

// A birth-registration-like procedure: three parties, one field of every type, bound fields,
// a requiredWhen field and document.
//   sections[0] child:     child.fullName, child.dateOfBirth, child.sex, child.weightKg
//   sections[1] mother:    mother.fullName, mother.id12, mother.dateOfBirth (all bound)
//   sections[2] requester: requester.fullName, .id12, .sex, .phone, .email, .relationship,
//                          .relationshipOther, .residence, .taxCode, .oldId, .code, .agreed
inline QJsonObject validProcedure(int number = 9, const QString &id = QStringLiteral("dang-ky-khai-sinh"))
{
    const auto yes = QStringLiteral("required");
    const QJsonArray child{
        field(QStringLiteral("child.fullName"), QStringLiteral("text"), {{yes, true}, {QStringLiteral("maxLength"), 20}}),
        field(QStringLiteral("child.dateOfBirth"), QStringLiteral("date"), {{yes, true}, {QStringLiteral("notAfterToday"), true}}),
        field(QStringLiteral("child.sex"), QStringLiteral("choice"), {{yes, true}, {QStringLiteral("options"), options({QStringLiteral("male"), QStringLiteral("female")})}}),
        field(QStringLiteral("child.weightKg"), QStringLiteral("number"), {{QStringLiteral("min"), 0.5}, {QStringLiteral("max"), 8}}),
    };
    const QJsonArray mother{
        field(QStringLiteral("mother.fullName"), QStringLiteral("text"), {{QStringLiteral("binding"), QStringLiteral("mother.fullName")}}),
        field(QStringLiteral("mother.id12"), QStringLiteral("id12"), {{QStringLiteral("binding"), QStringLiteral("mother.id12")}}),
        field(QStringLiteral("mother.dateOfBirth"), QStringLiteral("date"),
              {{QStringLiteral("binding"), QStringLiteral("mother.dateOfBirth")}, {QStringLiteral("notAfterToday"), true}}),
    };
    const QJsonArray requester{
        field(QStringLiteral("requester.fullName"), QStringLiteral("text"), {{yes, true}, {QStringLiteral("binding"), QStringLiteral("requester.fullName")}}),
        field(QStringLiteral("requester.id12"), QStringLiteral("id12"), {{yes, true}, {QStringLiteral("binding"), QStringLiteral("requester.id12")}}),
        field(QStringLiteral("requester.sex"), QStringLiteral("choice"),
              {{QStringLiteral("binding"), QStringLiteral("requester.sex")}, {QStringLiteral("options"), options({QStringLiteral("male"), QStringLiteral("female")})}}),
        field(QStringLiteral("requester.phone"), QStringLiteral("phone"), {{QStringLiteral("binding"), QStringLiteral("requester.phone")}}),
        field(QStringLiteral("requester.email"), QStringLiteral("email")),
        field(QStringLiteral("requester.relationship"), QStringLiteral("choice"),
              {{yes, true}, {QStringLiteral("options"), options({QStringLiteral("mother"), QStringLiteral("father"), QStringLiteral("other")})}}),
        field(QStringLiteral("requester.relationshipOther"), QStringLiteral("text"),
              {{QStringLiteral("requiredWhen"), QJsonObject{{QStringLiteral("field"), QStringLiteral("requester.relationship")}, {QStringLiteral("equals"), QStringLiteral("other")}}}}),
        field(QStringLiteral("requester.residence"), QStringLiteral("address"), {{QStringLiteral("binding"), QStringLiteral("requester.permanentResidence")}}),
        field(QStringLiteral("requester.taxCode"), QStringLiteral("taxCode")),
        field(QStringLiteral("requester.oldId"), QStringLiteral("cmnd9"), {{QStringLiteral("binding"), QStringLiteral("requester.oldIdNumber")}}),
        field(QStringLiteral("requester.code"), QStringLiteral("text"),
              {{QStringLiteral("pattern"), QStringLiteral("^[A-Z]{2}[0-9]{4}$")}, {QStringLiteral("patternMessage"), text(QStringLiteral("Hai chữ hoa và bốn chữ số"), QStringLiteral("Two capitals and four digits"))}}),
        field(QStringLiteral("requester.agreed"), QStringLiteral("boolean")),
    };
    const auto section = [](const QString &sectionId, const QJsonArray &fields) {
        return QJsonObject{{QStringLiteral("id"), sectionId}, {QStringLiteral("title"), text(sectionId)}, {QStringLiteral("fields"), fields}};
    };
    const QJsonArray documents{
        QJsonObject{{QStringLiteral("id"), QStringLiteral("birth-notice")}, {QStringLiteral("name"), text(QStringLiteral("Giấy chứng sinh"))},
                    {QStringLiteral("required"), true}, {QStringLiteral("originalSeen"), true}, {QStringLiteral("reusable"), false}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("authorisation")}, {QStringLiteral("name"), text(QStringLiteral("Văn bản ủy quyền"))},
                    {QStringLiteral("requiredWhen"), QJsonObject{{QStringLiteral("field"), QStringLiteral("requester.relationship")}, {QStringLiteral("equals"), QStringLiteral("other")}}},
                    {QStringLiteral("originalSeen"), true}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("marriage-certificate")}, {QStringLiteral("name"), text(QStringLiteral("Giấy chứng nhận kết hôn"))},
                    {QStringLiteral("reusable"), true}},
    };
    return QJsonObject{
        {QStringLiteral("schemaVersion"), 1},
        {QStringLiteral("id"), id},
        {QStringLiteral("number"), number},
        {QStringLiteral("nationalCode"), QStringLiteral("1.001193")},
        {QStringLiteral("catalogVersion"), QStringLiteral("2025-07-01")},
        {QStringLiteral("name"), text(QStringLiteral("Đăng ký khai sinh"), QStringLiteral("Birth registration"))},
        {QStringLiteral("level"), 3},
        {QStringLiteral("agency"), agency()},
        {QStringLiteral("processingDays"), 3},
        {QStringLiteral("fee"), QJsonObject{{QStringLiteral("amountVnd"), 0}}},
        {QStringLiteral("legalBasis"), QJsonArray{QStringLiteral("Luật Hộ tịch 2014")}},
        {QStringLiteral("parties"), QJsonArray{party(QStringLiteral("child"), true, false), party(QStringLiteral("mother"), false, true),
                                               party(QStringLiteral("requester"), true, true)}},
        {QStringLiteral("form"), QJsonObject{{QStringLiteral("name"), text(QStringLiteral("Tờ khai đăng ký khai sinh"))},
                                             {QStringLiteral("template"), QStringLiteral("Thông tư 04/2024/TT-BTP")},
                                             {QStringLiteral("sections"), QJsonArray{section(QStringLiteral("child"), child),
                                                                                     section(QStringLiteral("mother"), mother),
                                                                                     section(QStringLiteral("requester"), requester)}}}},
        {QStringLiteral("documents"), documents},
    };
}

// Interlinked steps (as procedures 15 and 16 have): three agencies, 3 + 2 + 1 working days.
inline QJsonArray threeSteps()
{
    QJsonArray steps;
    const QStringList ids{QStringLiteral("dang-ky-khai-sinh"), QStringLiteral("dang-ky-thuong-tru"), QStringLiteral("cap-the-bhyt")};
    const QStringList sectors{QStringLiteral("justice"), QStringLiteral("police"), QStringLiteral("social-insurance")};
    for (int i = 0; i < 3; ++i)
        steps.append(QJsonObject{{QStringLiteral("order"), i + 1}, {QStringLiteral("procedureId"), ids.at(i)},
                                 {QStringLiteral("agency"), agency(sectors.at(i))}, {QStringLiteral("processingDays"), 3 - i},
                                 {QStringLiteral("produces"), text(ids.at(i))}});
    return steps;
}

namespace detail {
// "form.sections[1].fields[0].binding" -> {"form", "sections", 1, "fields", 0, "binding"}
inline QVariantList splitPath(const QString &path)
{
    QVariantList parts;
    static const QRegularExpression token(QStringLiteral("([^.\\[\\]]+)|\\[(\\d+)\\]"));
    for (auto it = token.globalMatch(path); it.hasNext();) {
        const auto match = it.next();
        if (match.hasCaptured(2))
            parts.append(match.captured(2).toInt());
        else
            parts.append(match.captured(1));
    }
    return parts;
}

inline QJsonValue replaced(const QJsonValue &node, QVariantList parts, const QJsonValue &value)
{
    if (parts.isEmpty())
        return value;
    const QVariant head = parts.takeFirst();
    if (head.typeId() == QMetaType::Int) {
        QJsonArray array = node.toArray();
        array[head.toInt()] = replaced(array.at(head.toInt()), parts, value);
        return array;
    }
    QJsonObject object = node.toObject();
    const QString key = head.toString();
    const QJsonValue inner = replaced(object.value(key), parts, value);
    if (inner.isUndefined())
        object.remove(key);
    else
        object.insert(key, inner);
    return object;
}
} // namespace detail

// A copy of `root` with the value at `path` replaced; QJsonValue::Undefined removes the key.
inline QJsonObject with(const QJsonObject &root, const QString &path, const QJsonValue &value)
{
    return detail::replaced(root, detail::splitPath(path), value).toObject();
}

inline QJsonObject without(const QJsonObject &root, const QString &path)
{
    return with(root, path, QJsonValue(QJsonValue::Undefined));
}

inline QByteArray bytes(const QJsonObject &root)
{
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

inline bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

} // namespace motcua::test

#include "procedures/ProcedureParser.h"

namespace motcua::test {

// The fixture as a Procedure (tests of prefill and validation start from a parsed file).
inline Procedure parsedProcedure(const QJsonObject &root = validProcedure())
{
    auto outcome = ProcedureParser::parse(bytes(root), QStringLiteral("fixture.json"));
    if (!outcome.procedure)
        throw std::runtime_error(outcome.problems.value(0).toString().toStdString());
    return *outcome.procedure;
}

} // namespace motcua::test
