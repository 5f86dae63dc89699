// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/Result.h"
#include "providers/common/AwsSigV4Signer.h"

#include <QProcessEnvironment>
#include <QString>

namespace Barista {

/// A named profile of the AWS CLI's shared files, as a user already has them: keys from
/// ~/.aws/credentials ([NAME]) and the region from ~/.aws/config ([profile NAME], [default]),
/// or the files AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE name.
struct AwsProfile
{
    AwsCredentials credentials;
    QString region; ///< empty when the config has none
};

class AwsProfileReader final
{
public:
    /// Reads profile `name` from the files env points at (HOME/.aws/... by default). Errors name
    /// the file and what is missing; a secret value never appears in them.
    static Result<AwsProfile> read(const QString& name, const QProcessEnvironment& env);
    /// The same from explicit files (config may be empty: then no region).
    static Result<AwsProfile> readFiles(const QString& name, const QString& credentialsFile, const QString& configFile);
};

} // namespace Barista
