// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ConnectionConfig.h"
#include "models/interfaces/Result.h"
#include "providers/common/AwsSigV4Signer.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <functional>

namespace Barista {

class SecretStore;

/// Where an AWS connection's keys come from, read on a worker thread at the first call (and
/// again after a failure), as the OpenStack adapter does. The credential reference "env" means
/// AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN; any other reference is a
/// SecretStore key whose secret is JSON with the key names of ~/.aws/credentials
/// (aws_access_key_id, aws_secret_access_key, aws_session_token). CB-Spider's names (ClientId,
/// ClientSecret) and camelCase (accessKeyId, secretAccessKey, sessionToken) are read too.
class AwsCredentialSource final
{
public:
    using Loader = std::function<Result<AwsCredentials>()>;

    static QString environmentRef() { return QStringLiteral("env"); }
    /// store may be null (then only "env" works).
    static Loader forConnection(const ConnectionConfig& connection, SecretStore* store);
    /// A loader that always answers these keys (tests, a credential checked elsewhere).
    static Loader fixed(const AwsCredentials& credentials);

    /// The JSON secret (any of the accepted key names); an Auth "InvalidCredential" error when
    /// it is not JSON or lacks a key.
    static Result<AwsCredentials> fromSecret(const QByteArray& secret, const QString& ref);
    static Result<AwsCredentials> fromEnvironment(const QProcessEnvironment& env);
    /// The secret as we write it (the ~/.aws/credentials key names).
    static QByteArray toSecret(const AwsCredentials& credentials);

};

} // namespace Barista
