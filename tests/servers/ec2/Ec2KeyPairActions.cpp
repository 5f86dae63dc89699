// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/ec2/Ec2KeyPairActions.h"

#include "tests/servers/ec2/Ec2XmlWriter.h"

#include <QCryptographicHash>

namespace Barista {

void Ec2KeyPairActions::registerAll(Ec2HandlerTable& table)
{
    table.insert(QStringLiteral("ImportKeyPair"), &importKeyPair);
    table.insert(QStringLiteral("DescribeKeyPairs"), &describeKeyPairs);
    table.insert(QStringLiteral("DeleteKeyPair"), &deleteKeyPair);
}

Ec2Outcome Ec2KeyPairActions::importKeyPair(Ec2Call& call)
{
    const QString name = call.request.value(QStringLiteral("KeyName"));
    if (name.isEmpty())
        return Ec2Error::missingParameter(QStringLiteral("KeyName"));
    if (!call.request.has(QStringLiteral("PublicKeyMaterial")))
        return Ec2Error::missingParameter(QStringLiteral("PublicKeyMaterial"));
    if (call.region.keyPairs.contains(name))
        return Ec2Error::client(
            QStringLiteral("InvalidKeyPair.Duplicate"), QStringLiteral("The keypair '%1' already exists.").arg(name));
    // OpenSSH one-line format: "<type> <base64 blob> [comment]".
    const QByteArray material
        = QByteArray::fromBase64(call.request.value(QStringLiteral("PublicKeyMaterial")).toLatin1());
    const QList<QByteArray> fields = material.trimmed().split(' ');
    const QByteArray blob = fields.size() >= 2 ? QByteArray::fromBase64(fields.at(1)) : QByteArray();
    const bool rsa = fields.value(0) == "ssh-rsa";
    const bool ed25519 = fields.value(0) == "ssh-ed25519";
    if ((!rsa && !ed25519 && !fields.value(0).startsWith("ecdsa-sha2-")) || blob.isEmpty())
        return Ec2Error::client(
            QStringLiteral("InvalidKey.Format"), QStringLiteral("Key is not in valid OpenSSH public key format"));
    Ec2KeyPair key;
    key.id = call.state.newId(QStringLiteral("key"));
    key.name = name;
    key.keyType = rsa ? QStringLiteral("rsa") : QStringLiteral("ed25519");
    // EC2 shows an MD5 colon-hex fingerprint for imported RSA keys, base64 SHA-256 for ED25519.
    if (rsa) {
        key.fingerprint = QString::fromLatin1(QCryptographicHash::hash(blob, QCryptographicHash::Md5).toHex(':'));
    } else {
        key.fingerprint = QString::fromLatin1(
            QCryptographicHash::hash(blob, QCryptographicHash::Sha256).toBase64(QByteArray::OmitTrailingEquals));
    }
    key.created = call.state.now();
    key.tags = Ec2State::specifiedTags(call.request, QStringLiteral("key-pair"));
    call.region.keyPairs.insert(name, key);

    Ec2XmlWriter out(call.request.action(), call.requestId);
    out.text(QStringLiteral("keyFingerprint"), key.fingerprint);
    out.text(QStringLiteral("keyName"), key.name);
    out.text(QStringLiteral("keyPairId"), key.id);
    if (!key.tags.isEmpty())
        out.tagSet(key.tags);
    return out.finish();
}

Ec2Outcome Ec2KeyPairActions::describeKeyPairs(Ec2Call& call)
{
    const QStringList names = call.request.list(QStringLiteral("KeyName"));
    const QStringList ids = call.request.list(QStringLiteral("KeyPairId"));
    for (const QString& name : names) {
        if (!call.region.keyPairs.contains(name))
            return Ec2Error::client(QStringLiteral("InvalidKeyPair.NotFound"),
                QStringLiteral("The key pair '%1' does not exist").arg(name));
    }
    for (const QString& id : ids) {
        const bool found = std::any_of(call.region.keyPairs.cbegin(), call.region.keyPairs.cend(),
            [&](const Ec2KeyPair& k) { return k.id == id; });
        if (!found)
            return Ec2Error::client(
                QStringLiteral("InvalidKeyPair.NotFound"), QStringLiteral("The key pair '%1' does not exist").arg(id));
    }
    const QList<Ec2Filter> filters = call.request.filters();
    Ec2XmlWriter out(call.request.action(), call.requestId);
    out.start(QStringLiteral("keySet"));
    for (const Ec2KeyPair& key : call.region.keyPairs) {
        if ((!names.isEmpty() && !names.contains(key.name)) || (!ids.isEmpty() && !ids.contains(key.id)))
            continue;
        QString invalid;
        const bool match = Ec2State::matches(
            filters, key.tags,
            [&](const QString& name) -> std::optional<QStringList> {
                if (name == QStringLiteral("key-name"))
                    return QStringList { key.name };
                if (name == QStringLiteral("key-pair-id"))
                    return QStringList { key.id };
                if (name == QStringLiteral("fingerprint"))
                    return QStringList { key.fingerprint };
                return std::nullopt;
            },
            &invalid);
        if (!invalid.isEmpty())
            return Ec2Error::client(
                QStringLiteral("InvalidParameterValue"), QStringLiteral("The filter '%1' is invalid").arg(invalid));
        if (!match)
            continue;
        out.item();
        out.text(QStringLiteral("keyPairId"), key.id);
        out.text(QStringLiteral("keyName"), key.name);
        out.text(QStringLiteral("keyFingerprint"), key.fingerprint);
        out.text(QStringLiteral("keyType"), key.keyType);
        out.tagSet(key.tags);
        out.time(QStringLiteral("createTime"), key.created);
        out.end();
    }
    out.end();
    return out.finish();
}

Ec2Outcome Ec2KeyPairActions::deleteKeyPair(Ec2Call& call)
{
    const QString name = call.request.value(QStringLiteral("KeyName"));
    const QString id = call.request.value(QStringLiteral("KeyPairId"));
    if (name.isEmpty() && id.isEmpty())
        return Ec2Error::missingParameter(QStringLiteral("KeyName"));
    QString deletedId;
    for (auto it = call.region.keyPairs.begin(); it != call.region.keyPairs.end(); ++it) {
        if ((!name.isEmpty() && it->name == name) || (!id.isEmpty() && it->id == id)) {
            deletedId = it->id;
            call.region.keyPairs.erase(it);
            break;
        }
    }
    // EC2 answers true for a key pair that does not exist, too.
    Ec2XmlWriter out(call.request.action(), call.requestId);
    out.returnTrue();
    if (!deletedId.isEmpty())
        out.text(QStringLiteral("keyPairId"), deletedId);
    return out.finish();
}

} // namespace Barista
